package org.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementDatesTest {

    private static final LocalDate FRIDAY = LocalDate.of(2024, 6, 14);

    @Test
    void weekdayIsTheMostRecentOnOrBeforeTheArticleDate() {
        assertEquals(FRIDAY, StatementDates.resolve(FRIDAY, List.of("on", "friday")));
        assertEquals(LocalDate.of(2024, 6, 9), StatementDates.resolve(FRIDAY, List.of("sunday")));
        assertEquals(LocalDate.of(2024, 6, 13), StatementDates.resolve(FRIDAY, List.of("yesterday")));
    }

    @Test
    void articleDateWhenNoDayIsNamedAndNullWithoutIt() {
        assertEquals(FRIDAY, StatementDates.resolve(FRIDAY, List.of("russia", "said")));
        assertNull(StatementDates.resolve(null, List.of("monday")));
    }
}
