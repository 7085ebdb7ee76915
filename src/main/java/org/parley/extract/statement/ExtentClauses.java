package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Recognizes a participle of extent ({@code extent-verbs}: stretching, extending, running) that the parser hangs on a
 * trigger verb right after the verb's object, with a phrase of where it reaches ("from", "to", "along", "between",
 * "across", "up to"): "demanded a buffer zone, stretching from A to B", "offered a corridor extending to C". It
 * describes the object, the area or the line asked or offered, so it is content and its places are the statement's.
 * A participle with no such phrase, with an object or a particle ("running a campaign from A", "reaching out to
 * B"), or not right after the object stays out.
 */
final class ExtentClauses {

    private static final WordList EXTENT_VERBS = Lexicon.bundled().list("extent-verbs");
    private static final WordList REACH = Lexicon.bundled().list("reach-prepositions");

    private ExtentClauses() {
    }

    /** The tokens of the extent participles of verb {@code h}'s object; empty when none. */
    static List<Integer> extent(SentenceView s, int h) {
        int object = h < 0 || !s.isVerb(h) ? -1 : s.child(h, "dobj");
        List<Integer> out = new ArrayList<>();
        if (object < 0) {
            return out;
        }
        List<Integer> phrase = s.subtree(object);
        int next = phrase.get(phrase.size() - 1) + 1;
        if (next < s.size() && s.word(next).equals(",")) {
            next++;
        }
        for (int c : s.children(h, "advcl")) {
            if (c == next && s.pos(c).equals("VBG") && EXTENT_VERBS.contains(s.lemma(c))
                    && s.child(c, "dobj", "prt") < 0 && reaches(s, c)) {
                out.addAll(ContentRules.subtree(s, c));
            }
        }
        return out;
    }

    /** Whether the participle has a phrase of where it reaches ("from A", "to B", "along C"). */
    private static boolean reaches(SentenceView s, int participle) {
        return s.children(participle, "prep").stream()
                .anyMatch(p -> REACH.contains(s.word(p).toLowerCase(Locale.ROOT)));
    }
}
