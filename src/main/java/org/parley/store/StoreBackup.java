package org.parley.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Backups of a store as gzipped N-Quads, and stores rebuilt from them. A backup is written inside one read
 * transaction, so it is a consistent snapshot even while a server writes new articles to the store.
 *
 * <pre>{@code
 * StoreBackup.writeFile(store, Path.of("parley-store.nq.gz"));
 * StoreBackup.restore(Path.of("parley-store.nq.gz"), Path.of("restored-store"));
 * }</pre>
 */
public final class StoreBackup {

    private StoreBackup() {
    }

    /**
     * Writes every quad of {@code store} to {@code out} as gzipped N-Quads, in one read transaction; leaves {@code out}
     * open. Returns the number of quads.
     */
    public static long write(Tdb2GraphStore store, OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        long quads = store.calculateRead(dsg -> {
            StreamRDF writer = StreamRDFWriter.getWriterStream(gz, Lang.NQUADS);
            writer.start();
            long n = 0;
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); n++) {
                writer.quad(it.next());
            }
            writer.finish();
            return n;
        });
        gz.finish();
        gz.flush();
        return quads;
    }

    /** Writes a backup of {@code store} to {@code file} (whole or not at all: through a temporary file); returns the quads. */
    public static long writeFile(Tdb2GraphStore store, Path file) throws IOException {
        Path tmp = temporaryBeside(file);
        try {
            long quads;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                quads = write(store, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return quads;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Copies a backup arriving on {@code in} to {@code file}, whole or not at all; returns the bytes copied. */
    public static long copyToFile(InputStream in, Path file) throws IOException {
        Path tmp = temporaryBeside(file);
        try {
            long bytes = Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return bytes;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Builds a store in the empty (or missing) folder {@code folder} from a backup, with the TDB2 bulk loader; returns
     * the number of quads loaded.
     *
     * @throws IllegalStateException when the folder already holds a store with data
     */
    public static long restore(Path backup, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(backup)), 1 << 16)) {
            return BulkLoad.loadIntoEmptyStore(folder, AsyncParser.asyncParseQuads(in, Lang.NQUADS, null));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Path temporaryBeside(Path file) {
        Path name = file.getFileName();
        return file.resolveSibling("." + (name == null ? "backup" : name.toString()) + ".part");
    }
}
