package org.parley.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.dboe.base.file.ChannelManager;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.tdb2.sys.DatabaseOps;

/**
 * What a TDB2 open that failed half-way leaves held in this JVM: the locks on the store folder and on its current
 * generation, and the journal's channel. Released, the folder can be opened again (after a repair, or by another
 * process) without restarting the JVM.
 */
final class FailedOpen {

    private FailedOpen() {
    }

    /** Releases this JVM's hold on the store in {@code folder}, after TDB2 failed to open it. */
    static void release(Path folder) {
        for (Path name : names(folder)) {
            ChannelManager.releaseAll(name + File.separator);
        }
        List<Path> locks = new ArrayList<>(List.of(folder.resolve(Names.TDB_LOCK_FILE)));
        Path storage = DatabaseOps.findStorageLocation(folder);
        if (storage != null) {
            locks.add(storage.resolve(Names.TDB_LOCK_FILE));
        }
        for (Path lock : locks) {
            if (Files.isRegularFile(lock)) {
                ProcessFileLock held = ProcessFileLock.create(lock.toString());
                if (held.isLockedHere()) {
                    ProcessFileLock.release(held);
                }
            }
        }
    }

    /** The names TDB2 may know the folder by (it tracks the journal's channel by its file name). */
    private static Set<Path> names(Path folder) {
        Set<Path> names = new LinkedHashSet<>(List.of(folder, folder.toAbsolutePath().normalize()));
        try {
            names.add(folder.toRealPath());
        } catch (IOException e) {
            // a folder that cannot be resolved has no other name
        }
        return names;
    }
}
