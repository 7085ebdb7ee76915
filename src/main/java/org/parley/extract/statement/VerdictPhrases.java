package org.parley.extract.statement;

/**
 * Recognizes a verdict on a proposal said in a set phrase that holds no word of refusing: a proposal "not on the
 * agenda" with no phrase saying whose agenda or which meeting's ("withdrawal was simply not on the agenda", where
 * "was not on the agenda of Tuesday's meeting" only reports what was discussed), and a proposal judged "not enough"
 * or "no longer (good) enough" ("the offer was not good enough").
 */
final class VerdictPhrases {

    private VerdictPhrases() {
    }

    /**
     * Condition {@code bare-agenda}: {@code h} is the "on" of "not on the agenda" and "agenda" has no phrase of its
     * own ("the agenda of the summit", "the agenda for Friday's talks").
     */
    static boolean bareAgenda(SentenceView s, int h) {
        int agenda = s.child(h, "pobj");
        return agenda >= 0 && s.child(agenda, "prep") < 0 && s.child(h, "prep") < 0;
    }

    /**
     * Condition {@code judged-sufficiency}: {@code h} is "enough" in the predicate of a clause whose subject is a
     * proposal ({@link ProposalVerdicts#judgedProposal}); where "enough" qualifies "good" ("was not good enough"),
     * "good" is the predicate.
     */
    static boolean judgedSufficiency(SentenceView s, int h) {
        int gov = s.head(h);
        boolean good = gov >= 0 && s.lemma(gov).equals("good") && s.relation(h).equals("advmod");
        return ProposalVerdicts.judgedProposal(s, good ? gov : h);
    }
}
