package org.parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.parley.pipeline.StageTimer.Stage;

/**
 * The figures of one benchmark run, with the lines a person reads: the ingest into the first store beside its two
 * floors, each store's size and query latencies, and the incremental ingests.
 *
 * @param catalog     what the bundled catalog costs at start-up, measured before anything else ran
 * @param tagger      what the statistical name tagger's model adds to start-up, measured next
 * @param ingest      the pipeline into the first, new store
 * @param sizes       each store, the first included, with its query timings
 * @param incremental the same new articles added to an empty store and to each store
 * @param compaction  the first store compacted after the incremental ingest, or null when not measured
 */
public record BenchmarkReport(CatalogCost catalog, NameTaggerCost tagger, List<StartupBenchmark.Result> startup, Ingest ingest,
                              List<Size> sizes, List<Incremental> incremental, Compaction compaction) {

    public BenchmarkReport {
        startup = List.copyOf(startup);
        sizes = List.copyOf(sizes);
        incremental = List.copyOf(incremental);
    }

    /**
     * The pipeline into a new store, beside bare OpenNLP over the same texts and the bulk loader over the same quads.
     *
     * @param seconds     wall clock, the bulk loader's last indexes included
     * @param cpuSeconds  CPU of the whole process (every thread, collector and compiler included)
     * @param loadBefore  the system's load average (1 minute) when the pipeline started, or negative if unknown
     * @param loadAfter   the same when it ended: other processes' load slows the wall clock, not the CPU figures
     * @param floorQuads  quads of the articles the bulk-loader floor loaded (it loads at most a few thousand)
     */
    public record Ingest(int articles, long tokens, long quads, double seconds, double cpuSeconds, StageTimer stages,
                         double floorSeconds, double floorCpuSeconds, long floorTokens, long floorQuads,
                         double floorBulkSeconds, long peakHeapBytes, long peakLiveHeapBytes, int threads,
                         double loadBefore, double loadAfter) {

        double tokensPerSecond() {
            return tokens / seconds;
        }

        double floorTokensPerSecond() {
            return floorTokens / floorSeconds;
        }

        double tokensPerCpuSecond() {
            return tokens / cpuSeconds;
        }

        double floorTokensPerCpuSecond() {
            return floorTokens / floorCpuSeconds;
        }

        double bulkQuadsPerSecond() {
            return floorQuads / floorBulkSeconds;
        }
    }

    /**
     * A store compacted after new articles were added to it, beside the bulk-loaded first store, per quad.
     *
     * @param bulkBytesPerQuad the bulk-loaded first store's bytes per quad
     */
    public record Compaction(int articles, long quads, long bytesBefore, long bytesAfter, double seconds, double bulkBytesPerQuad) {

        double ratio() {
            return (double) bytesAfter / quads / bulkBytesPerQuad;
        }
    }

    /**
     * One store.
     *
     * @param how     how it was built, for the reader
     * @param seconds how long building it took
     * @param peakLiveHeapBytes the peak of live heap (after a collection) while building it
     * @param bytes   its files' size
     * @param queries every named query and the label lookups, timed
     */
    public record Size(int articles, long quads, String how, double seconds, long peakLiveHeapBytes, long bytes,
                       List<QueryLatency.Result> queries) {
        public Size {
            queries = List.copyOf(queries);
        }
    }

    /**
     * New articles added to a store through the pipeline.
     *
     * @param target       which store
     * @param bulk         whether the articles went in by the bulk loader (into an empty store)
     * @param storeSeconds time in write transactions
     * @param bytesAfter   the store's size after
     */
    public record Incremental(String target, int articles, long quads, double seconds, double cpuSeconds, boolean bulk,
                              double storeSeconds, long bytesAfter) {
    }

    private List<String> startupLines() {
        List<String> out = new ArrayList<>();
        if (!startup.isEmpty()) {
            out.add(String.format("start-up, a JVM each through the launcher, %d timed runs after one untimed (load average"
                    + " %.1f after them, on %d cores):", startup.get(0).wallSeconds().size(), startup.get(0).loadAverage(),
                    Runtime.getRuntime().availableProcessors()));
            startup.forEach(r -> out.add(r.line()));
        }
        return out;
    }

    /** The report as lines for a person. */
    public List<String> lines() {
        List<String> out = new ArrayList<>(startupLines());
        Ingest i = ingest;
        out.add(String.format("ingest: %,d articles (varied copies of the samples), %,d tokens, %,d quads, %d threads, into a new store (bulk loader)",
                i.articles(), i.tokens(), i.quads(), i.threads()));
        out.add(catalog.line());
        out.add(tagger.line());
        out.add(String.format("  pipeline: %.1f s, %.1f articles/s, %.0f tokens/s; %.1f CPU s, %.0f tokens/CPU s",
                i.seconds(), i.articles() / i.seconds(), i.tokensPerSecond(), i.cpuSeconds(), i.tokensPerCpuSecond()));
        out.add(String.format("    load average (1 min) %.1f at the start, %.1f at the end, on %d cores; %.1f CPU ms/article",
                i.loadBefore(), i.loadAfter(), Runtime.getRuntime().availableProcessors(), 1000 * i.cpuSeconds() / i.articles()));
        StageTimer t = i.stages();
        out.add(String.format("    parsed: %,d of %,d sentences (%.0f%%), %,d of %,d tokens (%.0f%%)", t.parsedSentences(),
                t.sentences(), 100.0 * t.parsedSentences() / Math.max(1, t.sentences()), t.parsedTokens(), t.tokens(),
                100.0 * t.parsedTokens() / Math.max(1, t.tokens())));
        for (Stage s : Stage.values()) {
            out.add(String.format("    stage %-10s %10.0f ms, %7.2f ms/article", s.name().toLowerCase(), i.stages().millis(s),
                    i.stages().millis(s) / i.articles()));
        }
        out.add(String.format("    mention finding: %.2f ms/article, %.1f µs per token (the same per token at any catalog size"
                + " when the finder looks names up instead of scanning the catalog)", i.stages().millis(Stage.MENTIONS) / i.articles(),
                1000 * i.stages().millis(Stage.MENTIONS) / i.tokens()));
        out.add(String.format("  floor, bare OpenNLP (sentences, tokens, POS) on the same texts: %.1f s, %.0f tokens/s; %.1f CPU s, %.0f tokens/CPU s",
                i.floorSeconds(), i.floorTokensPerSecond(), i.floorCpuSeconds(), i.floorTokensPerCpuSecond()));
        out.add(String.format("  pipeline / OpenNLP floor: %.0f%% by wall clock, %.0f%% by CPU (aim: 50%% or more)",
                100 * i.tokensPerSecond() / i.floorTokensPerSecond(), 100 * i.tokensPerCpuSecond() / i.floorTokensPerCpuSecond()));
        out.add(String.format("  floor, TDB2 bulk loader alone on %,d of the same quads: %.0f quads/s", i.floorQuads(), i.bulkQuadsPerSecond()));
        out.add(String.format("  heap: peak %.0f MB in use, peak %.0f MB live after a collection, of %.0f MB max (aim: under 1024 MB)",
                i.peakHeapBytes() / 1e6, i.peakLiveHeapBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6));
        for (Size s : sizes) {
            out.add(String.format("store of %,d articles, %,d quads: %s in %.1f s, %.1f MB; peak live heap %.0f MB while"
                    + " building it (aim: under 1024 MB)", s.articles(), s.quads(), s.how(), s.seconds(), s.bytes() / 1e6,
                    s.peakLiveHeapBytes() / 1e6));
            s.queries().forEach(q -> out.add(q.line()));
        }
        for (Incremental n : incremental) {
            String writes = n.bulk() ? "bulk loader" : String.format("%.1f s in write transactions, %.0f quads/s",
                    n.storeSeconds(), n.quads() / Math.max(n.storeSeconds(), 1e-9));
            out.add(String.format("adding %,d articles to %s: %.1f s (%.1f articles/s), %.1f CPU s; %s; store %.1f MB",
                    n.articles(), n.target(), n.seconds(), n.articles() / n.seconds(), n.cpuSeconds(), writes, n.bytesAfter() / 1e6));
        }
        if (incremental.size() > 1) {
            Incremental empty = incremental.get(0);
            for (Incremental n : incremental.subList(1, incremental.size())) {
                out.add(String.format("  %s / empty store: %.2f by wall clock, %.2f by CPU (aim: about 1)", n.target(),
                        n.seconds() / empty.seconds(), n.cpuSeconds() / empty.cpuSeconds()));
            }
        }
        if (compaction != null) {
            Compaction c = compaction;
            out.add(String.format("compacting the %,d-article store after that: %.1f MB -> %.1f MB in %.1f s, %.0f bytes/quad;"
                    + " bulk-loaded first store %.0f bytes/quad; ratio %.2f (aim: 1.0 or less)", c.articles(), c.bytesBefore() / 1e6,
                    c.bytesAfter() / 1e6, c.seconds(), (double) c.bytesAfter() / c.quads(), c.bulkBytesPerQuad(), c.ratio()));
        }
        return out;
    }
}
