package org.parley.extract.statement;

import java.util.Locale;
import java.util.Set;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A condition put as a missing thing at the head of a reported sentence: "Without a written pledge, the minister
 * said, Peru saw no reason to return", "Absent those guarantees, the envoy said, the sanctions would be reimposed".
 * What the speaker's side will not do (or the blow it will strike) while the thing is missing asks for that thing:
 * a demand by whoever reports it ({@code condition.without}). Only sentence-initial "without" or "absent" counts,
 * and only over a reported main clause that refuses or is negated ("saw no reason", "no fighter would lay down
 * arms", "would not sign") or that names a hostile act; "Without electricity, hospitals cannot run" (nobody
 * reports it) and "Without US help, Kyiv would win anyway" (nothing refused) ask for nothing.
 */
final class Absences {

    static final RuleId RULE = RuleId.of("condition.without");
    private static final Set<String> MARKERS = Set.of("without", "absent");
    private static final WordList HOSTILE = Lexicon.bundled().list("hostile-acts");

    private Absences() {
    }

    /** Whether the sentence opens with "Without" or "Absent": worth a parse though it may hold no trigger word. */
    static boolean mayHold(SentenceView s) {
        return s.size() > 3 && MARKERS.contains(s.word(0).toLowerCase(Locale.ROOT));
    }

    /**
     * The condition at the head of the sentence as {top, main}: the missing thing's noun and the verb of the clause
     * it conditions; null when the sentence does not open so, or the main clause is not reported, or refuses nothing.
     */
    static int[] site(SentenceView s) {
        if (!mayHold(s)) {
            return null;
        }
        int top = s.child(0, "pobj", "dep");
        int main = s.head(0);
        if (top < 0 || main < 0 || !s.isVerb(main)) {
            return null;
        }
        int reported = s.child(main, "ccomp");
        if (Clauses.reporter(s, main) < 0 && reported > 0 && s.isVerb(reported)) {
            main = reported; // "Without X, Tarar said, Pakistan saw no reason": the parser hangs it on "said"
        }
        boolean refusing = Conditions.negated(s, main) || Conditions.negated(s, s.child(main, "dobj"))
                || Conditions.negated(s, s.child(main, "nsubj", "nsubjpass"))
                || hostile(s, main) || hostile(s, s.child(main, "dobj", "nsubjpass"));
        return Clauses.speaker(s, main) >= 0 && refusing ? new int[] {top, main} : null;
    }

    /** A word of the hostile-acts list: "troops would attack", "would order strikes". */
    private static boolean hostile(SentenceView s, int i) {
        return i >= 0 && (HOSTILE.contains(s.lemma(i)) || HOSTILE.contains(s.word(i).toLowerCase(Locale.ROOT)));
    }
}
