package org.parley.extract.statement;

import java.util.Set;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A plural group noun that nothing places ("officials said", "diplomats said", "negotiators agreed"): a noun of
 * {@code group-nouns} in the plural with no owner in its own phrase, i.e. no possessive ("Iran's negotiators",
 * "their leaders"), no demonym or other capitalized modifier ("Israeli officials"), no mention of a party or region
 * ("Hamas officials", "officials of the EU", "officials in Tigray"), no owning body ("officials of the ministry")
 * and no relative clause naming a deed of theirs ("the officers who seized power"; one of speaking, as in "officials
 * who spoke on condition of anonymity", {@code reporting-verbs} and {@code source-clause-verbs}, names a source).
 * Such people are the reporter's sources, no party of their own: the party of what they report is read from its
 * content or the article's focus. Forces ("troops", "forces") and descriptions of a state or group ("authorities",
 * "the government") are no bare group: they stand for a party named before. Also the wider test of a group noun
 * that names nobody ({@link #unnamed}). Stateless.
 */
final class BareGroups {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList GROUP_NOUNS = LEXICON.list("group-nouns");
    private static final WordList FORCE_NOUNS = LEXICON.list("force-nouns");
    private static final WordList STATE_DESCRIPTIONS = LEXICON.list("state-descriptions");
    private static final WordList GROUP_DESCRIPTIONS = LEXICON.list("group-descriptions");
    private static final WordList REPORTING = LEXICON.list("reporting-verbs");
    private static final WordList SOURCE_CLAUSES = LEXICON.list("source-clause-verbs");
    private static final Set<String> OWNING = Set.of("poss", "compound", "nmod", "amod", "appos");
    private static final WordList OWNER_PREPOSITIONS = LEXICON.list("group-owner-prepositions");

    private BareGroups() {
    }

    /** Whether {@code token} heads a plural group noun with no owner in its phrase (see the class comment). */
    static boolean unplaced(SentenceView s, int token) {
        String w = s.word(token);
        if (s.mentionAt(token) != null || !GROUP_NOUNS.contains(w) || !s.pos(token).equals("NNS")
                || FORCE_NOUNS.contains(w) || STATE_DESCRIPTIONS.contains(w) || GROUP_DESCRIPTIONS.contains(w)) {
            return false;
        }
        for (int c : s.children(token)) {
            String r = s.relation(c);
            if (OWNING.contains(r) && owning(s, c)) {
                return false; // "Iran's negotiators", "Israeli officials", "Hamas officials", "their leaders"
            }
            if (r.equals("relcl") && !s.listed(REPORTING, c) && !s.listed(SOURCE_CLAUSES, c)) {
                return false; // "the officers who seized power": a group its deed names, not "officials who spoke"
            }
            if (r.equals("prep") && OWNER_PREPOSITIONS.contains(s.word(c)) && owning(s, s.child(c, "pobj"))) {
                return false; // "officials of the EU", "officials from the ministry", "officials in Tigray"
            }
        }
        return true;
    }

    /**
     * "an official said", "the authorities said", "officials said": a noun of {@code group-nouns}, in the singular or
     * the plural, with no mention on it or hung on it; a wider test than {@link #unplaced}, for a speaker whom
     * {@link Conditions#partyLike} still accepts (a singular title, a description of a state) and who names nobody
     * ({@link NewsBackground#reportersForecast}).
     */
    static boolean unnamed(SentenceView s, int token) {
        if (s.mentionAt(token) != null || !s.listed(GROUP_NOUNS, token)) {
            return false;
        }
        return s.children(token).stream().noneMatch(c -> s.mentionAt(c) != null);
    }

    /** A modifier or object that places a group: a mention, a possessive, a capitalized word or a party's body. */
    private static boolean owning(SentenceView s, int c) {
        if (c < 0) {
            return false;
        }
        SentenceView.Placed m = s.mentionAt(c);
        if (m != null) {
            return m.agentive() || m.isPlace();
        }
        String text = s.token(c).text();
        return s.relation(c).equals("poss") || c > 0 && !text.isEmpty() && Character.isUpperCase(text.charAt(0))
                || STATE_DESCRIPTIONS.contains(s.word(c)) || GROUP_DESCRIPTIONS.contains(s.word(c))
                || GROUP_NOUNS.contains(s.word(c)) && !unplaced(s, c);
    }
}
