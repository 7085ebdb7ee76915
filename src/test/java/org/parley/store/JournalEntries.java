package org.parley.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;

/** Journal entries as TDB2 writes them, whole, torn or damaged, to append to a store's journal in tests. */
public final class JournalEntries {

    static final ComponentId COMPONENT = ComponentId.allocLocal();

    private JournalEntries() {
    }

    /** The journal of the store in {@code folder}, which holds one generation. */
    public static Path journal(Path folder) {
        return folder.resolve("Data-0001").resolve("journal.jrnl");
    }

    /** The bytes of one entry of {@code type}, with {@code data} (none for COMMIT), written by TDB2's journal code. */
    static byte[] entry(JournalEntryType type, byte[] data) throws IOException {
        Path file = Files.createTempFile("entry", ".jrnl");
        Journal journal = Journal.create(BufferChannelFile.createUnmanaged(file.toString(), "rw"));
        try {
            if (type == JournalEntryType.COMMIT) {
                journal.writeJournal(JournalEntry.COMMIT);
            } else {
                journal.write(type, COMPONENT, ByteBuffer.wrap(data));
            }
        } finally {
            journal.close();
        }
        try {
            return Files.readAllBytes(file);
        } finally {
            Files.delete(file);
        }
    }

    /** A REDO entry of 24 bytes cut after its header: TDB2 reads "wanted 24 bytes, got -1". */
    static byte[] torn() throws IOException {
        return Arrays.copyOf(entry(JournalEntryType.REDO, new byte[24]), JournalRepair.HEADER);
    }

    /** Appends a torn entry to the journal of the store in {@code folder}, as a kill mid-append leaves it. */
    public static void tear(Path folder) throws IOException {
        Files.write(journal(folder), torn(), StandardOpenOption.APPEND);
    }

    /**
     * Appends a torn entry to the journal of the store in {@code folder} unless its last entry is torn already (a kill
     * that landed in a journal write): either way the journal ends as such a kill leaves it.
     */
    public static void tearUnlessTorn(Path folder) throws IOException {
        if (JournalRepair.scan(journal(folder)).state() == JournalRepair.State.WHOLE) {
            tear(folder);
        }
    }

    /** Appends a transaction whose REDO entry fails its checksum, and its COMMIT: damage, not a tear. */
    public static void damage(Path folder) throws IOException {
        byte[] redo = entry(JournalEntryType.REDO, new byte[24]);
        redo[redo.length - 1] ^= 0x5a;
        Files.write(journal(folder), redo, StandardOpenOption.APPEND);
        Files.write(journal(folder), entry(JournalEntryType.COMMIT, null), StandardOpenOption.APPEND);
    }
}
