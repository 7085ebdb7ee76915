package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A part between others a party says it would play, an offer: "Qatar would act as a mediator", "Norway could serve
 * as host", "the bishop would take on the role of mediator". The verb (its modal is the rule's) has an "as" phrase, or
 * a "role" or "part" object ({@code role-nouns}) with an "of" phrase, whose noun is in the offered-roles list;
 * "would act as a buffer" and "would take on the role of leader" are none.
 */
final class OfferedRoles {

    private static final WordList ROLES = Lexicon.bundled().list("offered-roles");
    private static final WordList ROLE_NOUNS = Lexicon.bundled().list("role-nouns");

    private OfferedRoles() {
    }

    static boolean test(SentenceView s, int verb) {
        if (roleIn(s, verb, "as")) {
            return true;
        }
        int object = s.child(verb, "dobj");
        return object >= 0 && ROLE_NOUNS.contains(s.lemma(object))
                && roleIn(s, object, "of");
    }

    private static boolean roleIn(SentenceView s, int holder, String preposition) {
        return s.children(holder, "prep").stream().anyMatch(p -> s.word(p).equals(preposition)
                && s.listed(ROLES, s.child(p, "pobj")));
    }
}
