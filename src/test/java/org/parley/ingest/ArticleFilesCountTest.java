package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The count of inputs a progress line shows as its total. */
class ArticleFilesCountTest {

    @TempDir
    Path dir;

    @Test
    void countsFilesLinesOfJsonLinesAndMissingPaths() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Some text.");
        Files.writeString(dir.resolve("b.jsonl"), "{\"text\": \"one\"}\n\n{\"text\": \"two\"}\n{bad\n");
        Files.writeString(dir.resolve("c.json"), "  {\"text\": \"one\"}");
        Files.writeString(dir.resolve("README.md"), "not an article");
        assertEquals(1 + 3 + 1, ArticleFiles.countInputs(List.of(dir)));
        assertEquals(5 + 1, ArticleFiles.countInputs(List.of(dir, dir.resolve("missing.txt"))));
    }

    @Test
    void aJsonArrayMakesTheTotalUnknown() throws IOException {
        Files.writeString(dir.resolve("all.json"), "\n[{\"text\": \"one\"}, {\"text\": \"two\"}]");
        assertEquals(-1, ArticleFiles.countInputs(List.of(dir)));
    }
}
