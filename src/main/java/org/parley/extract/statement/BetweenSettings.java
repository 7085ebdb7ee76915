package org.parley.extract.statement;

/**
 * A place in an "in" phrase right after the parties of "between A and B" ("a truce between Israel and Hamas in
 * Gaza", "talks between the government and the ELN in Havana", "a ceasefire between Russian and Ukrainian forces
 * in Zaporizhzhia"): it says where the joint act is, not where the last party sits, so the seat exclusions of
 * {@code PlaceRules} do not take it; the parties themselves stay out. A place after the first party ("talks between
 * the government in Kabul and the Taliban") or after a "between" phrase with one party is still a seat.
 */
final class BetweenSettings {

    private static final int MAX_STEPS = 4;

    private BetweenSettings() {
    }

    /** Whether the place's "in" (past a determiner or a modifier) follows the end of a "between A and B" phrase. */
    static boolean afterParties(SentenceView s, SentenceView.Placed m) {
        int in = m.begin() - 1;
        while (in > 0 && Character.isLowerCase(s.word(in).charAt(0)) && !s.word(in).equals("in")
                && (s.pos(in).equals("DT") || s.pos(in).startsWith("JJ"))) {
            in--;
        }
        if (in < 2 || !s.word(in).equals("in")) {
            return false;
        }
        int last = in - 1;
        int t = last;
        for (int steps = 0; t >= 0 && steps < MAX_STEPS; t = s.head(t), steps++) {
            if (s.word(t).equals("between") && s.relation(t).equals("prep")) {
                return s.subtree(t).contains(last) && joinsTwoBefore(s, t, in);
            }
        }
        return false;
    }

    /** Whether an "and" between "between" and "in" joins two parties ("between A and B in C", not "A in C and B"). */
    private static boolean joinsTwoBefore(SentenceView s, int between, int in) {
        return s.subtree(between).stream().anyMatch(i -> i > between && i < in && s.relation(i).equals("cc")
                && s.word(i).equals("and"));
    }
}
