package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Whether what a party says it will fight, challenge or block "any" of is an act or a measure (condition
 * {@code any-act-object} of statement.rejection.oppose-any): "would challenge any transfer of the land", "will block
 * any resolution that names the army". Not where the object is a party or a person, a threat to fight them ("would
 * fight any invader who crossed the river": a party-like noun, or one a relative clause opened by "who" or "whom"
 * describes), nor a hostile act of the hostile-acts list ("would fight any attack"), which warns of defence and
 * refuses no proposal. Stateless.
 */
final class AnyActObjects {

    private static final WordList HOSTILE = Lexicon.bundled().list("hostile-acts");

    private AnyActObjects() {
    }

    /** Condition {@code any-act-object}: the object of the verb {@code h} is an act or a measure, no party. */
    static boolean test(SentenceView s, int h) {
        int object = s.child(h, "dobj");
        if (object < 0 || PartyObject.test(s, h) || HOSTILE.contains(s.lemma(object))
                || HOSTILE.contains(s.word(object).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return s.children(object, "relcl").stream().noneMatch(c -> personal(s, s.child(c, "nsubj", "dobj")));
    }

    private static boolean personal(SentenceView s, int pronoun) {
        String w = pronoun >= 0 ? s.word(pronoun).toLowerCase(Locale.ROOT) : "";
        return w.equals("who") || w.equals("whom");
    }
}
