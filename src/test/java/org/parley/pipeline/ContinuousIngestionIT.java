package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.serve.ArticleIntake;
import org.parley.serve.ParleyClient;
import org.parley.serve.ParleyServer;
import org.parley.serve.PasswordFile;
import org.parley.serve.WriteAccess;
import org.parley.store.Tdb2GraphStore;

/**
 * New articles while the store is served: uploads through the write endpoint and files dropped in a watched folder
 * go in through the ingest pipeline, and readers querying all the while never see an article graph half written.
 */
class ContinuousIngestionIT {

    private static final char[] PASSWORD = "s3cret-for-tests".toCharArray();
    /** Triples per article graph, as a reader sees them. */
    private static final String SIZES = "PREFIX parley: <https://w3id.org/parley/ontology#>\n"
            + "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?article parley:sourceName ?doc . ?s ?p ?o } } GROUP BY ?g";

    @TempDir
    Path dir;

    private static Map<String, Long> sizes(String sparqlUrl) {
        Map<String, Long> out = new HashMap<>();
        try (QueryExec qe = QueryExecHTTP.service(sparqlUrl).query(SIZES).build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(b -> out.put(b.get("g").getURI(), ((Number) b.get("n").getLiteralValue()).longValue()));
        }
        return out;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void uploadsAndWatchedFilesGoInWhileReadersSeeOnlyWholeArticles() throws Exception {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("store"))) {
            ContinuousIngestion live = ContinuousIngestion.open(store, Ingestion.Options.defaults());
            PasswordFile writers = PasswordFile.empty().withUser("desk", PASSWORD, 1_000);
            ParleyServer server = ParleyServer.start(store.datasetGraph(), ParleyServer.Options.defaults().withPort(0)
                    .withWrites(new WriteAccess(live, writers)));
            try {
                Map<String, List<Long>> seen = new ConcurrentHashMap<>();
                AtomicBoolean reading = new AtomicBoolean(true);
                AtomicInteger reads = new AtomicInteger();
                List<Thread> readers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Thread t = new Thread(() -> {
                        while (reading.get()) {
                            sizes(server.sparqlUrl()).forEach((g, n) -> seen.computeIfAbsent(g, k -> new ArrayList<>()).add(n));
                            reads.incrementAndGet();
                            pause();
                        }
                    });
                    t.start();
                    readers.add(t);
                }
                ArticleIntake.Report sent = RemoteIngestion.run(List.of(Path.of("samples")),
                        new ParleyClient(URI.create(server.baseUrl())), new RemoteIngestion.Writer("desk", PASSWORD), line -> { });
                assertEquals(13, sent.stored(), sent.toString());
                assertEquals(List.of(), sent.skipped());

                Path drop = Files.createDirectory(dir.resolve("drop"));
                Path ledger = dir.resolve("store").resolve("watched-files.tsv");
                FolderWatcher watcher = new FolderWatcher(drop, live, ledger);
                Files.writeString(drop.resolve("dropped.txt"), "date 2025-05-02 By Mara Lind\n\nHarbour Wire\n\n"
                        + "Norway's foreign minister said on Friday that Serbia must withdraw its police from the border"
                        + " crossings before talks in Oslo can resume.\n");
                assertNull(watcher.scan(), "a new file waits one scan, in case it is still being written");
                assertEquals(1, watcher.scan().stored());
                assertNull(watcher.scan(), "taken once");
                assertNull(new FolderWatcher(drop, live, ledger).scan(), "a restarted watcher knows what it took");

                reading.set(false);
                for (Thread t : readers) {
                    t.join();
                }
                Map<String, Long> whole = sizes(server.sparqlUrl());
                assertEquals(14, whole.size(), "13 samples and the dropped file");
                assertTrue(reads.get() > 3, "readers ran during the ingest: " + reads.get());
                seen.forEach((g, counts) -> counts.forEach(n -> assertEquals(whole.get(g), n,
                        g + " was seen with " + n + " triples, whole it has " + whole.get(g))));
            } finally {
                server.stop();
            }
        }
    }
}
