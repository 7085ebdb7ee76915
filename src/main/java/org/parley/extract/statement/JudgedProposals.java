package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Recognizes the proposal a rejection's verdict or label is said of, where it stands outside the label's own phrase:
 * the object of a verb of labelling, beside which the label stands ("branded the plan for A a trap", "called the
 * vote in A a sham", "described the offer of talks in A as a trap"), or the subject of a linking verb other than
 * "be", before the verdict or before "as" and the verdict ("the proposal for a port in A seemed unworkable", "the
 * plan for A could not serve as the basis for talks"), or of a verb of labelling in the passive ("the plan for A was
 * deemed unfair"). What is judged is what is rejected, so its places are the
 * rejection's places. A party labelled ("called Russia a threat") is no proposal.
 */
final class JudgedProposals {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList LABEL_VERBS = LEXICON.list("label-verbs");
    private static final WordList LINKING_VERBS = LEXICON.list("linking-verbs");

    private JudgedProposals() {
    }

    /** The tokens of the proposal judged by the verdict or label {@code h} of a rejection; empty when none. */
    static List<Integer> judged(SentenceView s, int h, StatementKind kind) {
        if (kind != StatementKind.REJECTION || h < 0) {
            return List.of();
        }
        int verdict = afterAs(s, h) ? s.head(h) : h;
        int verb = s.head(verdict);
        if (verb < 0 || !s.isVerb(verb)) {
            return labelledObject(s, h);
        }
        String r = s.relation(verdict);
        if (verdict == h && !(r.equals("acomp") || r.equals("oprd") || r.equals("attr"))) {
            return List.of();
        }
        int object = s.child(verb, "dobj");
        if (LABEL_VERBS.contains(s.lemma(verb)) && object >= 0 && object < h) {
            return thing(s, object, objectPhrase(s, verb, object, h));
        }
        int subject = s.child(verb, "nsubj", "nsubjpass");
        boolean linking = LINKING_VERBS.contains(s.lemma(verb)) && !s.lemma(verb).equals("be")
                || LABEL_VERBS.contains(s.lemma(verb)) && s.child(verb, "nsubjpass") >= 0; // "was deemed unfair"
        return linking && subject >= 0 ? thing(s, subject, ContentRules.subtree(s, subject)) : List.of();
    }

    /** Whether a token of the content lies in the proposal a rejection judges (for its places' rule id). */
    static boolean inJudged(SentenceView s, Frame f, int token) {
        return judged(s, f.head(), f.kind()).contains(token);
    }

    /** "as a trap": the verdict after "as", the preposition then standing for it on the verb. */
    private static boolean afterAs(SentenceView s, int h) {
        int gov = s.head(h);
        return gov >= 0 && s.relation(h).equals("pobj") && s.word(gov).equalsIgnoreCase("as");
    }

    /**
     * "branded the plan for A a trap": the label set beside the object, or beside a noun in a phrase of it; the
     * object without the label.
     */
    private static List<Integer> labelledObject(SentenceView s, int h) {
        int n = s.head(h);
        if (n < 0 || !(s.relation(h).equals("appos") || s.relation(h).equals("conj") && s.child(n, "cc") < 0)) {
            return List.of();
        }
        while (n >= 0 && (s.relation(n).equals("pobj") || s.relation(n).equals("prep"))) {
            n = s.head(n);
        }
        int verb = n < 0 ? -1 : s.head(n);
        if (verb < 0 || !s.relation(n).equals("dobj") || !LABEL_VERBS.contains(s.lemma(verb))) {
            return List.of();
        }
        List<Integer> object = new ArrayList<>(ContentRules.subtree(s, n));
        object.removeAll(s.subtree(h));
        return thing(s, n, object);
    }

    /**
     * "called the vote in A a sham": the object and the phrases the parser hangs on the verb between the object and
     * the label, which belong to the object.
     */
    private static List<Integer> objectPhrase(SentenceView s, int verb, int object, int h) {
        List<Integer> out = new ArrayList<>(ContentRules.subtree(s, object));
        for (int c : s.children(verb, "prep")) {
            if (c > object && c < h && !s.word(c).equalsIgnoreCase("as")) {
                out.addAll(ContentRules.subtree(s, c));
            }
        }
        return out;
    }

    /** The tokens, when their head is a noun and no party ("called Russia a threat", "they seemed unwilling"). */
    private static List<Integer> thing(SentenceView s, int head, List<Integer> tokens) {
        return s.isNoun(head) && !Conditions.partyLike(s, head) ? tokens : List.of();
    }
}
