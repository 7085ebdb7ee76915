package org.parley.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.parley.catalog.Catalog;
import org.parley.core.ExtractionRun;
import org.parley.nlp.Nlp4jDependencyParser;
import org.parley.nlp.Nlp4jNameTagger;
import org.parley.nlp.OpenNlpModels;
import org.parley.rdf.IriMinter;

/**
 * Wires the default implementation of every stage: OpenNLP analysis, catalog mentions, rule statements,
 * the standard RDF mapping. With {@link ProcessorLoading}, which loads them in parallel, the one place that knows
 * which implementations Parley runs.
 */
public final class Parley {

    private static final String VERSION = readVersion();

    private Parley() {
    }

    /** Parley's version, from the build. */
    public static String version() {
        return VERSION;
    }

    /** A new extraction run, for provenance. */
    public static ExtractionRun newRun(Catalog catalog) {
        List<String> models = new ArrayList<>(OpenNlpModels.describe());
        models.addAll(Nlp4jDependencyParser.describe());
        models.addAll(Nlp4jNameTagger.describe());
        models.add("parley-catalog (" + catalog.size() + " entities)");
        return new ExtractionRun(UUID.randomUUID().toString(), VERSION, Instant.now(), models);
    }

    /** The default per-article processor over {@code catalog}, minting IRIs with {@code minter}. */
    public static ArticleProcessor processor(Catalog catalog, IriMinter minter, ExtractionRun run, StageTimer timer) {
        return processor(catalog, minter, run, timer, Clock.systemUTC());
    }

    /**
     * As {@link #processor(Catalog, IriMinter, ExtractionRun, StageTimer)}, with {@code clock} giving each article graph's
     * {@code prov:generatedAtTime}: a distributed job gives a clock fixed at the run's start, so that a retried task
     * writes the same quads.
     */
    public static ArticleProcessor processor(Catalog catalog, IriMinter minter, ExtractionRun run, StageTimer timer,
                                             Clock clock) {
        try (ProcessorLoading loading = ProcessorLoading.start()) {
            return loading.withCatalog(catalog).processor(minter, run, timer, clock);
        }
    }

    private static String readVersion() {
        try (InputStream in = Parley.class.getResourceAsStream("/org/parley/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
