package org.parley.pipeline;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.catalog.Catalog;
import org.parley.core.ExtractionRun;
import org.parley.core.Futures;
import org.parley.extract.mention.CatalogMentionFinder;
import org.parley.extract.statement.DependencyStatementExtractor;
import org.parley.nlp.EnglishFirstLanguageDetector;
import org.parley.nlp.Nlp4jDependencyParser;
import org.parley.nlp.Nlp4jNameTagger;
import org.parley.nlp.OpenNlpModels;
import org.parley.nlp.OpenNlpTextAnalyzer;
import org.parley.nlp.SentenceParser;
import org.parley.rdf.IriMinter;
import org.parley.rdf.StandardRdfMapper;

/**
 * Loads what the default {@link ArticleProcessor} needs on other threads, each part as soon as what it depends on is
 * there: the NLP4J parser's models and OpenNLP's at once, the catalog's name index and the statement rules' catalog
 * facts once the caller has read the catalog (the language detector loads its model on the first article that is not
 * plainly English: {@link EnglishFirstLanguageDetector}). Meanwhile the caller opens the store and writes the
 * reference graphs; {@link #processor} waits for the parts and composes them. On 2 cores a one-article ingest starts
 * in about half the wall time of loading one part after the other (README, Benchmark).
 *
 * <pre>{@code
 * try (ProcessorLoading loading = ProcessorLoading.start()) {
 *     Catalog catalog = Catalog.bundled();
 *     loading.withCatalog(catalog);
 *     ... // store work
 *     ArticleProcessor processor = loading.processor(minter, run, timer, Clock.systemUTC());
 * }
 * }</pre>
 */
final class ProcessorLoading implements AutoCloseable {

    private static final OpenNlpTextAnalyzer.Profile PROFILE = OpenNlpTextAnalyzer.Profile.FAST;

    private final ExecutorService pool;
    private final Future<Nlp4jDependencyParser> parser;
    private final Future<?> openNlpModels;
    private final Future<Nlp4jNameTagger> names;
    private Future<CatalogMentionFinder> mentions;
    private Future<DependencyStatementExtractor> statements;

    private ProcessorLoading(ExecutorService pool) {
        this.pool = pool;
        this.parser = pool.submit(Nlp4jDependencyParser::new); // the longest part: first
        this.names = pool.submit(Nlp4jNameTagger::new);
        this.openNlpModels = pool.submit(() -> OpenNlpModels.load(PROFILE));
    }

    /** Starts loading the models, on as many threads as there are cores (at least 2). */
    static ProcessorLoading start() {
        AtomicInteger n = new AtomicInteger();
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        return new ProcessorLoading(Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-load-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }));
    }

    /** Starts building what reads the catalog: the mention finder's name index and the statement rules' facts. */
    ProcessorLoading withCatalog(Catalog catalog) {
        mentions = pool.submit(() -> new CatalogMentionFinder(catalog, join(names)));
        statements = pool.submit(() -> new DependencyStatementExtractor(catalog));
        return this;
    }

    /**
     * The processor, once every part has loaded; a part that failed to load fails here with its own exception.
     *
     * @throws IllegalStateException when {@link #withCatalog} was not called
     */
    ArticleProcessor processor(IriMinter minter, ExtractionRun run, StageTimer timer, Clock clock) {
        if (mentions == null) {
            throw new IllegalStateException("withCatalog was not called");
        }
        DependencyStatementExtractor rules = join(statements);
        join(openNlpModels);
        OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer(PROFILE, SentenceParser.forNews(join(parser)),
                rules::mayHoldStatement);
        return new ArticleProcessor(new EnglishFirstLanguageDetector(), analyzer, join(mentions), rules,
                new StandardRdfMapper(minter, clock), run, timer);
    }

    /** Stops the loading threads (a part still loading finishes on its own; nothing waits for it). */
    @Override
    public void close() {
        pool.shutdown();
    }

    private static <T> T join(Future<T> part) {
        return Futures.join(part, "loading the models");
    }
}
