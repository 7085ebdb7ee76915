package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.parley.store.Tdb2GraphStore;

/** Opens the store folder a command names, with one-line errors for the usual mistakes. */
final class Stores {

    private Stores() {
    }

    /** Opens the store for writing, creating the folder when missing. */
    static Tdb2GraphStore openOrCreate(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BadInputException(folder + ": not a folder; --store takes the folder of a TDB2 store");
        }
        return Tdb2GraphStore.open(folder);
    }

    /** Opens an existing store; a missing or empty folder is bad input. */
    static Tdb2GraphStore openExisting(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder + ": no such store folder (fill one with 'parley ingest --store "
                    + folder + " FILES')");
        }
        try (Stream<Path> list = Files.list(folder)) {
            if (list.findAny().isEmpty()) {
                throw new BadInputException(folder + ": the store folder is empty (fill it with 'parley ingest --store "
                        + folder + " FILES')");
            }
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot read the store folder: " + e.getMessage());
        }
        return Tdb2GraphStore.open(folder);
    }
}
