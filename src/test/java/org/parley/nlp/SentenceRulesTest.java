package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class SentenceRulesTest {

    private static List<String> repaired(String text, int... cuts) {
        Span[] spans = new Span[cuts.length + 1];
        int b = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int e = i < cuts.length ? cuts[i] : text.length();
            spans[i] = new Span(b, e);
            b = e;
        }
        return SentenceRules.repair(text, spans).stream().map(s -> text.substring(s.getStart(), s.getEnd()).strip())
                .toList();
    }

    @Test
    void rejoinsASplitAfterAnAbbreviation() {
        String text = "Talks began after U.S. President Jane Roe arrived.";
        assertEquals(List.of(text), repaired(text, text.indexOf("President")));
        String general = "The envoy met Gen. Doe on Friday.";
        assertEquals(List.of(general), repaired(general, general.indexOf("Doe")));
    }

    @Test
    void rejoinsASplitAfterAMiddleInitial() {
        String text = "The island's premier, Aaja K. Lynge, rejected the offer on Monday.";
        assertEquals(List.of(text), repaired(text, text.indexOf("Lynge")));
        String end = "The plan was called Plan B. The talks failed.";
        assertEquals(List.of("The plan was called Plan B.", "The talks failed."), repaired(end, end.indexOf("The talks")));
    }

    @Test
    void rejoinsASplitBetweenTwoInitials() {
        String text = "Its leader, K. P. Raman, said the party would wait.";
        assertEquals(List.of(text), repaired(text, text.indexOf("P. Raman")));
        String article = "The vote went to Plan B. A new plan followed.";
        assertEquals(List.of("The vote went to Plan B.", "A new plan followed."),
                repaired(article, article.indexOf("A new")));
    }

    @Test
    void rejoinsASplitBeforeALowerCaseWord() {
        String text = "The deadline is Oct. 5 and talks go on.";
        assertEquals(List.of(text), repaired(text, text.indexOf("5"), text.indexOf("talks")));
    }

    @Test
    void keepsRealBoundaries() {
        String text = "The envoy flew to the U.S. The talks resumed. Rebels left.";
        assertEquals(List.of("The envoy flew to the U.S.", "The talks resumed.", "Rebels left."),
                repaired(text, text.indexOf("The talks"), text.indexOf("Rebels")));
    }
}
