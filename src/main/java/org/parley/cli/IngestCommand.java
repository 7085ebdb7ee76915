package org.parley.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
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
import org.parley.pipeline.IngestProgress;
import org.parley.pipeline.IngestSummary;
import org.parley.pipeline.Ingestion;
import org.parley.pipeline.RemoteIngestion;
import org.parley.pipeline.StoreUpkeep;
import org.parley.rdf.IriMinter;
import org.parley.serve.ArticleIntake;
import org.parley.serve.ParleyClient;
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
                "Progress goes to stderr: a live line on a terminal, a line every 10 s otherwise; then a summary.",
                "Exit code 0 when every input went in or was skipped with a warning, 2 when nothing could be stored",
                "or --strict stopped at a problem, 1 on an internal failure."})
final class IngestCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.ingest");

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (created when missing).")
    Path store;

    @Option(names = "--server", paramLabel = "URL",
            description = "Send the files to a running 'parley serve --password-file' at URL instead (e.g. http://127.0.0.1:3030/).")
    URI server;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "parley",
            description = "With --server: the writer's name (default: ${DEFAULT-VALUE}); the password comes from $PARLEY_PASSWORD or the terminal.")
    String user;

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
    public Integer call() throws CatalogException, IOException, InterruptedException {
        Ingestion.Options options = new Ingestion.Options(threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                batch, strict, catalogs, base);
        if ((store == null ? 0 : 1) + (dryRun ? 1 : 0) + (server == null ? 0 : 1) != 1) {
            throw new ParameterException(spec.commandLine(), "give one of --store DIR, --server URL or --dry-run");
        }
        if (server != null) {
            return sendToServer();
        }
        IngestSummary summary;
        String compaction = "";
        IngestProgress progress = new IngestProgress();
        if (dryRun) {
            try (ProgressLine line = ProgressLine.start(progress, paths)) {
                summary = dryRun(options, progress);
            }
        } else {
            try (Tdb2GraphStore graphs = Stores.openOrCreate(store)) {
                try (ProgressLine line = ProgressLine.start(progress, paths)) {
                    summary = Ingestion.runInto(graphs, (articles, problems) -> ArticleFiles.read(paths, articles, problems),
                            options, p -> LOG.warn("skipped {}", p), progress);
                }
                long start = System.nanoTime();
                if (StoreUpkeep.compactIfWorthIt(graphs, new IriMinter(base), compactPercent)) {
                    compaction = String.format("; compacted the store in %.1f s", (System.nanoTime() - start) / 1e9);
                }
            }
        }
        System.err.println("parley: " + summary.describe(dryRun ? "extracted" : "stored") + compaction);
        if (strict && !summary.skipped().isEmpty()) {
            return Failures.BAD_INPUT;
        }
        return summary.stored() == 0 && !summary.skipped().isEmpty() ? Failures.BAD_INPUT : 0;
    }

    private int sendToServer() throws IOException, InterruptedException {
        RemoteIngestion.Writer writer = new RemoteIngestion.Writer(user, Passwords.read(user, false));
        ArticleIntake.Report report;
        try {
            report = RemoteIngestion.run(paths, new ParleyClient(server), writer, line -> LOG.warn("skipped {}", line));
        } catch (ParleyClient.ClientException e) {
            throw new BadInputException(e.getMessage());
        }
        System.err.println("parley: " + report.summary() + " (through " + server + ")");
        if (strict && !report.skipped().isEmpty()) {
            return Failures.BAD_INPUT;
        }
        return report.stored() == 0 && !report.skipped().isEmpty() ? Failures.BAD_INPUT : 0;
    }

    private IngestSummary dryRun(Ingestion.Options options, IngestProgress progress) throws CatalogException {
        OutputStream out = new BufferedOutputStream(System.out);
        StreamRDF trig = StreamRDFWriter.getWriterStream(out, Lang.TRIG);
        trig.start();
        IngestSummary summary = Ingestion.run(null, (articles, problems) -> ArticleFiles.read(paths, articles, problems),
                options, p -> LOG.warn("skipped {}", p),
                graph -> graph.triples().forEach(t -> trig.quad(Quad.create(graph.name(), t))), progress);
        trig.finish();
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return summary;
    }
}
