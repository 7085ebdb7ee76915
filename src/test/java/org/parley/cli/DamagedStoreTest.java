package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.GraphStore.NamedGraph;
import org.parley.store.JournalEntries;
import org.parley.store.Tdb2GraphStore;

/** A store TDB2 cannot open: one line naming its folder, no stack trace, exit 2; a torn journal is no such store. */
class DamagedStoreTest {

    @TempDir
    Path dir;

    private Path storeWithOneGraph() {
        Path store = dir.resolve("store");
        try (Tdb2GraphStore s = Tdb2GraphStore.open(store)) {
            var g = NodeFactory.createURI("https://example.org/damaged/g");
            Triple triple = Triple.create(g, g, NodeFactory.createLiteralString("x"));
            s.replaceGraphs(List.of(new NamedGraph(g, List.of(triple))));
        }
        return store;
    }

    @Test
    void eachCommandNamesTheStoreItCannotOpenInOneLine() throws Exception {
        Path store = storeWithOneGraph();
        JournalEntries.damage(store);
        Path article = Files.writeString(dir.resolve("a.txt"), "Talks resumed in Oslo on Monday.");
        for (String[] args : new String[][] {
            {"query", "--store", store.toString(), "entities"},
            {"ingest", "--store", store.toString(), article.toString()},
            {"serve", "--store", store.toString(), "--port", "0"},
            {"compact", "--store", store.toString()},
            {"validate", "--store", store.toString()},
            {"backup", "--store", store.toString(), "-o", dir.resolve("b.nq.gz").toString()}}) {
            ParleyCommandIT.Run r = ParleyCommandIT.run(args);
            assertEquals(2, r.exit(), args[0] + ": " + r.err());
            String line = r.err().strip();
            assertEquals(1, line.lines().count(), args[0] + " says it in one line: " + line);
            assertTrue(line.startsWith("parley: " + store.toAbsolutePath() + ": cannot open the store: Checksum error"),
                    line);
            assertFalse(line.contains("\tat "), "no stack trace: " + line);
        }
        ParleyCommandIT.Run verbose = ParleyCommandIT.run("query", "-v", "--store", store.toString(), "entities");
        assertTrue(verbose.err().contains("\tat "), "-v prints the stack trace: " + verbose.err());
    }

    @Test
    void aStoreWithATornJournalIsQueriedAsOfItsLastCommit() throws Exception {
        Path store = storeWithOneGraph();
        JournalEntries.tear(store);
        Path count = Files.writeString(dir.resolve("count.rq"),
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        ParleyCommandIT.Run r = ParleyCommandIT.run("query", "--store", store.toString(), "--format", "csv",
                count.toString());
        assertEquals(List.of("n", "1"), r.out().strip().lines().toList(), "the committed quad is there: " + r.err());
        assertEquals(0, r.exit(), r.err());
    }
}
