package org.parley.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogException;
import org.parley.core.ExtractionRun;
import org.parley.core.InputProblem;
import org.parley.rdf.CatalogGraph;
import org.parley.rdf.IriMinter;
import org.parley.rdf.OntologyGraph;
import org.parley.store.GraphStore;
import org.parley.store.GraphStore.NamedGraph;

/**
 * One ingest: the catalog and ontology graphs, then every article of a source, into a store.
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
        Catalog catalog = options.extraCatalogs().isEmpty() ? Catalog.bundled() : Catalog.withExtraFiles(options.extraCatalogs());
        IriMinter minter = new IriMinter(options.base());
        ExtractionRun run = Parley.newRun(catalog);
        if (store != null) {
            boolean catalogStored = store.contains(new CatalogGraph(minter).fingerprint(catalog));
            store.replaceGraphs(catalogStored ? List.of(ontologyGraph(minter))
                    : List.of(catalogGraph(catalog, minter), ontologyGraph(minter))); // the catalog only when it changed
        }
        StageTimer timer = new StageTimer();
        ArticleProcessor processor = Parley.processor(catalog, minter, run, timer);
        return new Pipeline(processor, timer, options.threads(), options.batchSize())
                .run(source, store, tee, onProblem, options.strict(), progress);
    }

    static NamedGraph catalogGraph(Catalog catalog, IriMinter minter) {
        GraphCollector collector = new GraphCollector();
        new CatalogGraph(minter).write(catalog, collector);
        return collector.toNamedGraph("the catalog");
    }

    static NamedGraph ontologyGraph(IriMinter minter) {
        GraphCollector collector = new GraphCollector();
        OntologyGraph.write(minter.ontologyGraph(), collector);
        return collector.toNamedGraph("the ontology");
    }
}
