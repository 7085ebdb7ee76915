package org.parley.store;

import java.nio.file.Path;

/** TDB2 could not open the store's folder (other than because another process holds it): one line naming the folder. */
public final class StoreOpenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    StoreOpenException(Path folder, Throwable cause) {
        super(folder + ": cannot open the store: " + describe(cause), cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElseThrow();
    }
}
