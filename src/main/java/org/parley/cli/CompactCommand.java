package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.pipeline.StoreUpkeep;
import org.parley.rdf.IriMinter;
import org.parley.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley compact}: reclaims the space of old data in a store. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts a TDB2 store: TDB2 keeps the old triples of replaced graphs until compaction, and 'ingest'",
                "compacts only when many were replaced. Also refreshes the query optimizer's statistics. Not while the store is served."})
final class CompactCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store folder.")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base of the IRIs the store was ingested with (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        try (Tdb2GraphStore graphs = Stores.openExisting(store)) {
            long before = graphs.sizeOnDisk();
            StoreUpkeep.compact(graphs, new IriMinter(base));
            System.out.printf("compacted %s: %.1f MB -> %.1f MB%n", store, before / 1e6, graphs.sizeOnDisk() / 1e6);
        }
        return 0;
    }
}
