package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.JournalRepair.Scan;
import org.parley.store.JournalRepair.State;

/** Journals written with TDB2's own journal code, then cut or damaged as a kill or a bad disk would leave them. */
class JournalRepairTest {

    static final ComponentId NODES = ComponentId.allocLocal();
    static final ComponentId INDEX = ComponentId.allocLocal();

    @TempDir
    Path dir;

    /** A journal in TDB2's format: a REDO entry per state (a component's new state), then COMMIT when asked. */
    static long[] writeJournal(Path file, boolean commit, String... states) {
        Journal journal = Journal.create(BufferChannelFile.createUnmanaged(file.toString(), "rw"));
        try {
            long[] ends = new long[states.length + (commit ? 1 : 0)];
            for (int i = 0; i < states.length; i++) {
                journal.write(JournalEntryType.REDO, i % 2 == 0 ? NODES : INDEX,
                        ByteBuffer.wrap(states[i].getBytes(StandardCharsets.UTF_8)));
                ends[i] = journal.size();
            }
            if (commit) {
                journal.writeJournal(JournalEntry.COMMIT);
                ends[states.length] = journal.size();
            }
            journal.sync();
            return ends;
        } finally {
            journal.close();
        }
    }

    /** How many entries TDB2's own reader reads from the journal (it throws on a broken one). */
    static long entriesTdbReads(Path file) {
        Journal journal = Journal.create(BufferChannelFile.createUnmanaged(file.toString(), "r"));
        try {
            return Iter.count(journal.entries());
        } finally {
            journal.close();
        }
    }

    static void cutTo(Path file, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    static void flipByte(Path file, long at) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) at] ^= 0x5a;
        Files.write(file, bytes);
    }

    @Test
    void aWholeJournalIsReadAsTdbReadsIt() throws IOException {
        Path file = dir.resolve("whole.jrnl");
        long[] ends = writeJournal(file, true, "root=17 limit=40", "length=2048");
        assertEquals(3, entriesTdbReads(file), "our reading of the format agrees with TDB2's");
        assertEquals(new Scan(State.WHOLE, ends[2], ends[2], -1), JournalRepair.scan(file));
        assertEquals(JournalRepair.HEADER + "length=2048".length(), ends[1] - ends[0]);
    }

    @Test
    void anEmptyJournalIsWhole() throws IOException {
        Path file = dir.resolve("empty.jrnl");
        Files.write(file, new byte[0]);
        assertEquals(new Scan(State.WHOLE, 0, 0, -1), JournalRepair.scan(file));
    }

    @Test
    void anEntryWhoseDataNeverCameIsTornAndNothingIsKeptWithoutACommit() throws IOException {
        Path file = dir.resolve("header-only.jrnl");
        long[] ends = writeJournal(file, false, "root=17 limit=40", "root=3 limit=24");
        cutTo(file, ends[0] + JournalRepair.HEADER);
        assertThrowsOnRead(file, "Failed to read the journal entry data");
        assertEquals(new Scan(State.TORN, ends[0] + JournalRepair.HEADER, 0, ends[0]), JournalRepair.scan(file));
    }

    @Test
    void anEntryCutInItsDataOrItsHeaderIsTorn() throws IOException {
        Path data = dir.resolve("data.jrnl");
        long[] ends = writeJournal(data, false, "root=17 limit=40", "root=3 limit=24");
        cutTo(data, ends[1] - 5);
        assertEquals(new Scan(State.TORN, ends[1] - 5, 0, ends[0]), JournalRepair.scan(data));

        Path header = dir.resolve("header.jrnl");
        writeJournal(header, false, "root=17 limit=40", "root=3 limit=24");
        cutTo(header, ends[0] + 7);
        assertThrowsOnRead(header, "Partial read of journal file");
        assertEquals(new Scan(State.TORN, ends[0] + 7, 0, ends[0]), JournalRepair.scan(header));
    }

    @Test
    void aTornEntryAfterACommitKeepsTheCommittedTransaction() throws IOException {
        Path file = dir.resolve("after-commit.jrnl");
        long[] ends = writeJournal(file, true, "root=17 limit=40");
        byte[] committed = Files.readAllBytes(file);
        Path next = dir.resolve("next.jrnl");
        long[] nextEnds = writeJournal(next, false, "root=99 limit=50");
        byte[] torn = Arrays.copyOf(Files.readAllBytes(next), (int) nextEnds[0] - 3);
        Files.write(file, torn, StandardOpenOption.APPEND);
        Scan scan = JournalRepair.scan(file);
        assertEquals(new Scan(State.TORN, committed.length + torn.length, ends[1], ends[1]), scan);
    }

    @Test
    void aLastEntryWithABadChecksumIsTornButABadEntryWithEntriesAfterItIsDamage() throws IOException {
        Path last = dir.resolve("last.jrnl");
        long[] ends = writeJournal(last, false, "root=17 limit=40", "root=3 limit=24");
        flipByte(last, ends[1] - 2);
        assertThrowsOnRead(last, "Checksum error");
        assertEquals(State.TORN, JournalRepair.scan(last).state());

        Path middle = dir.resolve("middle.jrnl");
        writeJournal(middle, true, "root=17 limit=40", "root=3 limit=24");
        flipByte(middle, ends[0] - 2);
        Scan scan = JournalRepair.scan(middle);
        assertEquals(State.DAMAGED, scan.state());
        assertEquals(0, scan.brokenAt());
    }

    @Test
    void settingATornJournalAsideKeepsACopyAndCutsItBackToTheLastCommit() throws IOException {
        Path store = dir.resolve("store");
        Path journal = store.resolve("Data-0001").resolve("journal.jrnl");
        Files.createDirectories(journal.getParent());
        long[] ends = writeJournal(journal, true, "root=17 limit=40");
        Files.write(journal, new byte[] {0, 0, 0, 24, 1, 2}, StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(journal);

        Optional<Path> copy = JournalRepair.setAsideTornEnd(store);
        assertTrue(copy.isPresent());
        assertEquals(store, copy.get().getParent(), "the copy is in the store folder, where a person looks");
        assertTrue(copy.get().getFileName().toString().startsWith("journal.jrnl.torn-"), copy.get().toString());
        assertArrayEquals(before, Files.readAllBytes(copy.get()), "the whole journal is kept aside");
        assertEquals(ends[1], Files.size(journal));
        assertEquals(2, entriesTdbReads(journal), "TDB2 reads what is left: the committed transaction");
    }

    @Test
    void aWholeOrDamagedJournalOrAStoreWithoutOneIsLeftAlone() throws IOException {
        Path store = dir.resolve("store");
        assertEquals(Optional.empty(), JournalRepair.setAsideTornEnd(store), "no store yet");
        Path journal = store.resolve("Data-0001").resolve("journal.jrnl");
        Files.createDirectories(journal.getParent());
        long[] ends = writeJournal(journal, true, "root=17 limit=40", "root=3 limit=24");
        assertEquals(Optional.empty(), JournalRepair.setAsideTornEnd(store));
        flipByte(journal, ends[0] - 2);
        byte[] damaged = Files.readAllBytes(journal);
        assertEquals(Optional.empty(), JournalRepair.setAsideTornEnd(store));
        assertArrayEquals(damaged, Files.readAllBytes(journal));
        try (var files = Files.list(store)) {
            assertEquals(List.of("Data-0001"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static void assertThrowsOnRead(Path file, String message) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> entriesTdbReads(file));
        assertTrue(String.valueOf(e.getMessage()).contains(message), "TDB2's own reader refuses it: " + e.getMessage());
    }
}
