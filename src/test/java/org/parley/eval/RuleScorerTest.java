package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
