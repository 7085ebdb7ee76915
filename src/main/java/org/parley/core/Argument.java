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
 */
public record Argument(ArgumentRole role, Entity entity, CharSpan span, boolean inferred) {

    public Argument {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(entity, "entity");
    }
}
