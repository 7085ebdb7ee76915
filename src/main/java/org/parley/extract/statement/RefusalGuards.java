package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/** Conditions (see {@link Conditions}) that keep a refusal trigger from reading so where it refuses nothing. */
final class RefusalGuards {

    private static final WordList LABEL_VERBS = Lexicon.bundled().list("label-verbs");

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
     * "down", no object and an "on" or "from" phrase holds to a course of the party's own; "would never give up the
     * valley" still refuses.
     */
    static boolean persisting(SentenceView s, int h) {
        return s.child(h, "dobj") < 0
                && s.children(h, "prt").stream().anyMatch(p -> s.word(p).equals("up") || s.word(p).equals("down"))
                && s.children(h, "prep").stream().anyMatch(p -> s.word(p).equals("on") || s.word(p).equals("from"));
    }
}
