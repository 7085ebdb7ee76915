package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;
import org.parley.catalog.CatalogException;
import org.parley.ingest.ArticleFiles;
import org.parley.pipeline.IngestSummary;
import org.parley.pipeline.IngestProgress;
import org.parley.pipeline.Ingestion;
import org.parley.serve.NamedQuery;
import org.parley.store.SparqlRunner;
import org.parley.store.Tdb2GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley demo}: the sample articles into a store, a first answer, and the endpoint. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the sample articles, shows the regions named in demands, and serves them.",
                "The store is made in the working directory (parley-store); the server runs until Ctrl-C."})
final class DemoCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.ingest");

    /** The width the table is cut to, so that it fits a terminal. */
    static final int TABLE_WIDTH = 120;

    /** The columns of regions-in-demands shown. */
    static final List<String> SHOWN_COLUMNS = List.of("regionLabel", "wikidata", "byLabel", "toLabel", "date", "doc");

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "parley-store", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--no-serve", description = "Stop after the answers instead of serving.")
    boolean noServe;

    @Override
    public Integer call() throws CatalogException, IOException {
        if (!Files.isDirectory(samples)) {
            throw new BadInputException(samples + ": no such folder of sample articles (run the demo from the Parley folder, or give --samples DIR)");
        }
        try (Tdb2GraphStore graphs = Stores.openOrCreate(store)) {
            IngestSummary summary = Ingestion.runInto(graphs,
                    (articles, problems) -> ArticleFiles.read(List.of(samples), articles, problems),
                    Ingestion.Options.defaults(), p -> LOG.warn("skipped {}", p), new IngestProgress());
            System.out.println("Ingested " + samples + " into " + store + ": " + summary.describe());
            System.out.println();
            System.out.println("Regions named in demands (queries/regions-in-demands.rq; evidence sentences and more columns");
            System.out.println("with './parley query --store " + store + " regions-in-demands'):");
            NamedQuery q = QueryCommand.resolve("regions-in-demands");
            RowSet rows = RowSet.adapt(new SparqlRunner(graphs.datasetGraph(), Duration.ofSeconds(60))
                    .select(SparqlRunner.parse(q.name(), q.text()), Map.of()));
            List<Var> shown = Var.varList(SHOWN_COLUMNS).stream().filter(rows.getResultVars()::contains).toList();
            TextTable.of(rows, shown).print(System.out, TABLE_WIDTH);
            System.out.println();
            if (!noServe) {
                ServeCommand.serve(graphs, host, port, Duration.ofSeconds(30));
            }
        }
        return 0;
    }
}
