package org.parley.core;

/** The part an entity plays in a statement. */
public enum ArgumentRole {
    /** Who makes the demand, offer or rejection. */
    BY,
    /** To whom it is addressed: the party asked to act or to accept. */
    TO,
    /** A place named inside the demanded or offered content. */
    REGION,
    /** An organization named inside the demanded or offered content. */
    ORGANIZATION;

    public String label() {
        return name().toLowerCase();
    }
}
