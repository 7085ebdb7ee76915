package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.store.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley restore}: a new store from a backup. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Builds a new store from a backup written by 'parley backup' (gzipped N-Quads), with the TDB2 bulk loader.")
final class RestoreCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The new store's folder: missing or empty.")
    Path store;

    @Parameters(index = "0", paramLabel = "BACKUP", description = "A backup file (.nq.gz).")
    Path backup;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(backup)) {
            throw new BadInputException(backup + ": no such backup file");
        }
        if (Files.isDirectory(store)) {
            try (Stream<Path> entries = Files.list(store)) {
                if (entries.findAny().isPresent()) {
                    throw new BadInputException(store + ": not empty; restore into a new folder, then swap the folders"
                            + " while no server runs");
                }
            }
        }
        long quads;
        try {
            quads = StoreBackup.restore(backup, store);
        } catch (org.apache.jena.riot.RiotException | java.util.zip.ZipException e) {
            throw new BadInputException(backup + ": not a readable backup (gzipped N-Quads): " + e.getMessage());
        }
        System.err.println("parley: restored " + quads + " quads from " + backup + " into " + store);
        return 0;
    }
}
