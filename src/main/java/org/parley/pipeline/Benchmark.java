package org.parley.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.sparql.core.Quad;
import org.parley.catalog.CatalogException;
import org.parley.core.Article;
import org.parley.core.InputProblem;
import org.parley.ingest.ArticleFiles;
import org.parley.nlp.OpenNlpFloor;
import org.parley.pipeline.StageTimer.Stage;
import org.parley.rdf.IriMinter;
import org.parley.store.BulkLoad;
import org.parley.store.Tdb2GraphStore;

/**
 * The ingest benchmark: many copies of the sample articles, each under its own URL, through the whole
 * pipeline into a fresh TDB2 store, beside two floors measured in the same run on the same data: bare
 * OpenNLP (sentences, tokens, POS) over the same texts, and the TDB2 bulk loader over the same quads.
 */
public final class Benchmark {

    /**
     * @param samples   folder of sample articles to copy
     * @param articles  how many articles to ingest
     * @param threads   extraction threads
     * @param batchSize articles per write transaction
     * @param work      folder for the stores and the quad dump (emptied first)
     */
    public record Options(Path samples, int articles, int threads, int batchSize, Path work) {
    }

    /** The figures of one run. */
    public record Report(int articles, long tokens, long quads, double pipelineSeconds, StageTimer stages,
                         double floorNlpSeconds, long floorTokens, double storeWriteSeconds, double bulkSeconds,
                         long storeBytes, long bulkBytes, long peakHeapBytes, long peakLiveHeapBytes, int threads,
                         double pipelineCpuSeconds, double floorCpuSeconds, CatalogCost catalog) {

        public double articlesPerSecond() {
            return articles / pipelineSeconds;
        }

        public double tokensPerSecond() {
            return tokens / pipelineSeconds;
        }

        public double floorTokensPerSecond() {
            return floorTokens / floorNlpSeconds;
        }

        /** Tokens per second of CPU used by this process (all its threads, collector included): other load does not skew it. */
        public double tokensPerCpuSecond() {
            return tokens / pipelineCpuSeconds;
        }

        public double floorTokensPerCpuSecond() {
            return floorTokens / floorCpuSeconds;
        }

        public double storeQuadsPerSecond() {
            return quads / storeWriteSeconds;
        }

        public double bulkQuadsPerSecond() {
            return quads / bulkSeconds;
        }

        /** The report as lines for a person, with the aims of the foundation issue. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(String.format("corpus: %d articles (copies of the samples under unique URLs), %d tokens, %d quads, %d threads",
                    articles, tokens, quads, threads));
            out.add(catalog.line());
            out.add(String.format("pipeline: %.1f s, %.1f articles/s, %.0f tokens/s", pipelineSeconds, articlesPerSecond(), tokensPerSecond()));
            for (Stage s : Stage.values()) {
                out.add(String.format("  stage %-10s %9.0f ms total, %7.2f ms/article", s.name().toLowerCase(),
                        stages.millis(s), stages.millis(s) / articles));
            }
            out.add(String.format("  mention finding: %.2f ms/article, %.1f µs per token (the same per token at any catalog size"
                    + " when the finder looks names up instead of scanning the catalog)", stages.millis(Stage.MENTIONS) / articles,
                    1000 * stages.millis(Stage.MENTIONS) / tokens));
            out.add(String.format("floor, bare OpenNLP (sentences+tokens+POS): %.1f s, %.0f tokens/s", floorNlpSeconds, floorTokensPerSecond()));
            out.add(String.format("  pipeline / OpenNLP floor: %.0f%% (aim: 50%% or more)", 100 * tokensPerSecond() / floorTokensPerSecond()));
            out.add(String.format("  by CPU time (not skewed by other load on the machine): pipeline %.1f CPU s, %.0f tokens/CPU s;"
                    + " floor %.1f CPU s, %.0f tokens/CPU s; pipeline / floor %.0f%%", pipelineCpuSeconds,
                    tokensPerCpuSecond(), floorCpuSeconds, floorTokensPerCpuSecond(),
                    100 * tokensPerCpuSecond() / floorTokensPerCpuSecond()));
            out.add(String.format("store writes: %.0f quads/s (%.1f s in write transactions)", storeQuadsPerSecond(), storeWriteSeconds));
            out.add(String.format("floor, TDB2 bulk loader on the same quads: %.0f quads/s (%.1f s)", bulkQuadsPerSecond(), bulkSeconds));
            out.add(String.format("  store writes / bulk loader: %.0f%% (aim: 50%% or more)", 100 * storeQuadsPerSecond() / bulkQuadsPerSecond()));
            out.add(String.format("store on disk: %.1f MB after compaction; bulk-loaded: %.1f MB; ratio %.2f (aim: 1.5 or less)",
                    storeBytes / 1e6, bulkBytes / 1e6, (double) storeBytes / bulkBytes));
            out.add(String.format("heap during the pipeline: peak %.0f MB in use (garbage included), peak %.0f MB live after"
                    + " a collection, of %.0f MB max (aim: under 1024 MB)", peakHeapBytes / 1e6, peakLiveHeapBytes / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6));
            return out;
        }
    }

    private Benchmark() {
    }

    public static Report run(Options o, Consumer<String> progress) throws CatalogException, IOException {
        progress.accept("catalog: load time and heap, measured before anything else runs");
        CatalogCost catalog = CatalogCost.measure();
        List<Article> samples = readSamples(o.samples());
        Files.createDirectories(o.work());
        Path storeDir = emptied(o.work().resolve("store"));
        Path bulkDir = emptied(o.work().resolve("bulk"));
        Path dump = o.work().resolve("quads.nq");

        progress.accept("warming up: models and JIT on the " + samples.size() + " samples");
        Ingestion.Options options = new Ingestion.Options(o.threads(), o.batchSize(), false, List.of(), IriMinter.DEFAULT_BASE);
        Ingestion.run(null, (articles, problems) -> samples.forEach(articles), options, p -> { }, null);
        List<String> texts = new ArrayList<>(o.articles());
        for (int i = 0; i < o.articles(); i++) {
            texts.add(samples.get(i % samples.size()).body());
        }
        OpenNlpFloor.tokensTagged(texts.subList(0, Math.min(texts.size(), samples.size())), o.threads());

        progress.accept("floor: bare OpenNLP over " + o.articles() + " texts");
        long f0 = System.nanoTime();
        long fc0 = processCpuNanos();
        long floorTokens = OpenNlpFloor.tokensTagged(texts, o.threads());
        double floorCpuSeconds = (processCpuNanos() - fc0) / 1e9;
        double floorSeconds = (System.nanoTime() - f0) / 1e9;
        texts = null;

        progress.accept("pipeline: " + o.articles() + " articles into a new TDB2 store");
        IngestSummary summary;
        long storeBytes;
        long quads;
        try (Tdb2GraphStore store = Tdb2GraphStore.open(storeDir); HeapSampler heap = new HeapSampler()) {
            long pc0 = processCpuNanos();
            summary = Ingestion.run(store, copies(samples, o.articles()), options, p -> progress.accept("skipped " + p), null);
            double pipelineCpuSeconds = (processCpuNanos() - pc0) / 1e9;
            heap.close();
            store.compact();
            storeBytes = store.sizeOnDisk();
            IriMinter minter = new IriMinter(options.base());
            quads = dumpArticleQuads(store, Set.of(minter.catalogGraph(), minter.ontologyGraph()), dump);
            progress.accept("floor: TDB2 bulk loader over the same " + quads + " quads");
            long b0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(dump)) {
                Iterator<Quad> it = AsyncParser.asyncParseQuads(in, Lang.NQUADS, null);
                BulkLoad.loadIntoEmptyStore(bulkDir, it);
            }
            double bulkSeconds = (System.nanoTime() - b0) / 1e9;
            long bulkBytes = Tdb2GraphStore.sizeOnDisk(bulkDir);
            return new Report((int) summary.stored(), summary.tokens(), quads, summary.seconds(), summary.stages(),
                    floorSeconds, floorTokens, summary.stages().millis(Stage.STORE) / 1e3, bulkSeconds, storeBytes,
                    bulkBytes, heap.peakUsed(), heap.peakLive(), o.threads(), pipelineCpuSeconds, floorCpuSeconds, catalog);
        }
    }

    /** CPU time used so far by all threads of this JVM, or wall time where the platform cannot tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                && os.getProcessCpuTime() >= 0) {
            return os.getProcessCpuTime();
        }
        return System.nanoTime();
    }

    private static List<Article> readSamples(Path folder) {
        List<Article> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        ArticleFiles.read(List.of(folder), out::add, problems::add);
        if (out.isEmpty()) {
            throw new IllegalArgumentException(folder + ": no sample articles to copy" + (problems.isEmpty() ? "" : " (" + problems.get(0) + ")"));
        }
        return out;
    }

    /** Copies of the samples, each under its own URL and so its own identity, made as they are read. */
    private static ArticleSource copies(List<Article> samples, int n) {
        return (articles, problems) -> {
            for (int i = 0; i < n; i++) {
                Article a = samples.get(i % samples.size());
                String url = "https://example.org/parley-bench/" + i;
                articles.accept(new Article(Article.identityOf(url, a.body()), a.docName() + "-" + i, a.source() + "#" + i,
                        url, a.title(), a.published(), a.authors(), a.publisher(), a.body()));
            }
        };
    }

    /** Writes the quads of the article graphs (not catalog or ontology) to N-Quads; returns how many. */
    private static long dumpArticleQuads(Tdb2GraphStore store, Set<Node> skip, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            return store.calculateRead(dsg -> {
                long n = 0;
                Iterator<Quad> it = dsg.find();
                List<Quad> chunk = new ArrayList<>(10_000);
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (!skip.contains(q.getGraph())) {
                        chunk.add(q);
                        n++;
                    }
                    if (chunk.size() == 10_000 || !it.hasNext()) {
                        RDFDataMgr.writeQuads(out, chunk.iterator());
                        chunk.clear();
                    }
                }
                return n;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Path emptied(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    /**
     * Samples the heap while it runs: the peak in use (what the collector has not yet reclaimed included)
     * and the peak left after a collection, which is what the pipeline really holds.
     */
    private static final class HeapSampler implements AutoCloseable {
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peakUsed;
        private volatile long peakLive;

        HeapSampler() {
            System.gc();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            thread = new Thread(this::sample, "parley-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            while (running) {
                long used = 0;
                long live = 0;
                for (MemoryPoolMXBean pool : pools) {
                    used += pool.getUsage().getUsed();
                    if (pool.getCollectionUsage() != null) {
                        live += pool.getCollectionUsage().getUsed();
                    }
                }
                peakUsed = Math.max(peakUsed, used);
                peakLive = Math.max(peakLive, live);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peakUsed() {
            return peakUsed;
        }

        long peakLive() {
            return peakLive;
        }

        @Override
        public void close() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
