package org.parley.extract.mention;

import org.parley.core.Entity;
import org.parley.core.MentionKind;
import org.parley.core.RuleId;

/**
 * A mention found by a rule, before the article's mentions are put in text order without overlaps.
 *
 * @param begin      body offset of its first character
 * @param end        body offset after its last character
 * @param sentence   index of its sentence
 * @param entity     the entity it refers to
 * @param kind       how it names the entity
 * @param confidence 0..1
 * @param rule       the rule that found it
 */
record Candidate(int begin, int end, int sentence, Entity entity, MentionKind kind, double confidence, RuleId rule) {

    boolean overlaps(int b, int e) {
        return begin < e && b < end;
    }

    /** The same span and confidence, read as {@code entity} by another rule. */
    Candidate as(Entity other, MentionKind otherKind, RuleId otherRule) {
        return new Candidate(begin, end, sentence, other, otherKind, confidence, otherRule);
    }
}
