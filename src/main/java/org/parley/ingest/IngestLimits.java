package org.parley.ingest;

/**
 * Size limits for reading articles: a larger file (for JSON Lines: a larger line) or a longer
 * body is reported as an input problem and skipped.
 *
 * @param maxFileBytes   most bytes read from one file (one line of a JSON Lines file); positive
 * @param maxBodyChars   most characters in one article body; positive
 */
public record IngestLimits(long maxFileBytes, int maxBodyChars) {

    /** 20 MiB per file, 200,000 characters per body. */
    public static final IngestLimits DEFAULT = new IngestLimits(20L * 1024 * 1024, 200_000);

    public IngestLimits {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        if (maxBodyChars <= 0) {
            throw new IllegalArgumentException("maxBodyChars must be positive: " + maxBodyChars);
        }
    }
}
