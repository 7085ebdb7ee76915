package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.GraphStore.NamedGraph;

/**
 * A store whose journal ends in a torn entry (the process killed while TDB2 appended to it) opens as of its last
 * commit: every quad committed before the tear is there, nothing of the torn transaction is.
 */
class TornJournalTest {

    static final String EX = "https://example.org/torn/";

    @TempDir
    Path dir;

    static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    static NamedGraph graph(String name, String... values) {
        List<Triple> triples = new ArrayList<>();
        for (String v : values) {
            triples.add(Triple.create(iri(name + "-talks"), iri("said"), NodeFactory.createLiteralString(v)));
        }
        return new NamedGraph(iri(name), triples);
    }

    /** The batch committed before the tear. */
    static List<NamedGraph> committed() {
        return List.of(graph("c1", "ceasefire at dawn", "talks in Geneva"), graph("c2", "prisoner exchange"),
                graph("c3", "corridor reopened", "monitors sent", "aid convoy"));
    }

    /** The batch whose commit the tear cut off: it replaces c1 and adds two graphs. */
    static List<NamedGraph> cutOff() {
        return List.of(graph("c1", "ceasefire broken"), graph("c4", "new round"), graph("c5", "envoy resigned"));
    }

    static Set<Quad> quads(List<NamedGraph> graphs) {
        Set<Quad> out = new HashSet<>();
        graphs.forEach(g -> g.triples().forEach(t -> out.add(Quad.create(g.name(), t))));
        return out;
    }

    static Set<Quad> quadsIn(Path folder) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            return store.calculateRead(d -> {
                Set<Quad> out = new HashSet<>();
                d.find().forEachRemaining(out::add);
                return out;
            });
        }
    }

    static List<Path> setAside(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(JournalRepair.SET_ASIDE_PREFIX)).toList();
        }
    }

    @Test
    void aTornEntryAfterTheLastCommitIsSetAsideAndEveryCommittedQuadStays() throws IOException {
        Path folder = dir.resolve("store");
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            store.replaceGraphs(committed());
        }
        assertEquals(0, Files.size(JournalEntries.journal(folder)), "a commit leaves the journal empty");
        JournalEntries.tear(folder);
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> JournalRepairTest.entriesTdbReads(JournalEntries.journal(folder)));
        assertEquals("Failed to read the journal entry data: wanted 24 bytes, got -1", refused.getMessage());

        try (CapturedStoreWarnings warnings = new CapturedStoreWarnings()) {
            assertEquals(quads(committed()), quadsIn(folder));
            assertEquals(1, warnings.lines.size(), warnings.lines.toString());
            List<Path> copies = setAside(folder);
            assertEquals(1, copies.size());
            assertEquals(JournalRepair.HEADER, Files.size(copies.get(0)), "the whole journal is kept aside");
            String line = warnings.lines.get(0);
            assertTrue(line.startsWith(folder.toAbsolutePath() + ": "), line);
            assertTrue(line.contains(copies.get(0).getFileName().toString()), line);
        }
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            store.replaceGraphs(cutOff());
        }
        assertEquals(1, setAside(folder).size(), "a store opened cleanly sets nothing aside");
    }

    @Test
    void aWriteKilledWhileItsLastJournalEntryWasWrittenLeavesNothingOfItself() throws Exception {
        Path folder = dir.resolve("store");
        CommitHalter.run(folder);
        long lastEntry = lastEntryStart(JournalEntries.journal(folder));
        assertTrue(lastEntry > 0, "the halted write left its REDO entries");
        cut(JournalEntries.journal(folder), lastEntry + JournalRepair.HEADER);

        assertEquals(quads(committed()), quadsIn(folder), "the committed batch whole, nothing of the cut-off one");
        assertEquals(1, setAside(folder).size());
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            store.replaceGraphs(cutOff());
        }
        Set<Quad> both = quads(cutOff());
        quads(committed()).stream().filter(q -> !q.getGraph().equals(iri("c1"))).forEach(both::add);
        assertEquals(both, quadsIn(folder), "writing the cut-off batch again completes the store");
    }

    @Test
    void aTornEntryAfterACompleteCommitKeepsThatCommitForRecovery() throws Exception {
        Path folder = dir.resolve("store");
        CommitHalter.run(folder);
        byte[] commit = JournalEntries.entry(JournalEntryType.COMMIT, null);
        Files.write(JournalEntries.journal(folder), commit, StandardOpenOption.APPEND);
        JournalEntries.tear(folder);

        Set<Quad> both = quads(cutOff());
        quads(committed()).stream().filter(q -> !q.getGraph().equals(iri("c1"))).forEach(both::add);
        assertEquals(both, quadsIn(folder), "the transaction whose COMMIT is whole is replayed; the torn tail dropped");
        assertEquals(1, setAside(folder).size());
    }

    @Test
    void aDamagedJournalFailsInOneLineNamingTheStoreAndIsLeftAsItWas() throws IOException {
        Path folder = dir.resolve("store");
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            store.replaceGraphs(committed());
        }
        JournalEntries.damage(folder);
        byte[] damaged = Files.readAllBytes(JournalEntries.journal(folder));

        // named a way TDB2 does not name it (it normalizes): the failed open still lets go of every file
        Path via = Files.createDirectories(dir.resolve("elsewhere")).resolve("..").resolve("store");
        StoreOpenException e = assertThrows(StoreOpenException.class, () -> Tdb2GraphStore.open(via));
        assertTrue(e.getMessage().startsWith(via.toAbsolutePath() + ": cannot open the store: Checksum error"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertEquals(via.toAbsolutePath(), e.folder());
        assertArrayEquals(damaged, Files.readAllBytes(JournalEntries.journal(folder)), "damage is not touched");
        assertEquals(List.of(), setAside(folder));

        Files.write(JournalEntries.journal(folder), new byte[0]);
        assertEquals(quads(committed()), quadsIn(folder), "the failed open released the store: it opens again");
    }

    /** Where the journal's last entry starts, read with TDB2's own reader. */
    static long lastEntryStart(Path journalFile) {
        Journal journal = Journal.create(BufferChannelFile.createUnmanaged(journalFile.toString(), "r"));
        try {
            long last = -1;
            for (var it = journal.entries(); it.hasNext(); ) {
                JournalEntry e = it.next();
                assertTrue(e.getType() == JournalEntryType.REDO, "no COMMIT: " + e);
                last = e.getPosition();
            }
            return last;
        } finally {
            journal.close();
        }
    }

    static void cut(Path file, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    /** The warnings the store package logs while open. */
    static final class CapturedStoreWarnings implements AutoCloseable {

        private static final String STORE_LOGGER = "org.parley.store";

        final List<String> lines = new CopyOnWriteArrayList<>();
        private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
        private final LoggerConfig config = context.getConfiguration().getLoggerConfig(STORE_LOGGER);
        private final AbstractAppender appender = new AbstractAppender("store-" + UUID.randomUUID(), null, null, true,
                Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                if (event.getLoggerName().startsWith(STORE_LOGGER) && event.getLevel().isMoreSpecificThan(Level.WARN)) {
                    lines.add(event.getMessage().getFormattedMessage());
                }
            }
        };

        CapturedStoreWarnings() {
            appender.start();
            config.addAppender(appender, Level.WARN, null);
            context.updateLoggers();
        }

        @Override
        public void close() {
            config.removeAppender(appender.getName());
            appender.stop();
            context.updateLoggers();
        }
    }
}
