package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A party's price for an act, a demand: "Ali Mahdi named his price for a ceasefire: an amnesty", "Turkey's price for
 * backing the bid was", "set a price of its own for handing over the port". The noun "price" has a "for" phrase whose
 * object is an act (a verb, or a noun of the outcome-nouns, proposal-objects or price-goods lists) and belongs to a
 * party: a possessive, "of its own", or the object of a verb of the price-setting-verbs list. A price for a good ("set
 * a price for cocoa") and an onlooker's "the price for peace will be high" are none.
 */
final class AskingPrices {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList GOODS = LEXICON.list("price-goods");
    private static final WordList OUTCOMES = LEXICON.list("outcome-nouns");
    private static final WordList PROPOSALS = LEXICON.list("proposal-objects");
    private static final WordList SETTING = LEXICON.list("price-setting-verbs");

    private AskingPrices() {
    }

    static boolean test(SentenceView s, int h) {
        return (forAct(s, h) || s.relation(h).equals("dobj") && forAct(s, s.head(h))) && owned(s, h);
    }

    /** A "for" phrase naming an act on the noun, or on the verb whose object it is ("setting a price ... for"). */
    private static boolean forAct(SentenceView s, int holder) {
        return s.children(holder, "prep").stream().anyMatch(p -> s.word(p).equals("for") && act(s, p));
    }

    private static boolean act(SentenceView s, int preposition) {
        int object = s.child(preposition, "pobj", "pcomp");
        return object >= 0 && (s.isVerb(object) || s.listed(GOODS, object) || s.listed(OUTCOMES, object)
                || s.listed(PROPOSALS, object));
    }

    private static boolean owned(SentenceView s, int h) {
        boolean ownOf = s.children(h, "prep").stream().anyMatch(p -> s.word(p).equals("of")
                && s.lemma(s.child(p, "pobj")).equals("own"));
        boolean set = s.relation(h).equals("dobj") && s.listed(SETTING, s.head(h));
        return s.child(h, "poss") >= 0 || ownOf || set;
    }
}
