package org.parley.core;

import java.util.Objects;

/**
 * One argument of a statement.
 *
 * @param role     its part in the statement
 * @param entity   the entity; never null
 * @param span     the mention's offsets in the body, or null when inferred without a mention
 * @param inferred true when resolved from an unnamed reference ("the four annexed regions")
 *                 or from context rather than named in the sentence
 * @param rule     the rule that chose this entity for this role
 */
public record Argument(ArgumentRole role, Entity entity, CharSpan span, boolean inferred, RuleId rule) {

    public Argument {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(rule, "rule");
    }
}
