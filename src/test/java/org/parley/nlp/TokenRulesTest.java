package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

    /** Spans of the given pieces of {@code text}, in order (the pieces a tokenizer might return). */
    private static Span[] spans(String text, String... pieces) {
        Span[] out = new Span[pieces.length];
        int from = 0;
        for (int i = 0; i < pieces.length; i++) {
            int b = text.indexOf(pieces[i], from);
            out[i] = new Span(b, b + pieces[i].length());
            from = b + pieces[i].length();
        }
        return out;
    }

    private static List<String> repaired(String text, String... pieces) {
        List<String> words = new ArrayList<>();
        for (Span s : TokenRules.repair(text, spans(text, pieces))) {
            words.add(text.substring(s.getStart(), s.getEnd()));
        }
        return words;
    }

    @Test
    void splitsCurlyAndStraightPossessivesAndNegations() {
        assertEquals(List.of("Putin", "’s", "envoy"), repaired("Putin’s envoy", "Putin’s", "envoy"));
        assertEquals(List.of("Kiev", "'s"), repaired("Kiev's", "Kiev's"));
        assertEquals(List.of("was", "n't"), repaired("wasn't", "wasn't"));
        assertEquals(List.of("wo", "n’t"), repaired("won’t", "won’t"));
        assertEquals(List.of("they", "'re"), repaired("they're", "they're"));
        assertEquals(List.of("rebels", "’"), repaired("rebels’", "rebels’"));
    }

    @Test
    void splitsTheFullStopTheTokenizerLeftOnTheLastWord() {
        assertEquals(List.of("talks", "in", "Kyiv", "."), repaired("talks in Kyiv.", "talks", "in", "Kyiv."));
        assertEquals(List.of("said", "Lavrov", ".", "”"), repaired("said Lavrov.”", "said", "Lavrov.”"));
        assertEquals(List.of("in", "the", "U.S."), repaired("in the U.S.", "in", "the", "U.S."));
        assertEquals(List.of("Gen.", "Ruiz", "left", "."), repaired("Gen. Ruiz left.", "Gen.", "Ruiz", "left", "."));
    }

    @Test
    void rejoinsWordsCutInsideAndHyphenatedCompounds() {
        assertEquals(List.of("‘", "no", "’"), repaired("‘no’", "‘n", "o’"));
        assertEquals(List.of("US-led"), repaired("US-led", "US", "-", "led"));
        assertEquals(List.of("U.N."), repaired("U.N.", "U.N", "."));
        assertEquals(List.of("2024-06-14"), repaired("2024-06-14", "2024-", "06-", "14"));
        assertEquals(List.of("Russia", "-", "Ukraine"), repaired("Russia - Ukraine", "Russia", "-", "Ukraine"));
    }

    @Test
    void splitsQuotesBracketsAndDashes() {
        assertEquals(List.of("“", "we"), repaired("“we", "“we"));
        assertEquals(List.of("'", "hope", "'"), repaired("'hope'", "'hope", "'"));
        assertEquals(List.of("(", "ICJ", ")"), repaired("(ICJ)", "(", "ICJ)"));
        assertEquals(List.of("ceasefire", "—", "agreed"), repaired("ceasefire—agreed", "ceasefire—agreed"));
        assertEquals(List.of("talks", "--", "resumed"), repaired("talks--resumed", "talks--resumed"));
    }

    @Test
    void offsetsStayExact() {
        String text = "Doe’s “final” offer";
        for (Span s : TokenRules.repair(text, spans(text, "Doe’s", "“final”", "offer"))) {
            assertEquals(s.getEnd() - s.getStart(), text.substring(s.getStart(), s.getEnd()).length());
        }
        List<Span> r = TokenRules.repair(text, spans(text, "Doe’s", "“final”", "offer"));
        assertEquals(new Span(3, 5), r.get(1));
        assertEquals(new Span(6, 7), r.get(2));
        assertEquals(new Span(7, 12), r.get(3));
    }
}
