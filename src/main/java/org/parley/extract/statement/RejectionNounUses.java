package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Whether a noun of the rejection-nouns list names a refusal of its own (condition {@code rejection-noun-use} of
 * statement.rejection.noun): "its refusal to sign", "the rejection of the plan", "voiced its opposition to the
 * deal". It does not where "opposition" names a political camp rather than a stance, with no "to" after it ("the
 * unionist opposition refused"); where "reservation" names land ("the reservations of the north"); where the noun is
 * what a verb of the stance-dropping-verbs list gives up ("dropped its objection to the treaty"); nor where a bare
 * definite noun, with no owner and no complement, points back to a refusal told before ("confirmed the rejection",
 * "the refusal means more delay"). Stateless.
 */
final class RejectionNounUses {

    private static final WordList DROPPING = Lexicon.bundled().list("stance-dropping-verbs");
    private static final WordList POINTING_BACK = Lexicon.bundled().list("pointing-back-determiners");
    private static final WordList COMPLEMENTS = Lexicon.bundled().list("rejection-noun-complements");

    private RejectionNounUses() {
    }

    /** Condition {@code rejection-noun-use}: the rejection noun {@code h} names a refusal of its own. */
    static boolean test(SentenceView s, int h) {
        String lemma = s.lemma(h).toLowerCase(Locale.ROOT);
        String next = h + 1 < s.size() ? s.word(h + 1).toLowerCase(Locale.ROOT) : "";
        if (lemma.equals("opposition")) {
            return next.equals("to");
        }
        if (lemma.startsWith("reservation") && next.equals("of")) {
            return false;
        }
        if (s.relation(h).equals("dobj") && DROPPING.contains(s.lemma(s.head(h)))) {
            return false;
        }
        return !pointsBack(s, h, next);
    }

    /** A bare definite noun: "the", "this" or "that" before it, no owner, no complement after it. */
    private static boolean pointsBack(SentenceView s, int h, String next) {
        int det = s.child(h, "det");
        if (det < 0 || !POINTING_BACK.contains(s.word(det).toLowerCase(Locale.ROOT)) || s.child(h, "poss") >= 0) {
            return false;
        }
        return !COMPLEMENTS.contains(next) && s.child(h, "acl", "prep") < 0;
    }
}
