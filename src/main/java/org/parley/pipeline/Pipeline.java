package org.parley.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.parley.core.Article;
import org.parley.core.ArticleExtraction;
import org.parley.core.InputProblem;
import org.parley.core.Mention;
import org.parley.pipeline.StageTimer.Stage;
import org.parley.store.GraphStore;
import org.parley.store.GraphStore.NamedGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles, extracts them in parallel and writes their graphs in batches, one write transaction
 * per batch: the plain composition of the stages. Memory stays bounded whatever the corpus size:
 * at most {@code 2 × batchSize} articles are in flight.
 *
 * <pre>{@code
 * IngestSummary s = new Pipeline(processor, timer, 2, 256).run(source, store, null, problem -> {}, false);
 * }</pre>
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.pipeline");

    /** A batch is written when it holds this many triples, even if it has fewer articles. */
    static final int BATCH_TRIPLES = 400_000;

    private final ArticleProcessor processor;
    private final StageTimer timer;
    private final int threads;
    private final int batchSize;
    private final Consumer<ArticleExtraction> extractions;

    /**
     * @param processor the per-article extraction
     * @param timer     the timer the processor reports to; the pipeline adds READ and STORE
     * @param threads   extraction threads, at least 1
     * @param batchSize articles per write transaction, at least 1
     */
    public Pipeline(ArticleProcessor processor, StageTimer timer, int threads, int batchSize) {
        this(processor, timer, threads, batchSize, null);
    }

    private Pipeline(ArticleProcessor processor, StageTimer timer, int threads, int batchSize,
                     Consumer<ArticleExtraction> extractions) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be at least 1");
        }
        this.processor = processor;
        this.timer = timer;
        this.threads = threads;
        this.batchSize = batchSize;
        this.extractions = extractions;
    }

    /**
     * This pipeline, also handing every stored article's extraction (with the triggers it dropped, which no graph
     * holds) to {@code extractions}, from the single writer thread: the evaluation's view of the drops.
     */
    public Pipeline observing(Consumer<ArticleExtraction> extractions) {
        return new Pipeline(processor, timer, threads, batchSize, extractions);
    }

    /**
     * Runs the pipeline over a source.
     *
     * @param source    the articles
     * @param store     where graphs go, or null for a dry run
     * @param tee       also receives every article graph written (a dry-run writer, a benchmark), or null
     * @param onProblem receives each skipped input as it happens
     * @param strict    stop at the first problem
     */
    public IngestSummary run(ArticleSource source, GraphStore store, Consumer<NamedGraph> tee,
                             Consumer<InputProblem> onProblem, boolean strict) {
        return run(source, store, tee, onProblem, strict, new IngestProgress());
    }

    /** As {@link #run(ArticleSource, GraphStore, Consumer, Consumer, boolean)}, counting each input done in {@code progress}. */
    public IngestSummary run(ArticleSource source, GraphStore store, Consumer<NamedGraph> tee,
                             Consumer<InputProblem> onProblem, boolean strict, IngestProgress progress) {
        long start = System.nanoTime();
        List<String> skipped = new ArrayList<>();
        Consumer<InputProblem> problems = p -> {
            synchronized (skipped) {
                skipped.add(p.toString());
            }
            progress.inputDone();
            onProblem.accept(p);
        };
        Writer writer = new Writer(store, tee, problems, strict);
        Thread writerThread = new Thread(writer, "parley-writer");
        writerThread.start();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-extract");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(2 * batchSize);
        Map<String, String> seen = new HashMap<>();
        long[] readStart = {System.nanoTime()};
        try {
            source.read(article -> {
                timer.add(Stage.READ, System.nanoTime() - readStart[0]);
                try {
                    if (writer.stopped()) {
                        return;
                    }
                    String first = seen.putIfAbsent(article.id(), article.source());
                    if (first != null) {
                        problems.accept(duplicate(article, first));
                        writer.stopIfStrict();
                        return;
                    }
                    inFlight.acquireUninterruptibly();
                    workers.execute(() -> {
                        try {
                            ArticleProcessor.Result result = processor.processSafely(article);
                            if (result.problem() == null) {
                                progress.inputDone();  // a failed extraction counts when its problem is reported
                            }
                            writer.put(result);
                        } finally {
                            inFlight.release();
                        }
                    });
                } finally {
                    readStart[0] = System.nanoTime();
                }
            }, problem -> {
                problems.accept(problem);
                writer.stopIfStrict();
            });
        } finally {
            workers.shutdown();
            awaitQuietly(workers);
            writer.finish();
            joinQuietly(writerThread);
        }
        writer.rethrow();
        return new IngestSummary(writer.stored, skipped, writer.entityKeys.size(), writer.mentions, writer.statements,
                writer.tokens, writer.triples, (System.nanoTime() - start) / 1e9, timer);
    }

    /** The problem of an article whose identity was read already, from {@code firstSource}: the first read is kept. */
    public static InputProblem duplicate(Article article, String firstSource) {
        String same = article.id().startsWith("url:") ? "URL" : "text";
        return new InputProblem(article.source(), "duplicate of the article read from " + firstSource + " (same " + same
                + "); skipped");
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.debug("waiting for extraction threads");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The single thread that batches results and writes them: the only one touching the store. */
    private final class Writer implements Runnable {
        private static final ArticleProcessor.Result END = new ArticleProcessor.Result(null, null, null, null);

        private final BlockingQueue<ArticleProcessor.Result> queue = new ArrayBlockingQueue<>(2 * batchSize + 1);
        private final GraphStore store;
        private final Consumer<NamedGraph> tee;
        private final Consumer<InputProblem> problems;
        private final boolean strict;
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private volatile boolean stopped;

        final Set<String> entityKeys = new HashSet<>();
        long stored;
        long mentions;
        long statements;
        long tokens;
        long triples;

        Writer(GraphStore store, Consumer<NamedGraph> tee, Consumer<InputProblem> problems, boolean strict) {
            this.store = store;
            this.tee = tee;
            this.problems = problems;
            this.strict = strict;
        }

        boolean stopped() {
            return stopped;
        }

        void stopIfStrict() {
            if (strict) {
                stopped = true;
            }
        }

        void put(ArticleProcessor.Result r) {
            try {
                queue.put(r);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void finish() {
            put(END);
        }

        void rethrow() {
            RuntimeException e = failure.get();
            if (e != null) {
                throw e;
            }
        }

        @Override
        public void run() {
            List<ArticleProcessor.Result> batch = new ArrayList<>();
            int batchTriples = 0;
            boolean ended = false;
            try {
                while (true) {
                    ArticleProcessor.Result r = queue.take();
                    if (r == END) {
                        ended = true;
                        break;
                    }
                    if (r.problem() != null) {
                        problems.accept(r.problem());
                        stopIfStrict();
                        continue;
                    }
                    if (stopped) {
                        continue;
                    }
                    batch.add(r);
                    batchTriples += r.graph().triples().size();
                    if (batch.size() >= batchSize || batchTriples >= BATCH_TRIPLES) {
                        write(batch);
                        batch.clear();
                        batchTriples = 0;
                    }
                }
                if (!stopped) {
                    write(batch);
                }
            } catch (RuntimeException e) {
                failure.set(e);
                stopped = true;
                if (!ended) { // the last batch fails after the end was taken: nothing more will come
                    drain();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** After a failure, keep taking results so that no worker blocks forever. */
        private void drain() {
            try {
                while (queue.take() != END) {
                    // discard
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void write(List<ArticleProcessor.Result> batch) {
            if (batch.isEmpty()) {
                return;
            }
            List<NamedGraph> graphs = batch.stream().map(ArticleProcessor.Result::graph).toList();
            long t0 = System.nanoTime();
            if (store != null) {
                store.replaceGraphs(graphs);
            }
            timer.add(Stage.STORE, System.nanoTime() - t0);
            for (ArticleProcessor.Result r : batch) {
                if (tee != null) {
                    tee.accept(r.graph());
                }
                if (extractions != null) {
                    extractions.accept(r.extraction());
                }
                stored++;
                triples += r.graph().triples().size();
                mentions += r.extraction().mentions().size();
                statements += r.extraction().statements().size();
                tokens += r.extraction().analysis().tokenCount();
                for (Mention m : r.extraction().mentions()) {
                    entityKeys.add(m.entity().key());
                }
                LOG.debug("stored {} ({} mentions, {} statements)", r.article().source(),
                        r.extraction().mentions().size(), r.extraction().statements().size());
            }
            LOG.debug("committed a batch of {} articles", batch.size());
        }
    }
}
