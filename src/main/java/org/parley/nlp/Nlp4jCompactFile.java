package org.parley.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file a compactor writes at build time and a model holder reads at start-up: a format string, then Java
 * objects, where every large primitive array is written as its bytes ({@link Nlp4jRawArray}: read back with bulk copies
 * instead of one element at a time). Written to a temporary file and moved over any older one; read back only in the
 * format expected.
 */
final class Nlp4jCompactFile {

    private Nlp4jCompactFile() {
    }

    /** Whether {@code file} exists and is written in {@code format} (a compactor then has nothing to do). */
    static boolean current(Path file, String format) {
        if (!Files.exists(file)) {
            return false;
        }
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
            return format.equals(in.readUTF());
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes {@code format} then {@code parts} to {@code out}, replacing it whole; prints its size and time. */
    static void write(Path out, String format, long startNanos, Object... parts) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (ObjectOutputStream o = new RawArrayOutput(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            o.writeUTF(format);
            for (Object part : parts) {
                o.writeObject(part);
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("wrote %s (%d MB) in %d s%n", out, Files.size(out) >> 20, (System.nanoTime() - startNanos) / 1_000_000_000);
    }

    /**
     * The classpath file {@code resource}, positioned after its format string.
     *
     * @throws IllegalStateException when it is missing or written in another format than {@code format}
     */
    static ObjectInputStream open(String resource, String format) throws IOException {
        InputStream raw = Nlp4jCompactFile.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("classpath:" + resource
                    + ": not found; the build writes it (mvn process-classes) from the nlp4j-english jar");
        }
        ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(raw, 1 << 16));
        String found = in.readUTF();
        if (!found.equals(format)) {
            in.close();
            throw new IllegalStateException("classpath:" + resource + ": format " + found + ", expected " + format
                    + " (rebuild: mvn clean package)");
        }
        return in;
    }

    /** Java serialization that writes large primitive arrays as {@link Nlp4jRawArray}s. */
    private static final class RawArrayOutput extends ObjectOutputStream {

        RawArrayOutput(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            return Nlp4jRawArray.replace(object);
        }
    }
}
