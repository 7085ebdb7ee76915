package org.parley.catalog;

import java.util.Objects;

/**
 * One problem found in catalog files, printed as one line {@code file:line: error: message}.
 *
 * @param file     file or resource name
 * @param line     1-based line, 0 when the problem concerns the whole file
 * @param severity error (the catalog must not ship with it) or warning (worth a look)
 * @param message  what is wrong and, where useful, what was expected
 */
public record CatalogProblem(String file, int line, Severity severity, String message) {

    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    public CatalogProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
