package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreInUseTest {

    @TempDir
    Path dir;

    @Test
    void aStoreHeldByAnotherProcessSaysWhichOne() throws Exception {
        Path folder = dir.resolve("store");
        Tdb2GraphStore.open(folder).close();
        Process holder = StoreHolder.start(folder);
        try {
            StoreInUseException e = assertThrows(StoreInUseException.class, () -> Tdb2GraphStore.open(folder));
            assertEquals(holder.pid(), e.pid().orElse(-1));
            assertTrue(e.getMessage().startsWith(folder.toAbsolutePath() + ": the store is in use by another process (process "
                    + holder.pid()), e.getMessage());
            assertTrue(e.command().orElse("").contains(StoreHolder.class.getName()), e.command().toString());
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(20, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
        Tdb2GraphStore.open(folder).close();
    }
}
