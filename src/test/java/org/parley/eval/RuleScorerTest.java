package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleScorerTest {

    @Test
    void anArgumentRulesOwnPrecisionLeavesOutTheWrongOutputsOfWrongStatements() {
        RuleScorer.Tally t = new RuleScorer.Tally("maker.agent", 4, 19, 15);
        assertEquals(4, t.ownWrong());
        assertEquals(0.5, t.ownPrecision(), 1e-9);
        assertEquals(4.0 / 23, t.precision(), 1e-9);
        assertTrue(t.line().contains("(statement wrong   15, own 0.50)"), t.line());
        assertTrue(t.line().endsWith("<-- wrong more often than right"), t.line());
    }

    @Test
    void aTallyWithNoWrongStatementPrintsNoSplit() {
        RuleScorer.Tally t = new RuleScorer.Tally("statement.offer.noun", 3, 1);
        assertEquals(0, t.statementWrong());
        assertEquals(0.75, t.ownPrecision(), 1e-9);
        assertFalse(t.line().contains("own"), t.line());
    }

    @Test
    void aDropIsWrongWhenItsSentenceHoldsAGoldStatementOfItsKindThatTheSystemDidNotMake() {
        String agreed = "The two sides agreed in March to reopen the Kalmar crossing, an aide recalled.";
        String asked = "Velka has not said whether it would pull its gunboats back from the strait.";
        String urged = "Orsk urged Velka to say whether its gunboats would leave the strait.";
        GoldSet gold = new GoldSet(Map.of("d1", new GoldSet.Doc(List.of(), List.of(
                new GoldSet.Statement("demand", List.of("Orsk"), List.of("Velka"), List.of(), List.of(), null,
                        "Velka has not said whether it would pull its gunboats back"),
                new GoldSet.Statement("demand", List.of("Orsk"), List.of("Velka"), List.of(), List.of(), null, urged)))));
        List<Map<String, String>> made = List.of(Map.of("doc", "d1", "kind", "demand", "evidence", urged));
        List<RuleScorer.Tally> t = RuleScorer.drops(gold, List.of(
                drop("d1", "statement.skip.dated-past", "offer", agreed),
                drop("d1", "statement.skip.indirect-question", "offer", asked),
                drop("d1", "statement.skip.indirect-question", "demand", asked),
                drop("d1", "statement.skip.indirect-question", "demand", urged),
                drop("d2", "statement.skip.nobody", "demand", asked)), made);
        assertEquals(List.of(new RuleScorer.Tally("statement.skip.dated-past", 1, 0),
                new RuleScorer.Tally("statement.skip.indirect-question", 2, 1)), t);
    }

    private static Map<String, String> drop(String doc, String rule, String kind, String sentence) {
        return Map.of("doc", doc, "rule", rule, "kind", kind, "cue", "", "evidence", sentence);
    }
}
