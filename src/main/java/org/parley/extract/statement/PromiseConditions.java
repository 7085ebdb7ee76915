package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Which sentences with no trigger word may still hold a party's promise under a condition it sets: "The troops would
 * come home, the general said, once the police could guard the border", "her team would be back in Quito as soon as
 * Lima took the last decisions". A modal of an act to come ({@code future-modals}) followed later in the sentence by a
 * marker of the {@code promise-condition-markers} list ("once", "as soon as", "provided", "as long as"): such a
 * sentence is parsed, and the condition rules ({@link ConditionRules}, {@link ConditionalOffers}) decide on the parse
 * whether the clause is a party's own act and the condition a party's. Read from words only, before any parse.
 * Stateless.
 */
final class PromiseConditions {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList FUTURE = LEXICON.list("future-modals");
    private static final WordList MARKERS = LEXICON.list("promise-condition-markers");

    private PromiseConditions() {
    }

    /** Whether a modal of an act to come precedes a marker of a condition in the sentence. */
    static boolean mayHold(SentenceView s) {
        boolean future = false;
        for (int i = 0; i < s.size(); i++) {
            if (future && MARKERS.matchAt(s.wordList(), i) > 0) {
                return true;
            }
            future |= FUTURE.contains(s.word(i).toLowerCase(Locale.ROOT));
        }
        return false;
    }
}
