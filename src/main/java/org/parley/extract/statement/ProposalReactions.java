package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A proposal noun named as what a reaction or a report is about: the object of "on", "to", "for" or "of" after a
 * noun of the reaction-nouns or rejection-nouns lists ("no comment from Lome on the Togolese proposal", "voiced
 * support for the initiative", "their reservations to the proposals", "details of the plan were published"). The
 * phrase points to a proposal told elsewhere in the article; the noun puts none of its own. The proposal as the
 * subject or object of a verb stays ("the Togolese proposal drew no comment"), and so does the plan of "an answer
 * to the plan", which the rows of verdicts on a proposal read as the offer answered.
 */
final class ProposalReactions {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList REACTIONS = LEXICON.list("reaction-nouns");
    private static final WordList REJECTIONS = LEXICON.list("rejection-nouns");
    private static final WordList PREPOSITIONS = LEXICON.list("reaction-topic-prepositions");

    private ProposalReactions() {
    }

    /** Whether the noun at {@code h} is the object of a preposition on a noun of reaction or report. */
    static boolean reactedTo(SentenceView s, int h) {
        int prep = s.head(h);
        if (!s.relation(h).equals("pobj") || prep < 0
                || !PREPOSITIONS.contains(s.word(prep).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int noun = s.head(prep);
        return noun >= 0 && s.isNoun(noun)
                && (s.listed(REACTIONS, noun) || s.listed(REJECTIONS, noun));
    }
}
