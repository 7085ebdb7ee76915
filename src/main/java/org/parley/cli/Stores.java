package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.parley.serve.ControlFile;
import org.parley.store.StoreInUseException;
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
        return open(folder);
    }

    /** Opens an existing store; a missing or empty folder is bad input. */
    static Tdb2GraphStore openExisting(Path folder) {
        checkExisting(folder);
        return open(folder);
    }

    /** Refuses a missing or empty store folder. */
    static void checkExisting(Path folder) {
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
    }

    private static Tdb2GraphStore open(Path folder) {
        try {
            return Tdb2GraphStore.open(folder);
        } catch (StoreInUseException e) {
            throw inUse(e);
        }
    }

    /** One line saying who holds the store and what to do instead. */
    static BadInputException inUse(StoreInUseException e) {
        String advice = ControlFile.read(e.folder())
                .map(c -> "it is served at " + c.url() + ": query it there (" + c.url() + "parley/sparql), send articles"
                        + " with 'parley ingest --server " + c.url() + " FILES', back it up with 'parley backup --store "
                        + e.folder() + "', or stop that server first")
                .orElse("stop that process first (a 'parley serve' takes new articles with 'parley ingest --server URL')");
        return new BadInputException(e.getMessage() + "; " + advice);
    }
}
