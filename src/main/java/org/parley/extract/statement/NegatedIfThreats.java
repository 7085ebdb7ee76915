package org.parley.extract.statement;

import java.util.Locale;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A threat told as what follows under a negated "if" or under "unless": "the region would lose the outlet for its oil
 * if its leaders did not take the vote back", "the truce would collapse if Turkey did not pull its troops out", "the
 * offer expires unless Peru signs by Friday", "the dockers will walk out unless the port authority restores the
 * shift". Such an "if ... not" is an "unless": the condition is what the one who reports it asks of the condition's
 * subject, and the main clause, what happens when it is not done, is no promise. {@link ConditionRules} makes the
 * demand only, also over a main clause that is neither a party's act nor a refusal ("would lose", "would collapse",
 * "expires", a walkout of people no party names), provided the condition's subject is a party: "the harvest would
 * fail if the rains did not come" and "the truce will fail unless the rains come" ask nothing. Sentences with a modal
 * of the future before such an "if" or "unless" are parsed for it ({@link #mayHold}). Stateless.
 */
final class NegatedIfThreats {

    static final RuleId RULE = RuleId.of("condition.if-not");
    static final RuleId UNLESS = RuleId.of("condition.unless-threat");
    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList NEGATIONS = LEXICON.list("negations");
    private static final WordList FUTURE = LEXICON.list("future-modals");

    private NegatedIfThreats() {
    }

    /** Whether the condition opened by the one-word marker at {@code marker} is "unless" or "if" over a negation. */
    static boolean threat(SentenceView s, int marker, int markerLength, int top) {
        return markerLength == 1 && (unless(s, marker)
                || s.word(marker).equalsIgnoreCase("if") && Conditions.negated(s, top));
    }

    /**
     * The rule of the demand a threat's condition makes: an "unless" over a main clause that no party acts in and no
     * trigger made a statement of ({@code judged}: "the offer expires unless ...") is this class's; over a party's
     * act it stays the condition rule's ({@code clause}) that always read it.
     */
    static RuleId rule(SentenceView s, int marker, boolean judged, RuleId clause) {
        return !unless(s, marker) ? RULE : judged ? UNLESS : clause;
    }

    private static boolean unless(SentenceView s, int marker) {
        return s.word(marker).equalsIgnoreCase("unless");
    }

    /**
     * Whether the sentence has a modal of the future ("would", "will") and, after it, "unless" or an "if" whose clause,
     * up to the next comma or stop, holds a negation ("if its leaders did not", "if Kiev doesn't"): worth a parse.
     */
    static boolean mayHold(SentenceView s) {
        boolean future = false;
        for (int i = 0; i < s.size(); i++) {
            String w = s.word(i).toLowerCase(Locale.ROOT);
            if (future && (w.equals("unless") || w.equals("if") && negatedAhead(s, i + 1))) {
                return true;
            }
            future |= FUTURE.contains(w);
        }
        return false;
    }

    private static boolean negatedAhead(SentenceView s, int from) {
        for (int i = from; i < s.size(); i++) {
            String w = s.word(i).toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";") || w.equals(".")) {
                return false;
            }
            if (!w.equals("no") && NEGATIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
