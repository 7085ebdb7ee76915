package org.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The statement rule rows ({@link StatementRuleRows}) with the real analyzer and parser instead of their hand-checked
 * trees: every row the parser reads as written down must give the same statements. Rows whose tree was corrected by
 * hand ({@code models: differ}) are left out.
 */
class StatementRuleRowsIT {

    @TestFactory
    Stream<DynamicTest> everyRowWithTheRealModels() {
        return StatementRuleRows.all().stream().filter(row -> row.modelsDiffer().isEmpty())
                .map(row -> DynamicTest.dynamicTest(row.toString(), () ->
                        assertEquals(row.want(), StatementRuleRows.describe(row.fixture().extract()), row.toString())));
    }
}
