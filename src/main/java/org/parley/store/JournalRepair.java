package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.zip.Adler32;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets aside the torn end of a TDB2 journal, which TDB2's recovery refuses to read ("Failed to read the journal entry
 * data") so that the store cannot be opened at all.
 *
 * <p>The journal ({@code journal.jrnl} in the store's current {@code Data-NNNN} folder) is a row of entries: a header
 * (the data's length, an Adler-32 checksum of the whole entry, the entry's type and the component's id) and the data. A
 * write transaction appends a REDO entry per component it changed, then a COMMIT entry and syncs: that is its commit
 * point. Then the components write their new state and the journal is emptied. So the journal holds the entries of
 * one transaction at most, and an entry cut short at the end of the file (the process killed while it was appended)
 * belongs to a transaction whose COMMIT is not whole: it never committed, and what committed before it is in the
 * store's files. Such a journal is kept aside whole, beside the store, and cut back to the end of its last whole
 * COMMIT (none: to nothing), which TDB2 then replays or finds empty. A broken entry with more entries after it is
 * damage, not a cut: it is left alone.
 */
final class JournalRepair {

    private static final Logger LOG = LoggerFactory.getLogger(JournalRepair.class);

    /** The name of a journal set aside, before its time stamp. */
    static final String SET_ASIDE_PREFIX = Names.journalFile + ".torn-";

    /** Length, checksum and type (an int each), then the component's id. */
    static final int HEADER = 3 * Integer.BYTES + ComponentId.SIZE;
    private static final int CHECKSUM_AT = Integer.BYTES;
    private static final int TYPE_AT = 2 * Integer.BYTES;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private JournalRepair() {
    }

    /** What reading a journal found. */
    enum State { WHOLE, TORN, DAMAGED }

    /**
     * A journal read: its state, its size, and the bytes to keep (up to the end of the last whole COMMIT entry); for a
     * damaged journal, where its first broken entry starts.
     */
    record Scan(State state, long size, long keep, long brokenAt) {
    }

    /**
     * When the store in {@code folder} has a torn journal, copies it beside the store, cuts it back to its committed
     * entries, logs one line and returns the copy; otherwise changes nothing and returns empty. No process may have
     * the store open.
     */
    static Optional<Path> setAsideTornEnd(Path folder) {
        Path journal = journal(folder).orElse(null);
        if (journal == null) {
            return Optional.empty();
        }
        try {
            Scan scan = scan(journal);
            if (scan.state() != State.TORN) {
                return Optional.empty();
            }
            Path copy = folder.resolve(SET_ASIDE_PREFIX + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP));
            Files.copy(journal, copy);
            try (FileChannel out = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                out.force(true);
            }
            try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.WRITE)) {
                ch.truncate(scan.keep());
                ch.force(true);
            }
            LOG.warn("{}: the last write was cut off before it committed; set its journal aside as {} ({} of {} bytes"
                    + " kept) and opened the store as of its last commit", folder, copy.getFileName(), scan.keep(),
                    scan.size());
            return Optional.of(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(journal + ": cannot set the torn journal aside: " + e.getMessage(), e);
        }
    }

    /** The journal of the store in {@code folder} (in its current generation), when there is one. */
    static Optional<Path> journal(Path folder) {
        Path storage = DatabaseOps.findStorageLocation(folder);
        return Optional.ofNullable(storage).map(s -> s.resolve(Names.journalFile)).filter(Files::isRegularFile);
    }

    /** Reads the journal entry by entry, checking each one's length and checksum. */
    static Scan scan(Path journal) throws IOException {
        try (FileChannel in = FileChannel.open(journal, StandardOpenOption.READ)) {
            long size = in.size();
            long keep = 0;
            long at = 0;
            while (at < size) {
                long end = entryEnd(in, at, size);
                if (end < 0) {
                    return new Scan(State.TORN, size, keep, at);
                }
                ByteBuffer entry = read(in, at, (int) (end - at));
                if (!checksumHolds(entry)) {
                    return new Scan(end == size ? State.TORN : State.DAMAGED, size, keep, at);
                }
                if (isCommit(entry)) {
                    keep = end;
                }
                at = end;
            }
            return new Scan(State.WHOLE, size, keep, -1);
        }
    }

    /** Where the entry starting at {@code at} ends, or -1 when the file ends first. */
    private static long entryEnd(FileChannel in, long at, long size) throws IOException {
        if (size - at < HEADER) {
            return -1;
        }
        long end = at + HEADER + Math.max(0, read(in, at, Integer.BYTES).getInt());
        return end > size ? -1 : end;
    }

    /** Whether the entry's checksum holds; the entry's checksum field is zeroed, as it was when TDB2 summed it. */
    private static boolean checksumHolds(ByteBuffer entry) {
        int recorded = entry.getInt(CHECKSUM_AT);
        entry.putInt(CHECKSUM_AT, 0);
        Adler32 adler = new Adler32();
        adler.update(entry);
        return (int) adler.getValue() == recorded;
    }

    /** Whether the whole entry is a COMMIT (its checksum held: the type is one TDB2 wrote). */
    private static boolean isCommit(ByteBuffer entry) {
        return JournalEntryType.type(entry.getInt(TYPE_AT)) == JournalEntryType.COMMIT;
    }

    private static ByteBuffer read(FileChannel in, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, at + buffer.position()) < 0) {
                throw new IOException("the journal ended while it was read");
            }
        }
        return buffer.flip();
    }
}
