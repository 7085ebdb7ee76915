package org.parley.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogException;
import org.parley.core.ExtractionRun;
import org.parley.ingest.ArticleFiles;
import org.parley.rdf.IriMinter;
import org.parley.serve.ArticleIntake;
import org.parley.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest into a store while it is served: the catalog, the ontology graphs and the extraction are set up once, then
 * each call runs the ingest pipeline (the same readers, checks and write transactions as {@code parley ingest}) over
 * some files or one upload. Calls run one at a time; readers of the store see each batch of articles whole or not at
 * all. Thread-safe.
 *
 * <pre>{@code
 * ContinuousIngestion live = ContinuousIngestion.open(store, Ingestion.Options.defaults());
 * IngestSummary s = live.ingest(List.of(Path.of("new-articles")));
 * }</pre>
 */
public final class ContinuousIngestion implements ArticleIntake {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.ingest");

    private final GraphStore store;
    private final ArticleProcessor processor;
    private final StageTimer timer;
    private final Ingestion.Options options;

    private ContinuousIngestion(GraphStore store, ArticleProcessor processor, StageTimer timer, Ingestion.Options options) {
        this.store = store;
        this.processor = processor;
        this.timer = timer;
        this.options = options;
    }

    /**
     * Loads the catalog, writes the catalog and ontology graphs when they changed (as every ingest does) and prepares
     * the extraction. Every write through it keeps the store's statement index in step, in the same transaction.
     *
     * @throws CatalogException when an extra catalog file of {@code options} is invalid
     */
    public static ContinuousIngestion open(GraphStore store, Ingestion.Options options) throws CatalogException {
        try (ProcessorLoading loading = ProcessorLoading.start()) {
            Catalog catalog = Catalog.withExtraFiles(options.extraCatalogs());
            loading.withCatalog(catalog);
            IriMinter minter = new IriMinter(options.base());
            ExtractionRun run = Parley.newRun(catalog);
            GraphStore indexed = store.withIndex(new StatementIndexing(minter));
            ReferenceGraphs.writeChanged(indexed, catalog, minter);
            StageTimer timer = new StageTimer();
            return new ContinuousIngestion(indexed, loading.processor(minter, run, timer, Clock.systemUTC()), timer,
                    options);
        }
    }

    /** Ingests the articles of {@code paths} (files or folders); each skipped input is logged as a warning. */
    public synchronized IngestSummary ingest(List<Path> paths) {
        return new Pipeline(processor, timer, options.threads(), options.batchSize())
                .run((articles, problems) -> ArticleFiles.read(paths, articles, problems), store, null,
                        p -> LOG.warn("skipped {}", p), false);
    }

    /** Ingests one uploaded file; skipped inputs are named by the upload's name, never by a temporary path. */
    @Override
    public Report ingest(String name, byte[] content) {
        Path folder = null;
        Path file = null;
        try {
            folder = Files.createTempDirectory("parley-upload-");
            file = folder.resolve(name);
            Files.write(file, content);
            IngestSummary s = ingest(List.of(file));
            String temporary = file.toString();
            List<String> skipped = s.skipped().stream().map(line -> line.replace(temporary, name)).toList();
            LOG.info("upload {}: {}", name, s.describe());
            return new Report(s.stored(), skipped, s.describe());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload " + name + " for reading: " + e.getMessage(), e);
        } finally {
            deleteQuietly(file);
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("cannot delete {}: {}", p, e.toString());
        }
    }
}
