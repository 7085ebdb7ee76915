package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Going or coming back that is no return a party offers, for {@code statement.offer.go-back}: reneging ("would go back
 * on its word", "would go back again on the deal": the particle followed, past any adverbs, by a word of
 * {@code reneging-prepositions}) and going back to a hostile act ("would go back to war", "will come back to the
 * fighting": the object of "to" of the {@code hostile-acts} list). "would go back to its bases" and "will come home"
 * are returns. Stateless.
 */
final class ReturnPhrases {

    private static final WordList HOSTILE = Lexicon.bundled().list("hostile-acts");
    private static final WordList RENEGING = Lexicon.bundled().list("reneging-prepositions");

    private ReturnPhrases() {
    }

    /** Whether the verb {@code h} (with its particle) reneges or goes back to a hostile act. */
    static boolean noReturn(SentenceView s, int h) {
        int particle = particle(s, h);
        int next = pastAdverbs(s, particle + 1);
        if (next < s.size() && RENEGING.contains(s.word(next).toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int holder : particle == h ? new int[] {h} : new int[] {h, particle}) {
            for (int p : s.children(holder, "prep")) {
                if (s.word(p).equalsIgnoreCase("to") && HOSTILE.contains(s.lemma(s.child(p, "pobj")))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The verb's particle ("back", "home"): its first child after it by {@code advmod} or {@code prt}, else itself. */
    private static int particle(SentenceView s, int h) {
        for (int c : s.children(h)) {
            if (c > h && (s.relation(c).equals("advmod") || s.relation(c).equals("prt"))) {
                return c;
            }
        }
        return h;
    }

    /** The first token from {@code i} on that is no adverb ("on" of "back again on"); the sentence's size when none. */
    private static int pastAdverbs(SentenceView s, int i) {
        int j = i;
        while (j < s.size() && s.pos(j).startsWith("RB")) {
            j++;
        }
        return j;
    }
}
