package org.parley.core;

/** Context of a statement, kept as data. */
public enum StatementFlag {
    /** "did not demand", "no longer insists". */
    NEGATED,
    /** "would offer", "might propose", conditional content. */
    HYPOTHETICAL,
    /** Attributed by a third party: "according to officials, X demanded". */
    REPORTED,
    /** Announced for later: "will demand". */
    FUTURE
}
