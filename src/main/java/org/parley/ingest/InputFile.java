package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to read articles from, wherever it is stored: a local path here, a file of HDFS or an object store in the
 * Spark job. The readers need no more than its name, its size and its bytes.
 *
 * <pre>{@code new JsonArticleReader().read(InputFile.of(Path.of("feed.jsonl")), articles::add, problems::add);}</pre>
 */
public interface InputFile {

    /** Where the file is, for messages: the path as given, or a URI. */
    String location();

    /** The file's base name with its extension: {@code feed.jsonl}. */
    String name();

    /** Its size in bytes. */
    long size() throws IOException;

    /** A new stream over its bytes; the caller closes it. */
    InputStream open() throws IOException;

    /** The local file {@code path}. */
    static InputFile of(Path path) {
        return new Local(path);
    }

    /** A file of the default file system, named in messages as the path was given. */
    record Local(Path path) implements InputFile {

        public Local {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String location() {
            return path.toString();
        }

        @Override
        public String name() {
            Path name = path.getFileName();
            return name == null ? path.toString() : name.toString();
        }

        @Override
        public long size() throws IOException {
            return Files.size(path);
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }
}
