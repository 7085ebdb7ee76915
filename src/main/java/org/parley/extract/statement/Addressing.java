package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Recognizes a verb that addresses its object: one that says what it asks or tells in a clause or a "for" phrase
 * beside the object ("pressed the council in A to reopen the road", "told reporters in A that", "asked the
 * authorities in A for talks"), or a verb of talks ({@code negotiation-verbs}), whose object is the party met ("will
 * meet Ghana's envoys in A"); so its object is a listener or a counterpart. A verb whose object is the thing acted on
 * ("would keep a team in A", "would send observers to B") addresses no one.
 */
final class Addressing {

    private static final WordList TALKS = Lexicon.bundled().list("negotiation-verbs");

    private Addressing() {
    }

    /** Whether verb {@code h} addresses its object (see the class comment). */
    static boolean asks(SentenceView s, int h) {
        return h >= 0 && (s.child(h, "xcomp", "ccomp") >= 0 || TALKS.contains(s.lemma(h))
                || s.children(h, "advcl").stream().anyMatch(c -> Clauses.toInfinitive(s, c))
                || s.children(h, "prep").stream().anyMatch(p -> s.word(p).equalsIgnoreCase("for")));
    }
}
