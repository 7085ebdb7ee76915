package org.parley.extract.statement;

/**
 * The noun a possessive relative pronoun stands for, where a clause subject is owned by "whose": "Oman, whose
 * diplomats helped before, said it would host": the subject "diplomats" is Oman's, and a later pronoun that takes
 * that clause's subject for antecedent means Oman, even where the parser hung the name on an earlier clause as a
 * conjunct and left the relative clause a clause of its own.
 */
final class WhoseOwners {

    private WhoseOwners() {
    }

    /**
     * The token of the party named right before "whose" (past a comma) on {@code subject}: "Oman" in "Oman, whose
     * diplomats"; {@code subject} itself when no "whose" owns it or no party stands before it.
     */
    static int owner(SentenceView s, int subject) {
        for (int c : s.children(subject, "poss")) {
            if (!s.word(c).equalsIgnoreCase("whose")) {
                continue;
            }
            int before = c - 1;
            before = before >= 0 && s.word(before).equals(",") ? before - 1 : before;
            SentenceView.Placed named = s.mentionAt(before);
            if (named != null && named.agentive()) {
                return before;
            }
        }
        return subject;
    }
}
