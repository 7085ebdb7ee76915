package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.serve.ControlFile;
import org.parley.store.StoreHolder;
import org.parley.store.Tdb2GraphStore;

/** Ingest, query and serve on a store another process holds: one line naming it and what to do, exit 2. */
class HeldStoreTest {

    @TempDir
    Path dir;

    @Test
    void eachCommandSaysWhoHoldsTheStoreAndExits2() throws Exception {
        Path store = dir.resolve("store");
        Tdb2GraphStore.open(store).close();
        Path article = Files.writeString(dir.resolve("a.txt"), "Talks resumed in Oslo on Monday.");
        Process holder = StoreHolder.start(store);
        try {
            for (String[] args : new String[][] {
                {"query", "--store", store.toString(), "entities"},
                {"ingest", "--store", store.toString(), article.toString()},
                {"serve", "--store", store.toString(), "--port", "0"},
                {"backup", "--store", store.toString(), "-o", dir.resolve("b.nq.gz").toString()}}) {
                ParleyCommandIT.Run r = ParleyCommandIT.run(args);
                assertEquals(2, r.exit(), args[0] + ": " + r.err());
                String line = r.err().strip();
                assertEquals(1, line.lines().count(), args[0] + " says it in one line: " + line);
                assertTrue(line.contains("in use by another process (process " + holder.pid()), line);
                assertTrue(line.contains("stop that process first"), line);
            }
            new ControlFile("http://127.0.0.1:1/", holder.pid(), "t").write(store);
            ParleyCommandIT.Run r = ParleyCommandIT.run("ingest", "--store", store.toString(), article.toString());
            assertTrue(r.err().contains("'parley ingest --server http://127.0.0.1:1/ FILES'"), r.err());
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(20, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
    }
}
