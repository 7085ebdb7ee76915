package org.parley.extract.statement;

import java.util.List;
import java.util.Locale;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The state on whose soil a demand's act is to happen, when nothing else names the addressee: a country in an "in",
 * "inside" or "within" phrase of the content ({@code soil-prepositions}: "the right to carry out strikes inside A",
 * "protect the citizens and projects in northern A", "the independence of the people in A") is the one the demand is
 * put to, and so, as an addressee, no place of it. Not where talks or a meeting are held ("that the talks be held in
 * A", "a summit in A": where the sides meet, a venue), nor the seat of a body or group ("urged an armed group in
 * northern A to withdraw": where the one asked sits, {@link BodySeats#bodyOwner}), nor the country of an unowned
 * conflict ("the war in A", {@link ConflictSettings}); the maker's own state is left to the caller's check of the
 * maker's side.
 */
final class SoilOwners {

    private static final RuleId RULE = RuleId.of("addressee.host-state");
    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList SOIL = LEXICON.list("soil-prepositions");
    private static final WordList TALK_NOUNS = LEXICON.list("talk-nouns");
    private static final WordList HOSTING = LEXICON.list("hosting-verbs");
    private static final WordList ATTENDING = LEXICON.list("attending-verbs");

    private SoilOwners() {
    }

    /** The country a demand's act is asked on the soil of (see the class comment), or null. */
    static List<Party> hostState(Site x) {
        if (x.frame().kind() != StatementKind.DEMAND) {
            return null;
        }
        SentenceView s = x.s();
        for (int i : x.frame().content()) {
            SentenceView.Placed m = s.mentionAt(i);
            if (m == null || m.type() != EntityType.COUNTRY || m.head() != i || BodySeats.bodyOwner(s, m)) {
                continue;
            }
            int in = PlaceRules.preposition(s, m);
            if (in >= 0 && s.relation(in).equals("prep")
                    && SOIL.contains(s.word(in).toLowerCase(Locale.ROOT))
                    && !venue(s, s.head(in)) && !ConflictSettings.setting(s, in)) {
                return List.of(Party.named(m, RULE));
            }
        }
        return null;
    }

    /**
     * Whether the word an "in" phrase hangs on is a meeting (a noun of {@code talk-nouns}) or a verb of hosting or
     * attending, or one whose subject or object is a meeting ("that the talks be held in A").
     */
    private static boolean venue(SentenceView s, int gov) {
        if (gov < 0) {
            return false;
        }
        if (s.listed(TALK_NOUNS, gov) || s.isVerb(gov) && (s.listed(HOSTING, gov) || s.listed(ATTENDING, gov))) {
            return true;
        }
        return s.isVerb(gov) && s.children(gov).stream().anyMatch(c -> s.relation(c).matches("dobj|nsubj|nsubjpass")
                && s.listed(TALK_NOUNS, c));
    }
}
