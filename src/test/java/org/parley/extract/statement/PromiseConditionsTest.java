package org.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.CharSpan;
import org.parley.core.Sentence;
import org.parley.core.Token;

/** Which sentences with no trigger word {@link PromiseConditions} lets through to the parser (sentences of our own). */
class PromiseConditionsTest {

    @Test
    void aModalBeforeAMarkerOfACondition() {
        assertTrue(mayHold("The troops would come home , the general said , once Peru could guard the border ."));
        assertTrue(mayHold("Her team would be back in Quito as soon as Ecuador lifted the blockade ."));
        assertTrue(mayHold("Chile will stay out of the alliance provided its neighbours guarantee its borders ."));
        assertTrue(mayHold("His units would hold their fire so long as the drones were gone ."));
    }

    @Test
    void noModalOrNoMarkerOrTheMarkerFirst() {
        assertFalse(mayHold("The troops came home once Peru could guard the border ."));
        assertFalse(mayHold("The troops would come home before winter ."));
        assertFalse(mayHold("The economy would suffer if Ecuador closed the border ."));
        assertFalse(mayHold("Once the storm passed , the troops came home and said they would rest ."));
    }

    /** Tokens split at spaces; the lemma is the lower-case word (the gate reads words only). */
    private static boolean mayHold(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(new CharSpan(at, at + w.length()), w, "NN", w.toLowerCase(), "O"));
            at += w.length() + 1;
        }
        Sentence sentence = new Sentence(0, new CharSpan(0, text.length()), tokens);
        return PromiseConditions.mayHold(new SentenceView(sentence, List.of(), List.of(), null, m -> false));
    }
}
