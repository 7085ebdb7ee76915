package org.parley.core;

/** The three kinds of proposal statement. */
public enum StatementKind {
    DEMAND, OFFER, REJECTION;

    /** {@code demand}, {@code offer} or {@code rejection}. */
    public String label() {
        return name().toLowerCase();
    }
}
