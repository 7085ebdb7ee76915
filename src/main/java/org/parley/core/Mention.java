package org.parley.core;

import java.util.Objects;

/**
 * A span of an article body that refers to an entity.
 *
 * @param span          character offsets into the body
 * @param text          the covered text
 * @param sentenceIndex index of the sentence it is in
 * @param entity        the entity it refers to (resolved); never null
 * @param kind          how it names the entity
 * @param confidence    0..1, the finder's confidence
 * @param rule          the rule that found the span and chose its entity
 */
public record Mention(CharSpan span, String text, int sentenceIndex, Entity entity, MentionKind kind,
                      double confidence, RuleId rule) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
