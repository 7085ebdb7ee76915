package org.parley.spark;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.spark.SparkFiles;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogException;
import org.parley.pipeline.ArticleProcessor;
import org.parley.pipeline.Parley;
import org.parley.pipeline.StageTimer;
import org.parley.rdf.IriMinter;

/**
 * The one {@link ArticleProcessor} of an executor JVM, made on first use by {@link Parley#processor}: the NLP models
 * and the catalog load once per JVM and every task thread of the executor shares them (the processor is thread-safe).
 * Its clock is fixed at the run's start, so a retried task writes the same quads as the attempt it replaces.
 */
final class ExecutorPipeline {

    private static JobSettings settings;
    private static ArticleProcessor processor;

    private ExecutorPipeline() {
    }

    /** The processor for {@code job}; made again only when a new job runs in the same JVM. */
    static synchronized ArticleProcessor processor(JobSettings job) {
        if (!job.equals(settings)) {
            JdkStax.prefer();
            processor = Parley.processor(catalog(job.catalogFiles()), new IriMinter(job.base()), job.run(),
                    new StageTimer(), Clock.fixed(job.run().started(), ZoneOffset.UTC));
            settings = job;
        }
        return processor;
    }

    private static Catalog catalog(List<String> files) {
        if (files.isEmpty()) {
            return Catalog.bundled();
        }
        try {
            return Catalog.withExtraFiles(files.stream().map(name -> Path.of(SparkFiles.get(name))).toList());
        } catch (CatalogException e) {
            // the driver loaded the same files before the job started, so this is not bad input
            throw new IllegalStateException("extra catalog unreadable on this executor: " + e.getMessage(), e);
        }
    }
}
