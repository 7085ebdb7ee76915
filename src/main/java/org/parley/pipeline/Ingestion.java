package org.parley.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogException;
import org.parley.core.ArticleExtraction;
import org.parley.core.ExtractionRun;
import org.parley.core.InputProblem;
import org.parley.rdf.IriMinter;
import org.parley.store.GraphStore;
import org.parley.store.GraphStore.NamedGraph;
import org.parley.store.Tdb2GraphStore;

/**
 * One ingest: the catalog and ontology graphs (when they changed), then every article of a source, into a store,
 * keeping the store's statement index in step in the same transactions.
 *
 * <pre>{@code
 * IngestSummary s = Ingestion.run(store, source, Ingestion.Options.defaults(), System.err::println, null);
 * }</pre>
 */
public final class Ingestion {

    /**
     * How to ingest.
     *
     * @param threads         extraction threads
     * @param batchSize       articles per write transaction
     * @param strict          stop at the first problem
     * @param extraCatalogs   catalog files that extend the bundled catalog
     * @param base            the base of minted IRIs
     */
    public record Options(int threads, int batchSize, boolean strict, List<Path> extraCatalogs, String base) {

        public Options {
            extraCatalogs = List.copyOf(extraCatalogs);
        }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), 256, false, List.of(), IriMinter.DEFAULT_BASE);
        }
    }

    private Ingestion() {
    }

    /**
     * Ingests {@code source} into a TDB2 store that nothing else uses meanwhile (not one being served): an empty store
     * is filled with Jena's bulk loader, all or nothing (an interrupted first load leaves an empty store) and with no
     * compaction needed after; a store with data gets its articles many to a write transaction, as {@link #run}, after
     * its statement index is built if an older Parley made it without one.
     *
     * @throws CatalogException when an extra catalog file is invalid
     */
    public static IngestSummary runInto(Tdb2GraphStore store, ArticleSource source, Options options,
                                        Consumer<InputProblem> onProblem, IngestProgress progress) throws CatalogException {
        if (!store.isEmpty()) {
            StoreUpkeep.ensureIndex(store, new IriMinter(options.base()));
            return run(store, source, options, onProblem, null, progress);
        }
        try (GraphStore bulk = store.bulkLoader()) {
            return run(bulk, source, options, onProblem, null, progress);
        }
    }

    /**
     * Ingests {@code source} into {@code store} (null: a dry run whose graphs only go to {@code tee}).
     *
     * @throws CatalogException when an extra catalog file is invalid
     */
    public static IngestSummary run(GraphStore store, ArticleSource source, Options options,
                                    Consumer<InputProblem> onProblem, Consumer<NamedGraph> tee) throws CatalogException {
        return run(store, source, options, onProblem, tee, new IngestProgress());
    }

    /** As {@link #run(GraphStore, ArticleSource, Options, Consumer, Consumer)}, reporting each input done to {@code progress}. */
    public static IngestSummary run(GraphStore store, ArticleSource source, Options options, Consumer<InputProblem> onProblem,
                                    Consumer<NamedGraph> tee, IngestProgress progress) throws CatalogException {
        return run(store, source, options, onProblem, tee, progress, null);
    }

    /**
     * As {@link #run(GraphStore, ArticleSource, Options, Consumer, Consumer)}, also handing every stored article's
     * extraction, with the triggers it dropped, to {@code extractions} (the evaluation's report of the drops).
     *
     * @throws CatalogException when an extra catalog file is invalid
     */
    public static IngestSummary runObserved(GraphStore store, ArticleSource source, Options options,
                                            Consumer<InputProblem> onProblem, Consumer<ArticleExtraction> extractions)
            throws CatalogException {
        return run(store, source, options, onProblem, null, new IngestProgress(), extractions);
    }

    private static IngestSummary run(GraphStore store, ArticleSource source, Options options,
                                     Consumer<InputProblem> onProblem, Consumer<NamedGraph> tee, IngestProgress progress,
                                     Consumer<ArticleExtraction> extractions) throws CatalogException {
        ArticleProcessor processor;
        GraphStore indexed;
        StageTimer timer = new StageTimer();
        try (ProcessorLoading loading = ProcessorLoading.start()) {
            Catalog catalog = Catalog.withExtraFiles(options.extraCatalogs());
            loading.withCatalog(catalog);
            IriMinter minter = new IriMinter(options.base());
            ExtractionRun run = Parley.newRun(catalog);
            indexed = store == null ? null : store.withIndex(new StatementIndexing(minter));
            if (indexed != null) {
                ReferenceGraphs.writeChanged(indexed, catalog, minter);
            }
            processor = loading.processor(minter, run, timer, Clock.systemUTC());
        }
        return new Pipeline(processor, timer, options.threads(), options.batchSize()).observing(extractions)
                .run(source, indexed, tee, onProblem, options.strict(), progress);
    }
}
