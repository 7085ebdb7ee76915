package org.parley.core;

import java.util.Objects;

/**
 * A trigger the extractor found and then dropped by a named rule ({@code statement.skip.*}): the statement it did not
 * make. Kept beside the statements of an {@link ArticleExtraction} for the evaluation (how often a drop is right),
 * never written to the graph.
 *
 * @param rule          the id of the rule that dropped it
 * @param kind          the kind the trigger signalled
 * @param sentenceIndex the index of its sentence
 * @param evidence      the offsets of its sentence in the body
 * @param cue           the trigger words as written ("agreed", "called on")
 */
public record DroppedTrigger(String rule, StatementKind kind, int sentenceIndex, CharSpan evidence, String cue) {

    public DroppedTrigger {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(cue, "cue");
    }
}
