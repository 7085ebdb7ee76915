package org.parley.extract.statement;

import java.util.List;

/**
 * The state wanted of the object of "want" ({@code statement.demand.want-object}) where the parser hangs it on the
 * verb as a clause of its own: "want land in A moved under B's control, the reopening of the consulate in C and a
 * halt to D". A participle with no mark and no subject of its own, right after the object's phrase, is a small clause
 * on the object (what is wanted of it), not a circumstance of the wanting (when or why), so it is content with all the
 * parser hung on it.
 */
final class WantedStates {

    private WantedStates() {
    }

    /** The participle clause on "want" {@code h} that says what is wanted of its object; empty when none. */
    static List<Integer> state(SentenceView s, int h) {
        int object = s.child(h, "dobj");
        if (object < 0) {
            return List.of();
        }
        List<Integer> phrase = s.subtree(object);
        int next = phrase.get(phrase.size() - 1) + 1;
        boolean participle = next < s.size() && s.head(next) == h && s.relation(next).equals("advcl")
                && (s.pos(next).equals("VBN") || s.pos(next).equals("VBD"));
        return participle && s.child(next, "mark") < 0 && s.child(next, "nsubj", "nsubjpass") < 0
                ? ContentRules.subtree(s, next) : List.of();
    }
}
