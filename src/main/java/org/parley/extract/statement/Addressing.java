package org.parley.extract.statement;

import java.util.Locale;
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
    private static final WordList AUDIENCES = Lexicon.bundled().list("audience-nouns");

    private Addressing() {
    }

    /**
     * Whether the object of verb {@code h} is an audience ({@code audience-nouns}: "told reporters on his return to
     * A"): an "on" phrase beside it says when the party spoke, not what it pressed them on.
     */
    static boolean audience(SentenceView s, int h) {
        int o = s.child(h, "dobj");
        return o >= 0 && AUDIENCES.contains(s.word(o).toLowerCase(Locale.ROOT));
    }

    /** Whether verb {@code h} addresses its object (see the class comment). */
    static boolean asks(SentenceView s, int h) {
        return h >= 0 && (s.child(h, "xcomp", "ccomp") >= 0 || TALKS.contains(s.lemma(h))
                || s.children(h, "advcl").stream().anyMatch(c -> Clauses.toInfinitive(s, c))
                || s.children(h, "prep").stream().anyMatch(p -> s.word(p).equalsIgnoreCase("for")));
    }
}
