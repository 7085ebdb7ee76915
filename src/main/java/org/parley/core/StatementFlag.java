package org.parley.core;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Context of a statement, kept as data. */
public enum StatementFlag {
    /** "did not demand", "no longer insists". */
    NEGATED,
    /** "would offer", "might propose", conditional content. */
    HYPOTHETICAL,
    /** Attributed by a third party: "according to officials, X demanded". */
    REPORTED,
    /** Announced for later: "will demand". */
    FUTURE;

    /**
     * An unmodifiable copy of {@code flags} that iterates in declaration order, the same in every run (a
     * {@code Set.copyOf} iterates in an order that changes from one JVM to the next).
     */
    public static Set<StatementFlag> inOrder(Collection<StatementFlag> flags) {
        return flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }
}
