package org.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.core.ArgumentRole.BY;
import static org.parley.core.StatementKind.DEMAND;
import static org.parley.extract.statement.StatementFixture.describe;
import static org.parley.extract.statement.StatementFixture.labels;
import static org.parley.extract.statement.StatementFixture.ofKind;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.Statement;

/**
 * An obligation whose subject is a plan noun ("any agreement would have to be signed by Tonga") with the real
 * analyzer and parser: the plan is what the addressee must sign, so its maker is the one who reports it in the same
 * sentence, not the maker of an earlier plan (a guess from the sentences before).
 */
class StatementRulesObligationIT {

    @Test
    void anObligationOnAPlanNounIsTheReportersNotAnEarlierPlanOwners() {
        var all = StatementFixture.of("Fiji presented a peace plan for the islands on Monday. Foreign Minister Ana "
                + "Ruiz told reporters that any agreement would have to be signed by Tonga in Suva.")
                .country("Fiji").person("Ana Ruiz").country("Tonga").city("Suva").extract();
        List<Statement> demands = ofKind(all, DEMAND);
        assertEquals(1, demands.size(), () -> "one demand expected in:\n" + describe(all));
        assertEquals(List.of("Ana Ruiz"), labels(demands.get(0), BY), () -> describe(all));
    }
}
