package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Going or coming back that is no return a party offers, for {@code statement.offer.go-back}: reneging ("would go back
 * on its word", the particle followed by "on" or "upon") and going back to a hostile act ("would go back to war", "will
 * come back to the fighting": the object of "to" of the {@code hostile-acts} list). "would go back to its bases" and
 * "will come home" are returns. Stateless.
 */
final class ReturnPhrases {

    private static final WordList HOSTILE = Lexicon.bundled().list("hostile-acts");

    private ReturnPhrases() {
    }

    /** Whether the verb {@code h} (with its particle after it) reneges or goes back to a hostile act. */
    static boolean noReturn(SentenceView s, int h) {
        if (h + 2 < s.size()) {
            String after = s.word(h + 2).toLowerCase(Locale.ROOT);
            if (after.equals("on") || after.equals("upon")) {
                return true;
            }
        }
        for (int holder : new int[] {h, h + 1}) {
            if (holder >= s.size() || holder != h && s.head(holder) != h) {
                continue;
            }
            for (int p : s.children(holder, "prep")) {
                if (s.word(p).equalsIgnoreCase("to") && HOSTILE.contains(s.lemma(s.child(p, "pobj")))) {
                    return true;
                }
            }
        }
        return false;
    }
}
