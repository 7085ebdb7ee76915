package org.parley.core;

import java.util.Objects;

/**
 * A link from one statement to another of the same article.
 *
 * @param type     what the link means
 * @param targetId the {@link Statement#id()} of the other statement
 * @param rule     the rule that made the link
 */
public record StatementLink(Type type, String targetId, RuleId rule) {

    public enum Type {
        /** This demand is the condition of the target offer ("if Y does A, X will B"). */
        CONDITION_OF,
        /** This offer is made on the target demand as its condition. */
        CONDITIONAL_ON,
        /** This rejection answers the target demand or offer. */
        ANSWERS
    }

    public StatementLink {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(rule, "rule");
    }
}
