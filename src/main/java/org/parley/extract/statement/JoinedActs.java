package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Recognizes a second act joined to an offer's trigger verb: "would accept the result and would travel to A",
 * "would free the prisoners and reopen the road to B". A verb in the base form conjoined to the trigger with no
 * subject of its own, under a modal of an act to come ({@code future-modals}) of its own or of the trigger's, is a
 * further act the same party promises, so its complements are content. Not a verb in the past ("offered talks and
 * sent troops to A": a fact, no promise), a negated one, one with a subject of its own (another clause), a hostile
 * act or a threat ("would sign and strike A if"), nor any verb joined to a demand or a rejection (the maker's own
 * act beside what it asks or turns down: "rejected the plan and flew to A").
 */
final class JoinedActs {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList HOSTILE = LEXICON.list("hostile-acts");
    private static final WordList THREATS = LEXICON.list("threat-verbs");

    private JoinedActs() {
    }

    /** The verbs joined to offer trigger verb {@code h} as further acts promised; empty when none. */
    static List<Integer> joined(SentenceView s, int h, StatementKind kind) {
        List<Integer> out = new ArrayList<>();
        if (kind != StatementKind.OFFER || h < 0 || !s.isVerb(h)) {
            return out;
        }
        boolean modal = Modals.hasFuture(s, h);
        for (int c : s.children(h, "conj")) {
            if (s.pos(c).equals("VB") && (modal || Modals.hasFuture(s, c)) && s.child(c, "nsubj", "nsubjpass") < 0
                    && !Conditions.negated(s, c) && !HOSTILE.contains(s.lemma(c)) && !THREATS.contains(s.lemma(c))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether a token lies in the phrase of one of the {@code joined} verbs (computed once per statement by
     * {@link #joined}), for its places' rule id.
     */
    static boolean inJoined(SentenceView s, List<Integer> joined, int token) {
        return joined.stream().anyMatch(c -> c != token && s.dominates(c, token));
    }
}
