package org.parley.extract.statement;

/**
 * Recognizes a verdict on a proposal said in a set phrase that holds no word of refusing: a proposal "not on the
 * agenda" with no phrase saying whose agenda or which meeting's ("withdrawal was simply not on the agenda", where
 * "was not on the agenda of Tuesday's meeting" only reports what was discussed), and a proposal judged "not enough"
 * or "no longer (good) enough" ("the offer was not good enough"); a verb of accepting said "no longer" with no
 * auxiliary ("said it no longer recognised the council").
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

    /**
     * Condition {@code unaided-verb}: {@code h} is a verb with no auxiliary, active or passive, in the present or the
     * past ("it no longer recognised", "Lima no longer accepts"), also where the parser tags the past a participle;
     * "are no longer accepted" restricts what is accepted and "would no longer accept" is another rule's.
     */
    static boolean unaidedVerb(SentenceView s, int h) {
        String pos = s.pos(h);
        boolean tensed = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBN");
        return tensed && s.child(h, "aux", "auxpass") < 0 && s.child(h, "nsubj") >= 0;
    }
}
