package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A demand said to be beyond bargaining (condition {@code held-demand} of statement.demand.held-not-open and
 * statement.demand.held-not-negotiable): "Israel's demand for the disarmament of the group was not open to
 * bargaining", "our condition is not negotiable". The verdict of the clause whose subject is a noun of the
 * demand-nouns list insists on that demand, a demand of the one who says it, and refuses nothing; where the subject
 * is a proposal or a place ("the plan is not negotiable", "the border is not up for negotiation") the rejection rules
 * take the verdict. Stateless.
 */
final class HeldDemands {

    private static final WordList DEMAND_NOUNS = Lexicon.bundled().list("demand-nouns");

    private HeldDemands() {
    }

    /** Condition {@code held-demand}: the subject of the clause that holds the verdict {@code h} is a demand noun. */
    static boolean test(SentenceView s, int h) {
        int clause = ProposalVerdicts.holder(s, h);
        if (clause < 0) {
            return false;
        }
        int subject = s.child(clause, "nsubj", "nsubjpass");
        return subject >= 0 && DEMAND_NOUNS.contains(s.lemma(subject));
    }
}
