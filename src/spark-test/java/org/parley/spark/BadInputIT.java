package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.pipeline.ShardFolder;

/** Bad input never fails the job: each bad input is one line of the summary, with its file and line; a failed task is run again. */
class BadInputIT {

    @TempDir
    static Path dir;

    static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = LocalSpark.start("BadInputIT");
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.close();
        }
    }

    private static Path write(Path folder, String name, String text) throws IOException {
        Path p = folder.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void badArticlesAreSkippedWithTheirFileAndLineAndTheOthersGoIn() throws IOException {
        Path in = dir.resolve("mixed");
        Path sample = Path.of("samples/2024-02-28-transnistria-congress-appeal.txt");
        Files.createDirectories(in);
        Files.copy(sample, in.resolve("a-transnistria.txt"));
        Files.copy(sample, in.resolve("b-again.txt"));
        Files.copy(Path.of("samples/2025-03-11-korea-hotline-proposal.txt"), in.resolve("c-korea.txt"));
        write(in, "d-feed.jsonl", String.join("\n",
                "{\"url\": \"https://example.org/feed/1\", \"published\": \"2025-02-03\", \"text\": \"The foreign minister of"
                        + " Armenia asked Azerbaijan to return the prisoners held since the autumn before any border talks.\"}",
                "{not json",
                "{\"url\": \"https://example.org/feed/3\", \"text\": \"   \"}",
                "{\"url\": \"https://example.org/feed/4\", \"title\": \"No body\"}") + "\n");
        Files.write(in.resolve("e-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14});
        write(in, "f-german.txt", "Die Regierung in Berlin hat am Montag neue Gespräche über einen Waffenstillstand "
                + "vorgeschlagen. Der Außenminister sagte, man sei bereit, sofort mit allen Beteiligten zu verhandeln, "
                + "wenn die Angriffe auf die Städte im Osten des Landes aufhören.");
        write(in, "g-empty.txt", "  \n\n");
        Path docx = write(dir, "notes.docx", "not an article");

        ShardFolder.Summary s = SparkIngestion.run(sc, SparkIngestionIT.request(
                List.of(in.toString(), docx.toString(), dir.resolve("missing").toString()), dir.resolve("mixed-out").toString(), 3));

        assertEquals(3, s.stored(), s.describe() + "\n" + String.join("\n", s.skipped()));
        Map<String, String> expected = new HashMap<>();
        expected.put("b-again.txt", "duplicate of the article read from");
        expected.put("d-feed.jsonl:2", "malformed JSON");
        expected.put("d-feed.jsonl:3", "empty article body");
        expected.put("d-feed.jsonl:4", "missing field 'text'");
        expected.put("e-binary.txt", "binary content");
        expected.put("f-german.txt", "not English");
        expected.put("g-empty.txt", "empty");
        expected.put("notes.docx", "unsupported file type");
        expected.put("missing", "no such file or folder");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertTrue(s.skipped().stream().anyMatch(l -> l.contains(e.getKey() + ": ") && l.contains(e.getValue())),
                    "no line says '" + e.getKey() + ": ..." + e.getValue() + "':\n" + String.join("\n", s.skipped()));
        }
        assertEquals(expected.size(), s.skipped().size(), String.join("\n", s.skipped()));
        DatasetGraph written = SparkIngestionIT.shards(dir.resolve("mixed-out"));
        assertEquals(SparkIngestionIT.graphNames(SparkIngestionIT.dryRun(in)), SparkIngestionIT.graphNames(written),
                "the articles ingest keeps");
    }

    @Test
    void aTaskThatFailsIsRunAgainAndEachArticleIsWrittenOnce() throws IOException {
        sc.hadoopConfiguration().set("fs.flaky.impl", FlakyFileSystem.class.getName());
        Path out = dir.resolve("retried-out");

        ShardFolder.Summary s = SparkIngestion.run(sc, SparkIngestionIT.request(List.of("samples"),
                "flaky://" + out.toAbsolutePath(), 4));

        assertEquals(2, FlakyFileSystem.CREATIONS.get(), "the shard of partition 1 failed once, then was written");
        assertEquals(13, s.stored(), s.describe());
        Map<Node, Integer> shardsPerGraph = new HashMap<>();
        long[] quads = {0};
        try (Stream<Path> files = Files.list(out.resolve(ShardFolder.QUADS))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".nq.gz")).toList()) {
                Map<Node, Integer> inFile = new HashMap<>();
                RDFParser.source(f.toString()).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        inFile.put(q.getGraph(), 1);
                        quads[0]++;
                    }
                });
                inFile.keySet().forEach(g -> shardsPerGraph.merge(g, 1, Integer::sum));
            }
        }
        assertEquals(13, shardsPerGraph.size());
        assertTrue(shardsPerGraph.values().stream().allMatch(n -> n == 1), "each graph in one shard: " + shardsPerGraph);
        assertEquals(s.quads(), quads[0], "no quad written twice");
    }
}
