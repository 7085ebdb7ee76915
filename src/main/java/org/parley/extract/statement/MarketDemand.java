package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The condition (see {@link Conditions}) that tells "demand" in the sense of a market from a demand put to a party:
 * "the demand for grain has risen", "demand for gas fell last year". A market's demand is a quantity that goes up or
 * down; a party's demand is made, rejected or met.
 */
final class MarketDemand {

    private static final WordList QUANTITY_CHANGES = Lexicon.bundled().list("quantity-change-verbs");

    private MarketDemand() {
    }

    /**
     * The noun is the subject of a verb of rising or falling with no complement that describes it ("demands for a
     * vote grew louder" is a party's demand, said to be pressed harder).
     */
    static boolean quantity(SentenceView s, int h) {
        if (!s.relation(h).equals("nsubj")) {
            return false;
        }
        int verb = s.head(h);
        return verb >= 0 && s.isVerb(verb) && QUANTITY_CHANGES.contains(s.lemma(verb))
                && s.child(verb, "acomp", "xcomp", "ccomp") < 0;
    }
}
