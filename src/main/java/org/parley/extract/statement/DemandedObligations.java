package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The condition (see {@link Conditions}) that keeps "should" or "must" from making a demand of its own in the clause
 * a verb of demanding governs: "Chad asked that Sudan should close its camps", "demanded that Mali must withdraw".
 * The demanding verb states the demand, with its maker; the modal in its clause only says what is asked.
 */
final class DemandedObligations {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList DEMAND_VERBS = LEXICON.list("demand-verbs");
    private static final WordList DEMAND_VERBS_WITH_OBJECT = LEXICON.list("demand-verbs-with-object");

    private DemandedObligations() {
    }

    /**
     * The modal's verb is the "that" clause (ccomp) of a verb of demanding that is not negated. "said Sudan should
     * close the camps" (a verb of saying) and "did not ask that Sudan should" keep the modal's own demand.
     */
    static boolean inDemandedClause(SentenceView s, int h) {
        int verb = s.relation(h).startsWith("aux") ? s.head(h) : h;
        if (verb < 0 || !s.relation(verb).equals("ccomp")) {
            return false;
        }
        int gov = s.head(verb);
        if (gov < 0 || !s.isVerb(gov) || Conditions.negated(s, gov)) {
            return false;
        }
        String lemma = s.lemma(gov);
        return DEMAND_VERBS.contains(lemma) || DEMAND_VERBS_WITH_OBJECT.contains(lemma);
    }
}
