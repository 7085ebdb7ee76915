package org.parley.extract.statement;

import java.util.Locale;
import java.util.function.IntPredicate;
import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Recognizes a place of a statement's content that only says where a body, a group or an audience sits: the owner or
 * seat of a body, group or court ("Greenland's own parliament", "armed groups in Chad"), the place after "in" that
 * follows a noun of a body that sits in one place or an organization's name ("the authorities in breakaway A"), and
 * where the body or audience a statement is made to sits ("told reporters in A"); a court people are sent to is a
 * destination ("handed to the courts in A").
 */
final class BodySeats {

    private static final WordList FORCE_NOUNS = Lexicon.bundled().list("force-nouns");
    private static final WordList GROUP_NOUNS = Lexicon.bundled().list("group-nouns");
    private static final WordList SEAT_NOUNS = Lexicon.bundled().list("body-seat-nouns");
    private static final WordList ORGANIZATION_NOUNS = Lexicon.bundled().list("organization-nouns");
    private static final WordList COURT_NOUNS = Lexicon.bundled().list("court-nouns");
    private static final WordList AUDIENCE_NOUNS = Lexicon.bundled().list("audience-nouns");
    private static final WordList COURT_PREPOSITIONS = Lexicon.bundled().list("court-referral-prepositions");

    private BodySeats() {
    }

    /**
     * "Greenland's own parliament", "the Taliban government in Kabul", "armed groups in Chad", "a court in Mogadishu":
     * the owner or seat of a body, group or court is no place.
     */
    static boolean bodyOwner(SentenceView s, SentenceView.Placed m) {
        int t = PlaceRules.listHead(s, m.head()); // "groups in the three states: A, B and C"
        String r = s.relation(t);
        int gov = s.head(t);
        if (r.equals("pobj") && (s.word(gov).equals("in") || s.word(gov).equals("of"))) {
            gov = s.head(gov);
        } else if (!(r.equals("poss") || r.equals("compound"))) {
            return false;
        }
        return gov >= 0 && (s.listed(GROUP_NOUNS, gov)
                || ORGANIZATION_NOUNS.contains(s.lemma(gov))
                || COURT_NOUNS.contains(s.word(gov)) && (gov < m.begin() || gov >= m.end()));
    }

    /**
     * "handed to the courts in Kerak", "brought before a tribunal in Arusha": the seat of a court that people are
     * sent to or tried before is where the act takes them, a destination of the content, not the seat of a body.
     */
    static boolean courtDestination(SentenceView s, SentenceView.Placed m) {
        int in = PlaceRules.preposition(s, m);
        int court = in >= 0 && s.word(in).equalsIgnoreCase("in") ? s.head(in) : -1;
        int to = court >= 0 && COURT_NOUNS.contains(s.word(court)) ? PlaceRules.prepositionOver(s, court) : -1;
        return to >= 0 && COURT_PREPOSITIONS.contains(s.word(to).toLowerCase(Locale.ROOT))
                && s.head(to) >= 0 && s.isVerb(s.head(to));
    }

    /**
     * "demanded that the authorities in breakaway Kerak reopen the road", "no longer trusted the officials in Kerak",
     * "sent to the committee of the Arab League in Kerak": a place right after "in" (past a determiner or a modifier)
     * that follows a noun of a body that sits in one place ({@code body-seat-nouns}) or an organization's name is that
     * body's seat, wherever the parser hangs the "in" phrase. Forces are no body ("keep troops in Kerak"), nor is a
     * mission, which is sent to where it works; delegations travel ("host both delegations in Kerak" names a venue),
     * and so do a party to the statement and a counterpart ("resume talks with the Front in Kerak").
     */
    static boolean seatAfterBody(SentenceView s, Frame f, SentenceView.Placed m, ArticleContext context) {
        int in = inBefore(s, m.begin(), 2, i -> modifierBefore(s, i));
        if (in < 0) {
            return false;
        }
        int body = in - 1;
        SentenceView.Placed named = s.mentionAt(body);
        if (named != null) {
            int top = PlaceRules.top(s, named);
            boolean counterpart = s.relation(top).equals("pobj") && s.word(s.head(top)).equals("with");
            return named.type() == EntityType.ORGANIZATION && !s.listed(FORCE_NOUNS, body)
                    && !s.word(body).equalsIgnoreCase("mission") && !counterpart && !f.isParty(named.entity(), context);
        }
        return s.listed(SEAT_NOUNS, body);
    }

    /**
     * The "in" that opens the phrase of a name beginning at {@code begin}: the walk goes back from the token before
     * it past at most {@code skips} tokens that {@code skip} accepts ("in the Kerak region", "in breakaway Kerak");
     * -1 when it stops on no "in" or on the sentence's first token.
     */
    static int inBefore(SentenceView s, int begin, int skips, IntPredicate skip) {
        int in = begin - 1;
        for (int steps = 0; steps < skips && in > 0 && skip.test(in); steps++) {
            in--;
        }
        return in >= 1 && s.word(in).equalsIgnoreCase("in") ? in : -1;
    }

    /** A lower-case determiner or modifier between "in" and a name ("in breakaway Kerak", "in the Kerak region"). */
    private static boolean modifierBefore(SentenceView s, int i) {
        String pos = s.pos(i);
        return Character.isLowerCase(s.word(i).charAt(0))
                && (pos.equals("DT") || pos.startsWith("JJ") || pos.equals("NN") || pos.equals("VBN"));
    }

    /**
     * "pressed the Taliban administration in Kabul to ...", "called on both parliaments in London and Madrid to ...",
     * "told reporters in Ankara that ...": where the body or the
     * audience a statement is made to sits is no place of the statement. The noun just before "in" decides (the
     * parser often hangs "in X" on the verb), and it must be the object of the statement's verb; a body or group
     * only of a verb that addresses it ({@link Addressing}: "would keep a team in A" keeps the team there); forces
     * are no audience ("will not allow Syrian troops in Daraa").
     */
    static boolean seatOfListener(SentenceView s, Frame f, SentenceView.Placed m) {
        // "in London and Madrid"; "in Port of Spain" hangs from "Port"
        int in = PlaceRules.preposition(s, m);
        if (in < 1 || !s.word(in).equals("in")) {
            return false;
        }
        int listener = in - 1;
        boolean audience = AUDIENCE_NOUNS.contains(s.word(listener)); // "told a news conference in A"
        boolean listenerNoun = (audience || s.listed(GROUP_NOUNS, listener) && Addressing.asks(s, f.head()))
                && !s.listed(FORCE_NOUNS, listener);
        boolean object = s.relation(listener).equals("dobj") && s.head(listener) == f.head()
                || s.relation(listener).equals("pobj") && s.head(s.head(listener)) == f.head(); // "called on X in Y"
        return listenerNoun && object;
    }
}
