package org.parley.extract.mention;

import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.RuleId;

/**
 * What the typing rules made of a phrase: an entity type (or an entity, for "the Chinese Government"), no entity at
 * all ("Red Sea"), or undecided (left for the article's other mentions to resolve).
 *
 * @param outcome    which of the three
 * @param type       the type, when typed
 * @param confidence 0..1, when typed
 * @param entity     the entity, when the rule names one; else null (an entity is minted from the phrase)
 * @param rule       the rule that decided, or null when none did
 */
record PhraseTyping(Outcome outcome, EntityType type, double confidence, Entity entity, RuleId rule) {

    enum Outcome { TYPED, NOT_AN_ENTITY, UNDECIDED }

    /** No rule decided. */
    static final PhraseTyping UNDECIDED = new PhraseTyping(Outcome.UNDECIDED, null, 0, null, null);

    boolean typed() {
        return outcome == Outcome.TYPED;
    }

    boolean notAnEntity() {
        return outcome == Outcome.NOT_AN_ENTITY;
    }

    boolean undecided() {
        return outcome == Outcome.UNDECIDED;
    }
}
