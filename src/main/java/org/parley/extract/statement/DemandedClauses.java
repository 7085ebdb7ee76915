package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * What a verb of demanding ({@code demand-verbs}, {@code demand-verbs-with-object}) governs is asked, not stated by
 * its own doer. Two conditions (see {@link Conditions}): a refusal word that a demand asks of another party is no
 * rejection ("urged the voters to reject the charter", "called on the bloc to rule out talks": nobody has rejected
 * anything yet), and "should" or "must" in a demanding verb's "that" clause makes no demand of its own ("Chad asked
 * that Sudan should close its camps": the demanding verb states the demand, with its maker).
 */
final class DemandedClauses {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList DEMAND_VERBS = LEXICON.list("demand-verbs");
    private static final WordList DEMAND_VERBS_WITH_OBJECT = LEXICON.list("demand-verbs-with-object");

    private DemandedClauses() {
    }

    /**
     * The head is the infinitive (xcomp) of a demanding verb that names whom it addresses: its object ("urged Lima
     * to reject"), or for "call" an "on"/"upon" phrase ("called on Lima to refuse"). A "that" clause is left alone
     * ("told reporters that Lima would reject" reports a rejection). "Lima refused to rule out talks" and
     * "Lima wants to reject the plan" (no addressee) stay rejections.
     */
    static boolean demandedOfAnother(SentenceView s, int h) {
        int verb = s.relation(h).startsWith("aux") ? s.head(h) : h;
        String r = s.relation(verb);
        int gov = s.head(verb);
        if (gov < 0 || !s.isVerb(gov) || !r.equals("xcomp")) {
            return false;
        }
        String lemma = s.lemma(gov);
        if (lemma.equals("call")) {
            return s.children(gov, "prep").stream().anyMatch(p -> (s.word(p).equals("on") || s.word(p).equals("upon"))
                    && s.child(p, "pobj") >= 0);
        }
        return demanding(lemma) && (s.child(gov, "dobj") >= 0 || s.child(verb, "nsubj") >= 0);
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
        return gov >= 0 && s.isVerb(gov) && !Conditions.negated(s, gov) && demanding(s.lemma(gov));
    }

    /** Whether {@code lemma} is a verb of demanding, with or without an object ("demand", "urge", "ask", "press"). */
    static boolean demanding(String lemma) {
        return DEMAND_VERBS.contains(lemma) || DEMAND_VERBS_WITH_OBJECT.contains(lemma);
    }
}
