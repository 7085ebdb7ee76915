package org.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the statement rule rows ({@link StatementRuleRows}) over their hand-parsed trees, without any model: each
 * row's statements must be exactly its {@code want} lines. Also checks that every trigger rule has a row that shows
 * it.
 */
class StatementRuleRowsTest {

    @TestFactory
    Stream<DynamicTest> everyRowOverItsHandParsedTrees() {
        return StatementRuleRows.all().stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
            assertFalse(row.sentences().isEmpty() || row.want().isEmpty(), row + ": a row needs its sentences and wants");
            var statements = row.fixture().extract(row.analysis());
            assertEquals(row.want(), StatementRuleRows.describe(statements), row.toString());
        }));
    }

    @Test
    void everyTriggerRuleHasARow() {
        Set<String> shown = new TreeSet<>();
        for (StatementRuleRows row : StatementRuleRows.all()) {
            row.want().stream().filter(w -> !w.equals("none")).forEach(w -> shown.add(w.split(" ")[1]));
        }
        Set<String> rules = new TreeSet<>();
        TriggerRules.bundled().rules().forEach(r -> rules.add(r.id().toString()));
        rules.removeAll(shown);
        assertTrue(rules.isEmpty(), "trigger rules without a row: " + rules);
    }
}
