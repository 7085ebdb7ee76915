package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFiguresTest {

    @Test
    void fillsOwnAndAllFormsCellsSuffixRowsAndTheSeenTable() {
        List<String> doc = List.of(
                "| id | recognizes | example | precision | all forms |",
                "|---|---|---|---|---|",
                "| `maker.subject` | a | b | old | old |",
                "| `maker.agent` | a | b | old | old |",
                "",
                "| suffix | way | example | precision |",
                "|---|---|---|---|",
                "| `-pronoun` | a | b | old |",
                "",
                "| id | recognizes | example | figures |",
                "|---|---|---|---|",
                "| `link.answers.latest` | a | b | not scored |",
                "<!-- seen:begin -->",
                "| `maker.gone-pronoun` | 9/9 = 1.00 |",
                "<!-- seen:end -->");
        List<RuleScorer.Tally> tallies = List.of(new RuleScorer.Tally("maker.subject", 3, 1),
                new RuleScorer.Tally("maker.subject-pronoun", 1, 1));
        List<String> out = RuleFigures.fill(doc, tallies);
        assertEquals("| `maker.subject` | a | b | 3/4 = 0.75 | 4/6 = 0.67 |", out.get(2));
        assertEquals("| `maker.agent` | a | b | not seen | not seen |", out.get(3));
        assertEquals("| `-pronoun` | a | b | 1/2 = 0.50 |", out.get(7));
        assertEquals("| `link.answers.latest` | a | b | not scored |", out.get(11));
        assertEquals(List.of("<!-- seen:begin -->", "| id | precision |", "|---|---|",
                "| `maker.subject-pronoun` | 1/2 = 0.50 |", "<!-- seen:end -->"), out.subList(12, out.size()));
    }
}
