package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleChecksTest {

    private static final LocalDate TODAY = Collected.TODAY;

    @Test
    void isoDatesAndDateTimes() throws Exception {
        assertEquals(LocalDate.of(2024, 6, 14), DateValue.parse("d", "2024-06-14", TODAY));
        assertEquals(LocalDate.of(2024, 6, 14), DateValue.parse("d", " 2024-06-14T09:30:00Z ", TODAY));
        assertEquals(LocalDate.of(2024, 6, 14), DateValue.parse("d", "2024-06-14T09:30:00.123+05:30", TODAY));
        assertEquals(LocalDate.of(2024, 6, 14), DateValue.parse("d", "2024-06-14 09:30:00", TODAY));
        assertEquals(LocalDate.of(2024, 2, 29), DateValue.parse("d", "2024-02-29", TODAY));
        assertEquals(TODAY.plusDays(1), DateValue.parse("d", TODAY.plusDays(1).toString(), TODAY));
    }

    @Test
    void badDatesSayWhatWasExpected() {
        assertEquals("field 'published' is not an ISO-8601 date: \"14 June 2024\" (expected YYYY-MM-DD)",
                assertThrows(DateValue.BadDate.class, () -> DateValue.parse("published", "14 June 2024", TODAY))
                        .getMessage());
        assertEquals("field 'd' is not a valid date: \"2023-02-29\" (no such day; expected YYYY-MM-DD)",
                assertThrows(DateValue.BadDate.class, () -> DateValue.parse("d", "2023-02-29", TODAY)).getMessage());
        assertEquals("field 'd' is not a valid date: \"2024-13-01T10:00Z\" (no such day; expected YYYY-MM-DD)",
                assertThrows(DateValue.BadDate.class, () -> DateValue.parse("d", "2024-13-01T10:00Z", TODAY))
                        .getMessage());
        assertThrows(DateValue.BadDate.class, () -> DateValue.parse("d", "2024-06-14T25:00:00Z", TODAY));
        assertThrows(DateValue.BadDate.class, () -> DateValue.parse("d", "2024-6-14", TODAY));
        assertThrows(DateValue.BadDate.class, () -> DateValue.parse("d", "", TODAY));
        assertEquals("field 'd' is in the future: \"2025-03-12\" (today is 2025-03-10)",
                assertThrows(DateValue.BadDate.class, () -> DateValue.parse("d", "2025-03-12", TODAY)).getMessage());
    }

    @Test
    void authorNames() {
        assertEquals(List.of("Dana Lee", "Jean-Pierre O'Neil", "van der Berg"),
                AuthorNames.split("By DANA LEE, JEAN-PIERRE O'NEIL and van der Berg"));
        assertEquals(List.of("Alexandra Anderson", "Sam Brandt"), AuthorNames.split("Alexandra Anderson & Sam Brandt"));
        assertEquals(List.of("Ma Li"), AuthorNames.split(" MA  LI , "));
        assertEquals(List.of(), AuthorNames.split("  "));
    }

    @Test
    void docNameIsTheBaseNameWithoutTheLastExtension() {
        assertEquals("2024-06-14-talks", ArticleChecks.docName(InputFile.of(Path.of("a/b/2024-06-14-talks.txt"))));
        assertEquals("feed.2024", ArticleChecks.docName(InputFile.of(Path.of("feed.2024.jsonl"))));
        assertEquals("README", ArticleChecks.docName(InputFile.of(Path.of("README"))));
        assertEquals(".profile", ArticleChecks.docName(InputFile.of(Path.of(".profile"))));
    }
}
