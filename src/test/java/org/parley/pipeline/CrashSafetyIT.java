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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCommand;
import org.parley.rdf.IriMinter;
import org.parley.store.JournalEntries;
import org.parley.store.Tdb2GraphStore;

/**
 * A {@code kill -9} in the middle of an ingest leaves every committed article whole and none half-written, with the
 * statement index in step; a first load into a new store is all or nothing; and running the ingest again completes
 * it without duplicates; a kill that cuts off TDB2's journal mid-entry does not keep the store from opening.
 */
class CrashSafetyIT {

    static final int ARTICLES = 240;
    static final IriMinter MINTER = new IriMinter(IriMinter.DEFAULT_BASE);

    @TempDir
    Path dir;

    Path in;
    Path seed;

    @BeforeEach
    void writeArticles() throws IOException {
        in = dir.resolve("in");
        seed = dir.resolve("seed");
        Files.createDirectories(in);
        Files.createDirectories(seed);
        String[] places = {"Kherson", "Goma", "Rafah", "Tiraspol", "Lashio", "Hodeidah"};
        for (int i = 0; i < ARTICLES; i++) {
            String place = places[i % places.length];
            Files.writeString(in.resolve(String.format("a%03d.txt", i)), "date 2024-05-0" + (1 + i % 9) + " By TEST DESK\n\nParley Wire\n\n"
                    + "Negotiators met for round " + i + " of talks on Monday. The envoy called on both sides to withdraw "
                    + "their forces from " + place + " and offered to host a new meeting in Geneva. "
                    + "Officials said the proposal number " + i + " would be studied.");
        }
        Files.writeString(seed.resolve("seed.txt"), "date 2024-04-30 By TEST DESK\n\nParley Wire\n\n"
                + "The envoy called on the rebels to leave Goma before the talks.");
    }

    @Test
    void killedIngestIntoAStoreWithDataLeavesWholeArticlesAndARerunCompletesIt() throws Exception {
        Path crashed = ingest(dir.resolve("crashed"), seed);
        killMidway(crashed);
        Map<Node, Long> reference = graphSizes(ingest(ingest(dir.resolve("reference"), seed), in));
        Map<Node, Long> afterCrash = graphSizes(crashed);
        assertTrue(afterCrash.size() < reference.size(), "the ingest was killed before the end: "
                + afterCrash.size() + " graphs of " + reference.size() + " (raise ARTICLES if this fails)");
        assertTrue(articleGraphs(afterCrash) > 1, "some article batches were committed before the kill");
        afterCrash.forEach((graph, size) -> assertEquals(reference.get(graph), size, "graph " + graph + " is not whole"));
        assertEquals(articleGraphs(afterCrash), indexedArticles(crashed), "the index counts the committed articles");

        Map<Node, Long> rerun = graphSizes(ingest(crashed, in));
        assertEquals(reference, rerun);
        assertEquals(articleGraphs(reference), indexedArticles(crashed));
    }

    @Test
    void killedFirstLoadLeavesAnEmptyStoreAndARerunCompletesIt() throws Exception {
        Path crashed = dir.resolve("crashed");
        killMidway(crashed);
        // as if the kill had landed while TDB2 appended to its journal: TDB2's recovery alone refuses such a store
        JournalEntries.tearUnlessTorn(crashed);
        try (Tdb2GraphStore store = Tdb2GraphStore.open(crashed)) {
            assertTrue(store.isEmpty(), "a first load is all or nothing");
        }
        Map<Node, Long> reference = graphSizes(ingest(dir.resolve("reference"), in));
        assertEquals(reference, graphSizes(ingest(crashed, in)));
        assertEquals(ARTICLES, indexedArticles(crashed));
    }

    /** Starts an ingest of {@code in} into {@code store} in its own JVM and kills it once a few batches are written. */
    private void killMidway(Path store) throws IOException, InterruptedException {
        Path log = dir.resolve("ingest.log");
        Files.deleteIfExists(log);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dparley.log.level=DEBUG", "-cp", System.getProperty("java.class.path"), ParleyCommand.class.getName(),
                "ingest", "--batch", "8", "--threads", "1", "--store", store.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Kill it once a few batches are written (the pipeline logs each at DEBUG), mid-way through the next.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline && commits(log) < 3) {
            Thread.sleep(20);
        }
        Thread.sleep(150);
        assertTrue(p.isAlive(), "the ingest was still running when killed");
        p.destroyForcibly().waitFor();
    }

    private static Path ingest(Path store, Path articles) {
        int exit = ParleyCommand.commandLine().execute("ingest", "--store", store.toString(), articles.toString());
        assertEquals(0, exit);
        return store;
    }

    /** Quads per graph, the statement index left out (its counts follow what was committed; checked apart). */
    private static Map<Node, Long> graphSizes(Path folder) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            return store.calculateRead(dsg -> {
                Map<Node, Long> sizes = new HashMap<>();
                dsg.find().forEachRemaining(q -> sizes.merge(q.getGraph(), 1L, Long::sum));
                sizes.remove(MINTER.indexGraph());
                return sizes;
            });
        }
    }

    private static long articleGraphs(Map<Node, Long> sizes) {
        return sizes.keySet().stream().filter(MINTER::isArticleGraph).count();
    }

    private static long indexedArticles(Path folder) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            return StoreUpkeep.articles(store, MINTER);
        }
    }

    private static long commits(Path log) throws IOException {
        return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.contains("committed a batch")).count() : 0;
    }
}
