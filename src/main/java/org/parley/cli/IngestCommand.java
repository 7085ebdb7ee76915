package org.parley.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.parley.catalog.CatalogException;
import org.parley.ingest.ArticleFiles;
import org.parley.pipeline.IngestSummary;
import org.parley.pipeline.Ingestion;
import org.parley.pipeline.StoreUpkeep;
import org.parley.rdf.IriMinter;
import org.parley.store.Tdb2GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley ingest}: files and folders of articles into a TDB2 store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Adds articles (.txt, .json, .jsonl, .html; folders are read recursively) to a TDB2 store.",
                "Re-ingesting an article replaces its graph. Bad inputs are skipped with a one-line warning each.",
                "Exit code 0 when every input went in or was skipped with a warning, 2 when nothing could be stored",
                "or --strict stopped at a problem, 1 on an internal failure."})
final class IngestCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.ingest");

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (created when missing).")
    Path store;

    @Option(names = "--dry-run", description = "Write the article graphs to stdout as TriG instead of a store.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "256", description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--strict", description = "Stop at the first bad input.")
    boolean strict;

    @Option(names = "--catalog", paramLabel = "FILE", description = "An extra catalog file (TSV) that extends the bundled one; repeatable.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI", description = "Base of the IRIs Parley mints (default: ${DEFAULT-VALUE}).",
            defaultValue = IriMinter.DEFAULT_BASE)
    String base;

    @Option(names = "--compact-at", paramLabel = "PERCENT", defaultValue = "20",
            description = {"Compact the store when the article graphs replaced since the last compaction reach PERCENT",
                    "of those it holds (default: ${DEFAULT-VALUE}; 0: never; 'parley compact' compacts at any time)."})
    int compactPercent;

    @Override
    public Integer call() throws CatalogException {
        Ingestion.Options options = new Ingestion.Options(threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                batch, strict, catalogs, base);
        if ((store == null) == !dryRun) {
            throw new ParameterException(spec.commandLine(), "give either --store DIR or --dry-run");
        }
        IngestSummary summary;
        if (dryRun) {
            summary = dryRun(options);
        } else {
            try (Tdb2GraphStore graphs = Stores.openOrCreate(store)) {
                summary = Ingestion.runInto(graphs, (articles, problems) -> ArticleFiles.read(paths, articles, problems),
                        options, p -> LOG.warn("skipped {}", p));
                StoreUpkeep.compactIfWorthIt(graphs, new IriMinter(base), compactPercent);
            }
        }
        System.err.println("parley: " + summary.describe());
        if (strict && !summary.skipped().isEmpty()) {
            return Failures.BAD_INPUT;
        }
        return summary.stored() == 0 && !summary.skipped().isEmpty() ? Failures.BAD_INPUT : 0;
    }

    private IngestSummary dryRun(Ingestion.Options options) throws CatalogException {
        OutputStream out = new BufferedOutputStream(System.out);
        StreamRDF trig = StreamRDFWriter.getWriterStream(out, Lang.TRIG);
        trig.start();
        IngestSummary summary = Ingestion.run(null, (articles, problems) -> ArticleFiles.read(paths, articles, problems),
                options, p -> LOG.warn("skipped {}", p),
                graph -> graph.triples().forEach(t -> trig.quad(Quad.create(graph.name(), t))));
        trig.finish();
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return summary;
    }
}
