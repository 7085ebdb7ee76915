package org.parley.extract.statement;

import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A proposal named as the thing another party handles: an offer noun (offer-nouns) that is the direct object of a
 * verb of welcoming, backing, weighing or discussing another's proposal (proposal-handling-verbs): "Madrid backed the
 * Moroccan plan", "the ministers discussed a Qatari plan", "Kigali welcomed the initiative". The proposal is what the
 * sentence is about, no statement of its author. A proposal made or told ("laid out a plan", "renewed its offer"),
 * one accepted or agreed to, and one rejected, turned down, scorned or labelled ("rejected the Egyptian proposal",
 * "described the offer as a trap": the rejection answers the proposal's author, who keeps the offer) stand.
 * Stateless.
 */
final class HandledProposals {

    /** An offer noun as the object of another's handling ({@link #handled}). */
    static final RuleId RULE = RuleId.of("statement.skip.handled-proposal");

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList OFFER_NOUNS = LEXICON.list("offer-nouns");
    private static final WordList HANDLING = LEXICON.list("proposal-handling-verbs");

    private HandledProposals() {
    }

    /** Whether the offer trigger {@code h} is a proposal noun that a verb of handling takes as object. */
    static boolean handled(SentenceView s, int h, StatementKind kind) {
        if (kind != StatementKind.OFFER || !s.listed(OFFER_NOUNS, h) || !s.relation(h).equals("dobj")) {
            return false;
        }
        int verb = s.head(h);
        return verb >= 0 && s.isVerb(verb) && s.listed(HANDLING, verb);
    }
}
