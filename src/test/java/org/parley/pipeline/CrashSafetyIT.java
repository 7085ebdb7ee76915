package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCommand;
import org.parley.store.Tdb2GraphStore;

/**
 * A {@code kill -9} in the middle of an ingest leaves every committed article whole and none half-written,
 * and running the ingest again completes it without duplicates.
 */
class CrashSafetyIT {

    static final int ARTICLES = 240;

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesWholeArticlesAndARerunCompletesIt() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        String[] places = {"Kherson", "Goma", "Rafah", "Tiraspol", "Lashio", "Hodeidah"};
        for (int i = 0; i < ARTICLES; i++) {
            String place = places[i % places.length];
            Files.writeString(in.resolve(String.format("a%03d.txt", i)), "date 2024-05-0" + (1 + i % 9) + " By TEST DESK\n\nParley Wire\n\n"
                    + "Negotiators met for round " + i + " of talks on Monday. The envoy called on both sides to withdraw "
                    + "their forces from " + place + " and offered to host a new meeting in Geneva. "
                    + "Officials said the proposal number " + i + " would be studied.");
        }
        Path crashed = dir.resolve("crashed");
        Path log = dir.resolve("ingest.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dparley.log.level=DEBUG", "-cp", System.getProperty("java.class.path"), ParleyCommand.class.getName(),
                "ingest", "--batch", "8", "--threads", "1", "--store", crashed.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Kill it once a few batches are committed (the pipeline logs each commit at DEBUG), mid-way through the next.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline && commits(log) < 3) {
            Thread.sleep(20);
        }
        Thread.sleep(150);
        p.destroyForcibly().waitFor();

        Map<Node, Long> reference = graphSizes(ingest(dir.resolve("reference"), in));
        Map<Node, Long> afterCrash = graphSizes(crashed);
        assertTrue(afterCrash.size() < reference.size(), "the ingest was killed before the end: "
                + afterCrash.size() + " graphs of " + reference.size() + " (raise ARTICLES if this fails)");
        assertTrue(afterCrash.size() > 2, "some article batches were committed before the kill (catalog and ontology"
                + " graphs are 2): " + afterCrash.size() + " graphs");
        afterCrash.forEach((graph, size) -> assertEquals(reference.get(graph), size, "graph " + graph + " is not whole"));

        Map<Node, Long> rerun = graphSizes(ingest(crashed, in));
        assertEquals(reference, rerun);
    }

    private static Path ingest(Path store, Path in) {
        int exit = ParleyCommand.commandLine().execute("ingest", "--store", store.toString(), in.toString());
        assertEquals(0, exit);
        return store;
    }

    private static Map<Node, Long> graphSizes(Path folder) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            return store.calculateRead(dsg -> {
                Map<Node, Long> sizes = new HashMap<>();
                dsg.find().forEachRemaining(q -> sizes.merge(q.getGraph(), 1L, Long::sum));
                return sizes;
            });
        }
    }

    private static long commits(Path log) throws IOException {
        return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.contains("committed a batch")).count() : 0;
    }
}
