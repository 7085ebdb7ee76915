package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.catalog.CatalogException;
import org.parley.pipeline.ShardException;
import org.parley.pipeline.ShardLoading;
import org.parley.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley load}: N-Quads shards of a spark-ingest job into a TDB2 store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads N-Quads shards into a TDB2 store with the catalog and ontology graphs: the output folder of",
                "'parley spark-ingest' (refused until the job has finished), folders of .nq/.nq.gz files, or such files.",
                "An empty store is filled with the TDB2 bulk loader; into a store with data, each article graph replaces",
                "the stored one of the same name. Every shard is checked before anything is written.",
                "With no SHARDS, adds the catalog and ontology graphs only (after tdb2.xloader, say).",
                "Exit code 0 when loaded, 2 for a bad shard or store, 1 on an internal failure."})
final class LoadCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store folder (created when missing).")
    Path store;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the IRIs the shards use (default: the one their job used, else Parley's default).")
    String base;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "An extra catalog file the job used (give the same files as to spark-ingest); repeatable.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--batch", paramLabel = "N", defaultValue = "256",
            description = "Graphs per write transaction when replacing (default: ${DEFAULT-VALUE}).")
    int batch;

    @Parameters(arity = "0..*", paramLabel = "SHARDS", description = "Job output folders, folders of shards, or shard files.")
    List<Path> shards = new ArrayList<>();

    @Override
    public Integer call() {
        ShardLoading.Report report;
        try (Tdb2GraphStore graphs = Stores.openOrCreate(store)) {
            report = ShardLoading.run(graphs, shards, new ShardLoading.Options(base, catalogs, batch));
        } catch (ShardException | CatalogException e) {
            throw new BadInputException(e.getMessage());
        }
        System.err.println("parley: " + report.describe() + " into " + store
                + (report.replaced() > 0 ? "; 'parley compact --store " + store + "' reclaims the space of the replaced graphs" : ""));
        return 0;
    }
}
