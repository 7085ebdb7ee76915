package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The act a condition clause waits for, which no party states: the verb of a clause a condition marker opens ("until
 * Azerbaijan agreed to a pullback", "if Tonga commits to it") or of an inverted condition, "should" before its subject
 * ("would host a new round should the two governments want one", "Should Chad agree to it, Niger would ..."). A
 * clause that only says what a party "should" do ("Chad should withdraw") has the subject first and is none. Stateless.
 */
final class AwaitedActs {

    private static final WordList CONDITION_MARKERS = Lexicon.bundled().list("condition-markers");

    private AwaitedActs() {
    }

    /** Whether the verb {@code h} is what a condition waits for (a marked or an inverted condition clause). */
    static boolean awaited(SentenceView s, int h) {
        return s.relation(h).equals("advcl") && s.children(h, "mark").stream()
                .anyMatch(m -> CONDITION_MARKERS.contains(s.word(m).toLowerCase(Locale.ROOT))) || inverted(s, h);
    }

    /**
     * "... should the two governments want one": a verb hung on another (an adverbial clause or, as the parser often
     * reads it, a conjunct) whose auxiliary "should" stands before its subject.
     */
    static boolean inverted(SentenceView s, int h) {
        String relation = s.relation(h);
        if (!relation.equals("advcl") && !relation.equals("conj")) {
            return false;
        }
        int subject = s.child(h, "nsubj", "nsubjpass");
        return subject >= 0 && s.children(h, "aux").stream()
                .anyMatch(a -> a < subject && s.word(a).toLowerCase(Locale.ROOT).equals("should"));
    }
}
