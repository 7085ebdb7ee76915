package org.parley.serve;

import java.util.List;

/**
 * Where the write endpoint hands each upload: something that reads, extracts and stores articles while the store
 * is served. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ArticleIntake {

    /** What one upload gave: articles stored, inputs skipped (one line each), and a one-line summary. */
    record Report(long stored, List<String> skipped, String summary) {
        public Report {
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Ingests one uploaded file.
     *
     * @param name    the file's name; its extension chooses the reader, as for {@code parley ingest}
     * @param content the file's bytes
     */
    Report ingest(String name, byte[] content);
}
