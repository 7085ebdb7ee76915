package org.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the statement rule rows ({@link StatementRuleRows}) over their hand-parsed trees, without any model: each
 * row's statements must be exactly its {@code want} lines. Also checks that every trigger, maker and addressee rule
 * has a row that shows it.
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

    /** A maker or addressee rule shows in a row under its own id or with a resolution suffix ("maker.subject-pronoun"). */
    @Test
    void everyMakerAndAddresseeRuleHasARow() {
        Set<String> shown = new TreeSet<>();
        Matcher m = Pattern.compile("\\((\\S+)\\)").matcher(String.join("\n",
                StatementRuleRows.all().stream().flatMap(r -> r.want().stream()).toList()));
        while (m.find()) {
            shown.add(m.group(1));
        }
        Set<String> missing = new TreeSet<>();
        for (String file : List.of("makers.rules", "addressees.rules")) {
            for (RuleFile.Line line : RuleFile.read(file)) {
                String id = line.text().strip();
                if (shown.stream().noneMatch(s -> s.equals(id) || s.startsWith(id + "-"))) {
                    missing.add(id);
                }
            }
        }
        assertTrue(missing.isEmpty(), "maker and addressee rules without a row: " + missing);
    }
}
