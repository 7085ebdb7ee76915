package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley compact}: reclaims the space of old data in a store. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compacts a TDB2 store (TDB2 keeps old data until compaction); do not run it while the store is served.")
final class CompactCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store folder.")
    Path store;

    @Override
    public Integer call() {
        try (Tdb2GraphStore graphs = Stores.openExisting(store)) {
            long before = graphs.sizeOnDisk();
            graphs.compact();
            System.out.printf("compacted %s: %.1f MB -> %.1f MB%n", store, before / 1e6, graphs.sizeOnDisk() / 1e6);
        }
        return 0;
    }
}
