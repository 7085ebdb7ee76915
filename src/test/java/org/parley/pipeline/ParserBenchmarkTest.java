package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.Token;
import org.parley.nlp.OpenNlpTextAnalyzer;

class ParserBenchmarkTest {

    @Test
    void onlyTheSentencesWithATriggerWordOfTheTextFilesAreTimed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "The talks resumed on Monday. Kyiv demanded a full withdrawal.\n"
                + "Moscow rejected the proposal. The weather was mild.\n");
        Files.writeString(dir.resolve("b.txt"), "Nothing was said.\n");
        Files.writeString(dir.resolve("a.json"), "{\"statements\": []}\n");
        List<List<List<Token>>> articles = ParserBenchmark.triggerSentences(List.of(dir), new OpenNlpTextAnalyzer());
        assertEquals(2, articles.size());
        assertEquals(List.of("Kyiv", "Moscow"), articles.get(0).stream().map(s -> s.get(0).text()).toList());
        assertEquals(List.of(), articles.get(1));
    }

    @Test
    void heldOutTextsAreRefused(@TempDir Path dir) throws IOException {
        Path heldout = Files.createDirectories(dir.resolve("heldout"));
        assertThrows(IllegalArgumentException.class,
                () -> ParserBenchmark.triggerSentences(List.of(heldout), new OpenNlpTextAnalyzer()));
    }
}
