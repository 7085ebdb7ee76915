package org.parley.extract.statement;

import java.util.List;

/**
 * A reporting verb set off as a parenthetical after the noun phrase that opens the sentence, which the parser made
 * the head of the sentence: "The pullback, Ana Ruiz told reporters, was no surrender, and Peru would not accept". The
 * parser hangs the opening phrase on the reporting verb (as a second subject, a {@code dep} or an {@code npadvmod})
 * and the clauses after the parenthetical on it as conjuncts; those clauses are what the verb reports, and its
 * speaker is the subject right after the comma, not the opening phrase. Stateless.
 */
final class FrontedReports {

    /** How many conjunct steps a trigger verb may stand below the conjunct the parser hung on the reporting verb. */
    private static final int STEPS = 3;

    private FrontedReports() {
    }

    /**
     * The parenthetical reporting verb whose conjunct (or a conjunct of it) after it is {@code verb}'s clause; -1
     * when none.
     */
    static int reporter(SentenceView s, int verb) {
        int v = verb;
        for (int steps = 0; v >= 0 && steps < STEPS && s.relation(v).equals("conj"); steps++) {
            int gov = s.head(v);
            if (gov >= 0 && v > gov && Clauses.reporting(s, gov) && opening(s, gov) >= 0) {
                return gov;
            }
            v = gov;
        }
        return -1;
    }

    /**
     * The speaker of reporting verb {@code reporter} when the parser took the opening phrase for a first subject:
     * the subject after it ("The pullback, Ana Ruiz told reporters, was": Ruiz); -1 when there is no such phrase.
     */
    static int speaker(SentenceView s, int reporter) {
        int opening = opening(s, reporter);
        return opening < 0 ? -1 : spoken(s, reporter, opening);
    }

    /**
     * The noun phrase that opens the sentence, hung on {@code reporter} and closed by a comma that the verb's subject
     * follows right away; -1 when none.
     */
    static int opening(SentenceView s, int reporter) {
        for (int c : s.children(reporter)) {
            String r = s.relation(c);
            boolean hung = r.equals("nsubj") || r.equals("dep") || r.equals("npadvmod");
            List<Integer> phrase = s.subtree(c);
            int first = phrase.stream().mapToInt(Integer::intValue).min().orElse(c);
            int last = phrase.stream().mapToInt(Integer::intValue).max().orElse(c);
            if (hung && s.isNoun(c) && first == 0 && last + 1 < reporter && s.word(last + 1).equals(",")
                    && spoken(s, reporter, c) >= 0) {
                return c;
            }
        }
        return -1;
    }

    /** The subject of {@code reporter} that starts right after the comma closing {@code opening}; -1 when none. */
    private static int spoken(SentenceView s, int reporter, int opening) {
        int comma = s.subtree(opening).stream().mapToInt(Integer::intValue).max().orElse(opening) + 1;
        for (int c : s.children(reporter, "nsubj")) {
            int first = s.subtree(c).stream().mapToInt(Integer::intValue).min().orElse(c);
            if (c != opening && first == comma + 1) {
                return c;
            }
        }
        return -1;
    }
}
