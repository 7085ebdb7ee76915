package org.parley.catalog;

import java.util.Objects;

/**
 * A catalog entry with the file and line it was read from, for diagnostics.
 *
 * @param entry the entry
 * @param file  file or resource name as given to the reader
 * @param line  1-based line number
 */
public record LocatedEntry(CatalogEntry entry, String file, int line) {

    public LocatedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(file, "file");
    }

    /** {@code file:line}, the prefix of every diagnostic about this entry. */
    public String where() {
        return file + ":" + line;
    }
}
