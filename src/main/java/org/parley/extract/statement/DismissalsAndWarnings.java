package org.parley.extract.statement;

import java.util.Locale;

/**
 * Two conditions of the trigger rules for statements phrased without a verb of refusing or demanding: what a verb of
 * dismissing takes is a proposal or a demand ("shot down the proposal", "waved away the demand", not "shot down a
 * drone"), and a warning that any act of a kind will be answered ("any attack on the base would be met with force"),
 * which asks the party warned not to do it.
 */
final class DismissalsAndWarnings {

    private DismissalsAndWarnings() {
    }

    /**
     * The verb {@code h} takes a proposal or a demand as its object, or as the object of its preposition ("poured
     * cold water on the plan"): a proposal-object, an offer noun or a demand noun.
     */
    static boolean proposalLikeObject(SentenceView s, int h) {
        if (ProposalVerdicts.proposalNoun(s, s.child(h, "dobj"))) {
            return true;
        }
        for (int p : s.children(h, "prep")) {
            if (ProposalVerdicts.proposalNoun(s, s.child(p, "pobj"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the passive verb {@code h} is a noun with "any" ("any attack ... would be met with force",
     * "any incursion will be treated as an act of war"): a warning about every act of a kind, not a report of one.
     */
    static boolean anyActSubject(SentenceView s, int h) {
        int subject = s.child(h, "nsubjpass");
        if (subject < 0 || !s.pos(subject).startsWith("NN")) {
            return false;
        }
        return s.children(subject, "det").stream()
                .anyMatch(d -> s.word(d).toLowerCase(Locale.ROOT).equals("any"));
    }
}
