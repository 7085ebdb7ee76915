package org.parley.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
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
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogException;
import org.parley.core.Article;
import org.parley.core.InputProblem;
import org.parley.ingest.ArticleFiles;
import org.parley.nlp.OpenNlpFloor;
import org.parley.pipeline.StageTimer.Stage;
import org.parley.rdf.IriMinter;
import org.parley.store.BulkLoad;
import org.parley.store.GraphStore;
import org.parley.store.GraphStore.NamedGraph;
import org.parley.store.Tdb2GraphStore;

/**
 * The benchmark, in one run: ingest speed, incremental ingest and query latency at the store sizes asked for.
 * <ol>
 * <li>Start-up: {@code parley query} on a small store and {@code parley ingest} of one article into it, each a JVM
 * of its own started by the launcher ({@link StartupBenchmark}).</li>
 * <li>The first size goes through the whole pipeline into a new store (varied copies of the sample articles, see
 * {@link SyntheticArticles}), beside two floors measured in the same run: bare OpenNLP over the same texts, and the
 * TDB2 bulk loader alone over the quads of (at most {@value #BULK_FLOOR_ARTICLES} of) the same articles.</li>
 * <li>Each further size is the first store's article graphs plus varied copies of them ({@link GraphVariants}),
 * bulk-loaded: the pipeline would take hours there, and queries depend on the graph, not on how it was made.</li>
 * <li>At each size every named query is timed through the SPARQL server {@code parley serve} runs ({@link StoreQueries}).</li>
 * <li>Then the same new articles go through the pipeline into an empty store and into each store: the incremental
 * figure; and the first store is compacted after it, to compare its size with the bulk-loaded one.</li>
 * </ol>
 * Stores are made under {@code work} and deleted at the end unless kept.
 */
public final class Benchmark {

    /** The bulk-loader floor loads the quads of at most this many articles. */
    static final int BULK_FLOOR_ARTICLES = 3000;

    /**
     * @param samples     folder of sample articles to vary
     * @param sizes       store sizes in articles, ascending; the first is ingested through the pipeline
     * @param incremental articles added through the pipeline to an empty store and to each store (0: none)
     * @param threads     extraction threads
     * @param batchSize   articles per write transaction
     * @param runs        timed runs of each query (after one untimed)
     * @param work        folder for the stores (emptied first)
     * @param keep        keep the stores at the end
     * @param skipQueries named queries not timed (at any size)
     */
    public record Options(Path samples, List<Integer> sizes, int incremental, int threads, int batchSize, int runs,
                          Path work, boolean keep, Set<String> skipQueries) {
        public Options {
            sizes = List.copyOf(sizes);
            skipQueries = Set.copyOf(skipQueries);
            StoreQueries.checkNames(skipQueries);
            if (sizes.isEmpty() || sizes.get(0) < 1) {
                throw new IllegalArgumentException("give at least one store size of 1 article or more");
            }
            for (int i = 1; i < sizes.size(); i++) {
                if (sizes.get(i) <= sizes.get(i - 1)) {
                    throw new IllegalArgumentException("store sizes must grow: " + sizes);
                }
            }
        }
    }

    private final Options options;
    private final Consumer<String> progress;
    private final Catalog catalog = Catalog.bundled();
    private final IriMinter minter = new IriMinter(IriMinter.DEFAULT_BASE);
    private final SyntheticArticles synthetic;

    private Benchmark(Options options, Consumer<String> progress, List<Article> samples) {
        this.options = options;
        this.progress = progress;
        this.synthetic = new SyntheticArticles(samples, catalog, 1);
    }

    public static BenchmarkReport run(Options o, Consumer<String> progress) throws CatalogException, IOException {
        progress.accept("catalog and name tagger: load time and heap, measured before anything else runs");
        CatalogCost catalogCost = CatalogCost.measure();
        NameTaggerCost taggerCost = NameTaggerCost.measure();
        return new Benchmark(o, progress, readSamples(o.samples())).run(catalogCost, taggerCost);
    }

    private BenchmarkReport run(CatalogCost catalogCost, NameTaggerCost taggerCost) throws CatalogException, IOException {
        emptied(options.work());
        List<StartupBenchmark.Result> startup = startup();
        List<Integer> sizes = options.sizes();
        int first = sizes.get(0);
        List<Path> stores = new ArrayList<>();
        for (int size : sizes) {
            stores.add(options.work().resolve("store-" + size));
        }
        warmUp();
        BenchmarkReport.Ingest ingest = ingestFirst(stores.get(0), first);
        List<BenchmarkReport.Size> reports = new ArrayList<>();
        reports.add(measure(stores.get(0), first, "through the pipeline", ingest.seconds(), ingest.peakLiveHeapBytes()));
        for (int i = 1; i < sizes.size(); i++) {
            HeapSampler heap = new HeapSampler();
            double seconds;
            try {
                seconds = buildFromVariants(stores.get(0), stores.get(i), sizes.get(i));
            } finally {
                heap.close();
            }
            reports.add(measure(stores.get(i), sizes.get(i), "bulk-loaded from varied copies of the first store's graphs",
                    seconds, heap.peakLive()));
        }
        List<BenchmarkReport.Incremental> incremental = new ArrayList<>();
        BenchmarkReport.Compaction compaction = null;
        if (options.incremental() > 0) {
            incremental.add(addArticles(options.work().resolve("store-empty"), "an empty store", first));
            for (int i = 0; i < sizes.size(); i++) {
                incremental.add(addArticles(stores.get(i), String.format("the %,d-article store", sizes.get(i)), first));
            }
            compaction = compact(stores.get(0), first + options.incremental(), reports.get(0));
        }
        if (!options.keep()) {
            emptied(options.work());
        }
        return new BenchmarkReport(catalogCost, taggerCost, startup, ingest, reports, incremental, compaction);
    }

    /** {@code parley query} and {@code parley ingest} of one article, each in a JVM of its own, as a user runs them. */
    private List<StartupBenchmark.Result> startup() throws IOException {
        Path launcher = StartupBenchmark.launcher();
        if (launcher == null) {
            progress.accept("start-up: not timed (no ./parley launcher beside the code that runs)");
            return List.of();
        }
        try {
            return StartupBenchmark.run(launcher, options.samples(), options.work(), options.runs(), progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while timing start-up", e);
        }
    }

    private Ingestion.Options ingestOptions() {
        return new Ingestion.Options(options.threads(), options.batchSize(), false, List.of(), minter.base());
    }

    /** Models and JIT: the samples' copies through the pipeline, and the floor's decoders. */
    private void warmUp() throws CatalogException {
        progress.accept("warming up: models and JIT");
        int n = Math.min(200, Math.max(synthetic.samples(), options.sizes().get(0)));
        Ingestion.run(null, articles(0, n), ingestOptions(), p -> { }, null);
        OpenNlpFloor.tokensTagged(texts(0, Math.min(n, 50)), options.threads());
    }

    /** Synthetic articles {@code from} (inclusive) to {@code to} (exclusive). */
    private ArticleSource articles(int from, int to) {
        return (articles, problems) -> {
            for (int i = from; i < to; i++) {
                articles.accept(synthetic.article(i));
            }
        };
    }

    private List<String> texts(int from, int to) {
        List<String> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(synthetic.article(i).body());
        }
        return out;
    }

    private BenchmarkReport.Ingest ingestFirst(Path dir, int n) throws CatalogException, IOException {
        progress.accept(String.format("floor: bare OpenNLP over %,d texts", n));
        List<String> texts = texts(0, n);
        long f0 = System.nanoTime();
        long fc0 = processCpuNanos();
        long floorTokens = OpenNlpFloor.tokensTagged(texts, options.threads());
        double floorCpu = (processCpuNanos() - fc0) / 1e9;
        double floorSeconds = (System.nanoTime() - f0) / 1e9;
        texts = null;

        progress.accept(String.format("pipeline: %,d articles into a new store", n));
        IngestSummary summary;
        double seconds;
        double cpu;
        HeapSampler heap = new HeapSampler();
        double loadBefore = loadAverage();
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir)) {
            long t0 = System.nanoTime();
            long c0 = processCpuNanos();
            summary = Ingestion.runInto(store, articles(0, n), ingestOptions(), p -> progress.accept("skipped " + p),
                    new IngestProgress());
            cpu = (processCpuNanos() - c0) / 1e9;
            seconds = (System.nanoTime() - t0) / 1e9;
        } finally {
            heap.close();
        }
        double loadAfter = loadAverage();
        Path dump = options.work().resolve("floor.nq");
        Path bulk = options.work().resolve("floor-store");
        long quads = dumpArticleQuads(dir, Math.min(n, BULK_FLOOR_ARTICLES), dump);
        progress.accept(String.format("floor: TDB2 bulk loader over %,d of the same quads", quads));
        long b0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(dump)) {
            Iterator<Quad> it = AsyncParser.asyncParseQuads(in, Lang.NQUADS, null);
            BulkLoad.loadIntoEmptyStore(bulk, it);
        }
        double bulkSeconds = (System.nanoTime() - b0) / 1e9;
        deleteRecursively(bulk);
        Files.delete(dump);
        return new BenchmarkReport.Ingest((int) summary.stored(), summary.tokens(), summary.triples(), seconds, cpu,
                summary.stages(), floorSeconds, floorCpu, floorTokens, quads, bulkSeconds, heap.peakUsed(),
                heap.peakLive(), options.threads(), loadBefore, loadAfter);
    }

    /** Writes the quads of the first {@code articles} article graphs of a store to N-Quads; returns how many. */
    private long dumpArticleQuads(Path dir, int articles, Path file) throws IOException {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            long n = 0;
            for (Node g : articleGraphs(store).subList(0, articles)) {
                NamedGraph graph = read(store, g);
                RDFDataMgr.writeQuads(out, graph.triples().stream().map(t -> Quad.create(g, t)).iterator());
                n += graph.triples().size();
            }
            return n;
        }
    }

    private List<Node> articleGraphs(Tdb2GraphStore store) {
        return store.listGraphNames().stream().filter(minter::isArticleGraph).sorted(Comparator.comparing(Node::getURI)).toList();
    }

    private static NamedGraph read(Tdb2GraphStore store, Node graph) {
        return store.calculateRead(dsg -> {
            List<org.apache.jena.graph.Triple> triples = new ArrayList<>();
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
            return new NamedGraph(graph, triples);
        });
    }

    /** A new store of {@code n} articles: the source's article graphs, then varied copies of them; returns seconds. */
    private double buildFromVariants(Path source, Path target, int n) {
        try (Tdb2GraphStore from = Tdb2GraphStore.open(source)) {
            List<Node> graphs = articleGraphs(from);
            checkDiskSpace(from, graphs, n, target);
            progress.accept(String.format("store of %,d articles: %,d article graphs and varied copies of them, bulk-loaded", n, graphs.size()));
            GraphVariants variants = new GraphVariants(catalog, minter, 1);
            long t0 = System.nanoTime();
            try (Tdb2GraphStore to = Tdb2GraphStore.open(target); GraphStore bulk = to.bulkLoader()) {
                GraphStore indexed = bulk.withIndex(new StatementIndexing(minter));
                ReferenceGraphs.writeChanged(indexed, catalog, minter);
                List<NamedGraph> batch = new ArrayList<>();
                for (int made = 0; made < n; made++) {
                    NamedGraph g = read(from, graphs.get(made % graphs.size()));
                    int copy = made / graphs.size();
                    batch.add(copy == 0 ? g : variants.variant(g, copy));
                    if (batch.size() == options.batchSize() || made == n - 1) {
                        indexed.replaceGraphs(batch);
                        batch.clear();
                    }
                    if ((made + 1) % 10_000 == 0) {
                        progress.accept(String.format("  %,d of %,d", made + 1, n));
                    }
                }
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /**
     * Bytes a bulk-loaded store takes per quad once it is large: 377 at 10,000 articles (11.4 million quads, 4.3 GB)
     * and 397 at 5,000, measured with this benchmark. A small store's files say nothing about it: TDB2 gives each of
     * its 21 index and node files 8 MB or more from the start, so 300 articles' store is mostly empty space.
     */
    private static final long BYTES_PER_QUAD = 400;

    /** Refuses to start a store the disk cannot hold, judged by the source's quads per article graph. */
    private void checkDiskSpace(Tdb2GraphStore source, List<Node> sourceGraphs, int n, Path target) {
        try {
            long quads = 0;
            for (Node g : sourceGraphs) {
                quads += read(source, g).triples().size();
            }
            long need = (long) (1.2 * quads / Math.max(1, sourceGraphs.size()) * n * BYTES_PER_QUAD);
            long free = Files.getFileStore(options.work()).getUsableSpace();
            if (need > free) {
                throw new IllegalArgumentException(String.format("%s: a store of %,d articles needs about %.1f GB, only %.1f GB free",
                        target, n, need / 1e9, free / 1e9));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BenchmarkReport.Size measure(Path dir, int articles, String how, double seconds, long peakLiveHeap) {
        progress.accept(String.format("store of %,d articles built in %.1f s, peak live heap %.0f MB; queries on it", articles,
                seconds, peakLiveHeap / 1e6));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir)) {
            long quads = store.countQuads();
            return new BenchmarkReport.Size(articles, quads, how, seconds, peakLiveHeap, store.sizeOnDisk(),
                    new StoreQueries(store, options.runs(), options.skipQueries(), progress).timeAll());
        }
    }

    /**
     * Times the named queries on a store an earlier run kept ({@code --keep}), and nothing else: to compare queries
     * (or two versions of them) on the same store without building it again, which takes most of a run. A store an
     * older Parley made gets its statement index built again first, as {@code serve} does.
     *
     * @param only named queries to time (empty: all but {@code skip})
     * @return the index's rebuild time if it was rebuilt, the store's quads and load average, then one line per query
     */
    public static List<String> queriesOn(Path dir, int runs, Set<String> skip, Set<String> only, Consumer<String> progress) {
        StoreQueries.checkNames(skip);
        StoreQueries.checkNames(only);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no store there (build one with --keep first)");
        }
        List<String> lines = new ArrayList<>();
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir)) {
            // as serve does: a store an older Parley made gets the statement index the queries read
            long t0 = System.nanoTime();
            if (StoreUpkeep.ensureIndex(store, new IriMinter(IriMinter.DEFAULT_BASE))) {
                lines.add(String.format("statement index of %s built again (an older version): %.1f s", dir,
                        (System.nanoTime() - t0) / 1e9));
                progress.accept(lines.get(0));
            }
            double loadBefore = loadAverage();
            List<QueryLatency.Result> results = new StoreQueries(store, runs, skip, only, progress).timeAll();
            double loadAfter = loadAverage();
            lines.add(String.format("queries on %s: %,d quads, %d timed runs each through the SPARQL server; load average %.1f to %.1f",
                    dir, store.countQuads(), runs, loadBefore, loadAfter));
            results.forEach(r -> lines.add(r.line()));
        }
        return lines;
    }

    /** Articles after the first store's, through the pipeline into the store in {@code dir}. */
    private BenchmarkReport.Incremental addArticles(Path dir, String target, int from) throws CatalogException {
        int n = options.incremental();
        progress.accept(String.format("adding %,d articles to %s", n, target));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir)) {
            boolean bulk = store.isEmpty();
            long t0 = System.nanoTime();
            long c0 = processCpuNanos();
            IngestSummary s = Ingestion.runInto(store, articles(from, from + n), ingestOptions(),
                    p -> progress.accept("skipped " + p), new IngestProgress());
            double cpu = (processCpuNanos() - c0) / 1e9;
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new BenchmarkReport.Incremental(target, (int) s.stored(), s.triples(), seconds, cpu, bulk,
                    s.stages().millis(Stage.STORE) / 1e3, store.sizeOnDisk());
        }
    }

    private BenchmarkReport.Compaction compact(Path dir, int articles, BenchmarkReport.Size bulkLoaded) {
        progress.accept(String.format("compacting the store of %,d articles", articles));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir)) {
            long before = store.sizeOnDisk();
            long t0 = System.nanoTime();
            StoreUpkeep.compact(store, minter);
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new BenchmarkReport.Compaction(articles, store.countQuads(), before, store.sizeOnDisk(), seconds,
                    (double) bulkLoaded.bytes() / bulkLoaded.quads());
        }
    }

    /** CPU time used so far by all threads of this JVM, or wall time where the platform cannot tell. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                && os.getProcessCpuTime() >= 0) {
            return os.getProcessCpuTime();
        }
        return System.nanoTime();
    }

    /** The system's load average over the last minute (negative where the platform cannot tell). */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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

    private static void emptied(Path dir) throws IOException {
        if (Files.exists(dir)) {
            deleteRecursively(dir);
        }
        Files.createDirectories(dir);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
