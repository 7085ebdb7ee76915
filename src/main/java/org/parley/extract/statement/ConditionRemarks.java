package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * What the parser hangs inside a condition clause that is no part of it: a remark appended to the sentence, a
 * contrasting clause, a relative clause that sums up what was said, a second reported clause. A trigger there makes a
 * statement of its own ({@link ConditionRules#insideCondition}). Also the condition's clause without them
 * ({@link #clause}), the content of a condition's demand.
 */
final class ConditionRemarks {

    private static final WordList CONTRASTS = Lexicon.bundled().list("contrast-markers");

    private ConditionRemarks() {
    }

    /**
     * The clause of the condition whose top is {@code top}, without its marker ({@code markerLength} tokens from
     * {@code markerFirst}) and, as for any content, without the relative clauses after a comma and the remarks inside
     * it ("until Chad stops arming the rebels, whose raids in Kanem go on": Kanem is no place of the condition); a
     * "who" clause with no comma before it stays, as in a demand's content ("until Niger disarms the fighters who raid
     * Kanem"); nor what the parser hung in it that is no part of it ({@link #inRemark}: "until Quito has shown ...,
     * and that Lima would not discuss the valley" names no place of the condition). The content of the demand of
     * {@link ConditionRules} and of {@link UntilRefusals}.
     */
    static List<Integer> clause(SentenceView s, int top, int markerFirst, int markerLength) {
        Set<Integer> out = new TreeSet<>(ContentRules.subtree(s, top));
        ContentRules.addRestrictiveWho(s, out);
        for (int i = markerFirst; i < markerFirst + markerLength; i++) {
            out.remove(i);
        }
        out.removeIf(i -> s.relation(i).equals("punct") || inRemark(s, top, i));
        return new ArrayList<>(out);
    }

    /**
     * Whether token i lies in a remark, a contrasting clause, a summing-up relative clause or a second reported clause
     * that the parser hung inside the condition whose top is {@code top} ("if the EU imposed sanctions, while Warsaw
     * demanded that ...", "once the truce has held, a condition that Lima rejected").
     */
    static boolean inRemark(SentenceView s, int top, int i) {
        for (int a = i; a >= 0 && a != top; a = s.head(a)) {
            if (Clauses.appendedRemark(s, a) || contrast(s, a) || relativeRemark(s, a) || reportedConjunct(s, a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * ", a condition that Lima's spokeswoman rejected", ", an offer which Quito dismissed": a relative clause with a
     * subject of its own on a noun opened right after a comma, which sums up what was said before it.
     */
    private static boolean relativeRemark(SentenceView s, int clause) {
        int noun = s.head(clause);
        if (!s.relation(clause).equals("relcl") && !s.relation(clause).equals("acl") || !s.isNoun(noun)
                || s.child(clause, "nsubj") < 0) {
            return false;
        }
        int first = s.subtree(noun).stream().filter(i -> !s.relation(i).equals("punct")).findFirst().orElse(noun);
        return first > 0 && s.word(first - 1).equals(",");
    }

    /**
     * "said the army would stay until ..., and that Lima would not discuss the valley": a second reported clause, with
     * "that" and a subject of its own after "and", that the parser joined to the condition's verb.
     */
    private static boolean reportedConjunct(SentenceView s, int clause) {
        int mark = s.child(clause, "mark");
        return s.relation(clause).equals("conj") && mark > 0 && s.word(mark).equals("that")
                && s.word(mark - 1).equals("and") && s.child(clause, "nsubj", "nsubjpass") > mark;
    }

    /** A clause with a subject of its own opened by ", while" or ", though". */
    private static boolean contrast(SentenceView s, int clause) {
        int mark = s.child(clause, "mark");
        return mark > 0 && CONTRASTS.contains(s.word(mark)) && s.word(mark - 1).equals(",")
                && s.child(clause, "nsubj", "nsubjpass") >= 0;
    }
}
