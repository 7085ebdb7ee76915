package org.parley.extract.statement;

import java.util.Objects;
import org.parley.core.Argument;
import org.parley.core.ArgumentRole;
import org.parley.core.CharSpan;
import org.parley.core.Entity;
import org.parley.core.RuleId;

/**
 * An entity found for a role of a statement, with the span of the mention that names it (null when it was inferred
 * from a pronoun, a description or the context) and the rule that found it.
 *
 * @param entity   the entity
 * @param span     the naming mention's offsets, or null
 * @param inferred true when no mention in the sentence names it
 * @param rule     the rule that chose it
 */
record Party(Entity entity, CharSpan span, boolean inferred, RuleId rule) {

    Party {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(rule, "rule");
    }

    /** The party named by a mention of the sentence. */
    static Party named(SentenceView.Placed p, RuleId rule) {
        return new Party(p.entity(), p.mention().span(), false, rule);
    }

    /** The same party found by another rule. */
    Party by(RuleId other) {
        return new Party(entity, span, inferred, other);
    }

    boolean same(Party other) {
        return other != null && entity.key().equals(other.entity.key());
    }

    Argument argument(ArgumentRole role) {
        return new Argument(role, entity, span, inferred, rule);
    }
}
