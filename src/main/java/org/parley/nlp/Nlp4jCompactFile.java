package org.parley.nlp;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.template.util.NLPFlag;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file a compactor writes at build time and a model holder reads at start-up: a format string, then Java
 * objects, where every large primitive array is written as its bytes ({@link Nlp4jRawArray}: read back with bulk copies
 * instead of one element at a time). Written to a temporary file and moved over any older one; read back only in the
 * format expected, by the model holders ({@link Nlp4jModels}, {@link Nlp4jNerModels}) through {@link #load}.
 */
final class Nlp4jCompactFile {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.nlp");

    /** What a model holder reads from its file after the format string. */
    interface Contents<T> {
        T read(ObjectInputStream in) throws IOException, ClassNotFoundException;
    }

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

    /**
     * The contents of the classpath file {@code resource} written in {@code format}, read by {@code contents}; logs
     * the time it took, naming {@code what} was loaded.
     *
     * @throws IllegalStateException when the file is missing, in another format or cannot be read
     */
    static <T> T load(String resource, String format, String what, Contents<T> contents) {
        long start = System.nanoTime();
        try (ObjectInputStream in = open(resource, format)) {
            T loaded = contents.read(in);
            LOG.info("loaded {} in {} ms", what, (System.nanoTime() - start) / 1_000_000);
            return loaded;
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException("classpath:" + resource + ": cannot read: " + e, e);
        }
    }

    /**
     * The next object of {@code in}, an NLP4J component, in decoding mode: the flag that puts it there is not
     * serialized, so it is set here, as NLP4J's own loader does.
     */
    @SuppressWarnings("unchecked")
    static OnlineComponent<NLPNode, ?> decoder(ObjectInputStream in) throws IOException, ClassNotFoundException {
        OnlineComponent<NLPNode, ?> component = (OnlineComponent<NLPNode, ?>) in.readObject();
        component.setFlag(NLPFlag.DECODE);
        return component;
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
