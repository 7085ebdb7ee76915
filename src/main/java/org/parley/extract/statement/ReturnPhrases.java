package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Going or coming back that is no return a party offers, for {@code statement.offer.go-back}: reneging ("would go back
 * on its word", "would go back again on the deal": the particle "back" followed, past any adverbs, by a word of
 * {@code reneging-prepositions} whose object is no date) and going back to a hostile act ("would go back to war",
 * "will come back to the fighting": the object of "to" of the {@code hostile-acts} list). "would go back to its
 * bases", "will come home on Friday" and "will come back on 12 May" are returns. Stateless.
 */
final class ReturnPhrases {

    private static final WordList HOSTILE = Lexicon.bundled().list("hostile-acts");
    private static final WordList RENEGING = Lexicon.bundled().list("reneging-prepositions");
    private static final WordList PARTICLES = Lexicon.bundled().list("reneging-particles");

    private ReturnPhrases() {
    }

    /** Whether the verb {@code h} (with its particle) reneges or goes back to a hostile act. */
    static boolean noReturn(SentenceView s, int h) {
        int particle = particle(s, h);
        int next = pastAdverbs(s, particle + 1);
        if (next < s.size() && reneges(s, h, next)) {
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

    /**
     * "go back on its word", "come back again upon the deal": a preposition of {@code reneging-prepositions} after a
     * word of {@code reneging-particles} ("back") between the verb {@code h} and it; not "come home on Friday" nor
     * "come back on 12 May" (a return with its date).
     */
    private static boolean reneges(SentenceView s, int h, int prep) {
        if (!RENEGING.contains(s.word(prep).toLowerCase(Locale.ROOT)) || Clauses.date(s, s.child(prep, "pobj"))) {
            return false;
        }
        for (int k = h + 1; k < prep; k++) {
            if (PARTICLES.contains(s.word(k).toLowerCase(Locale.ROOT))) {
                return true;
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
