package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Whether the owner found for a nominal trigger through a group or person description in the possessive ("the
 * coalition's offer", "the envoy's plan", "the council's demand") is a guess from focus alone: the description named
 * no party of its kind or title, so {@link Descriptions} fell back on the latest organization or person in focus.
 * A proposal so owned is often a third party's (a mediator's plan, an alliance's offer) that the article has not
 * named, so the party in focus is no maker. A state description ("the kingdom's plan", "the government's demand")
 * stands for the state in focus and is kept, as is an owner resolved by kind ("the rebels' demands" after an armed
 * group), by title ("the president's offer" after a president) or in the same sentence. Stateless.
 */
final class GuessedOwners {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList STATE_DESCRIPTIONS = LEXICON.list("state-descriptions");
    private static final WordList GROUP_DESCRIPTIONS = LEXICON.list("group-descriptions");
    private static final WordList PERSON_DESCRIPTIONS = LEXICON.list("person-descriptions");

    /** The suffix {@link Parties#modifierOwner} and {@link Descriptions} give an owner found by focus alone. */
    private static final String FOCUS_ONLY = "-possessor-description";

    private GuessedOwners() {
    }

    /** Whether {@code owner}, found for the noun at {@code noun}, is a group or person description's focus guess. */
    static boolean guessed(SentenceView s, int noun, Party owner) {
        if (owner == null || !owner.rule().id().endsWith(FOCUS_ONLY)) {
            return false;
        }
        int poss = s.child(noun, "poss");
        if (poss < 0) {
            return false;
        }
        String l = s.lemma(poss);
        return !STATE_DESCRIPTIONS.contains(l) && (GROUP_DESCRIPTIONS.contains(l) || PERSON_DESCRIPTIONS.contains(l));
    }
}
