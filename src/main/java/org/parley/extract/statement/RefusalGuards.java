package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/** Conditions (see {@link Conditions}) that keep a refusal trigger from reading so where it refuses nothing. */
final class RefusalGuards {

    private static final WordList LABEL_VERBS = Lexicon.bundled().list("label-verbs");
    private static final WordList COURT_NOUNS = Lexicon.bundled().list("court-nouns");
    private static final WordList ACCUSATIONS = Lexicon.bundled().list("accusation-nouns");
    private static final WordList PERSISTING_PARTICLES = Lexicon.bundled().list("persisting-particles");
    private static final WordList PERSISTING_PREPOSITIONS = Lexicon.bundled().list("persisting-prepositions");

    private RefusalGuards() {
    }

    /**
     * "urged Manila to stop what it called provocations", "what he described as a provocation": the verb that gives
     * the label (through "as") is a labelling verb whose object is "what", a free relative naming what another party
     * does, not a proposal turned down.
     */
    static boolean whatLabelled(SentenceView s, int h) {
        int gov = s.head(h);
        if (gov >= 0 && s.relation(h).equals("pobj") && s.word(gov).equals("as")) {
            gov = s.head(gov);
        }
        return gov >= 0 && LABEL_VERBS.contains(s.lemma(gov))
                && s.children(gov, "dobj").stream().anyMatch(o -> s.lemma(o).equals("what"));
    }

    /**
     * "would not give up on reconciliation", "will not back down from its plan": a verb with the particle "up" or
     * "down" ({@code persisting-particles}), no object and an "on" or "from" phrase ({@code persisting-prepositions})
     * holds to a course of the party's own; "would never give up the valley" still refuses.
     */
    static boolean persisting(SentenceView s, int h) {
        return s.child(h, "dobj") < 0
                && s.children(h, "prt").stream().anyMatch(p -> PERSISTING_PARTICLES.contains(s.word(p)))
                && s.children(h, "prep").stream().anyMatch(p -> PERSISTING_PREPOSITIONS.contains(s.word(p)));
    }

    /**
     * "Lima said the vote had no legal basis", "said a meeting would serve no purpose": a judgement noun that is the
     * object or predicate of a clause a party reports; a judge's ruling ("the tribunal ruled that the claims had no
     * basis"), the writer's own words ("the plan has no basis in law") and a charge denied ("said the reports had no
     * basis", as for a rejection verb; a claim to a place is still judged) are no party's refusal.
     */
    static boolean judgedInReport(SentenceView s, int h) {
        String r = s.relation(h);
        int clause = s.head(h);
        if (clause < 0 || !(r.equals("dobj") || r.equals("attr")) || !s.isVerb(clause)) {
            return false;
        }
        int judged = Clauses.subject(s, clause);
        boolean charge = judged >= 0 && ACCUSATIONS.contains(s.lemma(judged)) && s.children(judged, "prep").stream()
                .noneMatch(p -> s.word(p).equals("to") || s.word(p).equals("over"));
        int reporter = Clauses.reporter(s, clause);
        if (charge || reporter < 0) {
            return false;
        }
        int speaker = Clauses.subject(s, reporter);
        return speaker < 0 || !COURT_NOUNS.contains(s.lemma(speaker));
    }
}
