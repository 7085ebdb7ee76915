package org.parley.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.ParameterizedSparqlString;
import org.parley.core.Article;
import org.parley.serve.ArticleIntake;
import org.parley.serve.ParleyClient;

/**
 * Articles going in through the write endpoint while readers query: the writer uploads JSON Lines files of copies
 * of the samples (each under its own URL); each reader, once a second, lists the article graphs it sees and counts
 * the triples of a few. A graph ever seen with fewer triples than it has in the end was half-visible; an article not in the store in
 * the end was lost.
 */
final class WriteUnderReads {

    /** What the writer and the readers saw. */
    record Result(long sent, long stored, List<String> skipped, int uploads, double seconds, Latencies reads,
                  long graphsChecked, long halfVisible, long articleGraphsAtEnd, long articleGraphsAtStart) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GRAPHS_PER_READ = 3;
    /** A reader's pause between two looks at the store: a person reading, not a loop. */
    private static final long THINK_MILLIS = 1000;
    private static final String COPY_URL = "https://example.org/parley-abuse/";

    private final AbuseScenarios http;

    WriteUnderReads(AbuseScenarios http) {
        this.http = http;
    }

    Result run(ParleyClient client, RemoteIngestion.Writer writer, List<Article> samples, int articles, int batch,
               int readerCount) throws IOException, InterruptedException {
        long atStart = articleGraphs().size();
        Map<String, Set<Long>> seen = new ConcurrentHashMap<>();
        Latencies reads = new Latencies();
        AtomicBoolean reading = new AtomicBoolean(true);
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < readerCount; r++) {
            Random random = new Random(r);
            Thread t = new Thread(() -> {
                while (reading.get()) {
                    read(random, seen, reads);
                    AbuseScenarios.sleep(THINK_MILLIS);
                }
            }, "abuse-reader-" + r);
            t.start();
            readers.add(t);
        }
        long start = System.nanoTime();
        long stored = 0;
        List<String> skipped = new ArrayList<>();
        int uploads = 0;
        try {
            for (int from = 0; from < articles; from += batch) {
                int to = Math.min(articles, from + batch);
                ArticleIntake.Report r = client.ingest("abuse-" + from + ".jsonl", jsonLines(samples, from, to),
                        writer.user(), writer.password());
                stored += r.stored();
                skipped.addAll(r.skipped());
                uploads++;
            }
        } finally {
            reading.set(false);
            for (Thread t : readers) {
                t.join();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long half = 0;
        for (Map.Entry<String, Set<Long>> e : seen.entrySet()) {
            long whole = size(e.getKey());
            half += e.getValue().stream().filter(n -> n != whole).count() > 0 ? 1 : 0;
        }
        return new Result(articles, stored, skipped, uploads, seconds, reads, seen.size(), half, articleGraphs().size(), atStart);
    }

    private void read(Random random, Map<String, Set<Long>> seen, Latencies reads) {
        long start = System.nanoTime();
        AbuseScenarios.Outcome listed = http.post("article graphs", AbuseScenarios.query("article-graphs"));
        if (listed.status() != 200) {
            reads.fail(listed.status() + " " + AbuseScenarios.firstLine(listed.body()));
            return;
        }
        reads.add((System.nanoTime() - start) / 1_000_000);
        List<String> graphs = csvColumn(listed.body());
        for (int i = 0; i < GRAPHS_PER_READ && !graphs.isEmpty(); i++) {
            String g = graphs.get(random.nextInt(graphs.size()));
            long t0 = System.nanoTime();
            try {
                long n = size(g);
                reads.add((System.nanoTime() - t0) / 1_000_000);
                seen.computeIfAbsent(g, k -> ConcurrentHashMap.newKeySet()).add(n);
            } catch (IllegalStateException e) {
                reads.fail(e.getMessage());
            }
        }
    }

    /** Triples in article graph {@code g}. */
    private long size(String g) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(AbuseScenarios.query("graph-size"));
        q.setIri("g", g);
        AbuseScenarios.Outcome o = http.post("graph size", q.toString());
        List<String> values = csvColumn(o.body());
        if (o.status() != 200 || values.size() != 1) {
            throw new IllegalStateException(o.status() + " " + AbuseScenarios.firstLine(o.body()));
        }
        return Long.parseLong(values.get(0));
    }

    private Set<String> articleGraphs() {
        AbuseScenarios.Outcome o = http.post("article graphs", AbuseScenarios.query("article-graphs"));
        if (o.status() != 200) {
            throw new IllegalStateException("cannot list the article graphs: " + o.status() + " " + AbuseScenarios.firstLine(o.body()));
        }
        return new HashSet<>(csvColumn(o.body()));
    }

    /** The values of a one-column CSV answer, header dropped. */
    private static List<String> csvColumn(String csv) {
        return csv.lines().skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Articles {@code from..to-1}: copies of the samples in turn, each under its own URL, as JSON Lines. */
    private static byte[] jsonLines(List<Article> samples, int from, int to) throws IOException {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            Article a = samples.get(i % samples.size());
            ObjectNode o = JSON.createObjectNode();
            o.put("url", COPY_URL + i);
            o.put("title", a.title());
            o.put("published", a.published() == null ? null : a.published().toString());
            o.putPOJO("authors", a.authors());
            o.put("publisher", a.publisher());
            o.put("text", a.body());
            out.append(JSON.writeValueAsString(o)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
