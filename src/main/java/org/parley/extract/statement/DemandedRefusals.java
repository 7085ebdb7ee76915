package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The condition (see {@link Conditions}) that keeps a refusal word from reading as a rejection where it is what a
 * demand asks of another party: "urged the voters to reject the charter", "called on the bloc to rule out talks". The
 * demand stays; nobody has rejected anything yet.
 */
final class DemandedRefusals {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList DEMAND_VERBS = LEXICON.list("demand-verbs");
    private static final WordList DEMAND_VERBS_WITH_OBJECT = LEXICON.list("demand-verbs-with-object");

    private DemandedRefusals() {
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
        return (DEMAND_VERBS.contains(lemma) || DEMAND_VERBS_WITH_OBJECT.contains(lemma))
                && (s.child(gov, "dobj") >= 0 || s.child(verb, "nsubj") >= 0);
    }
}
