package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Main clauses a condition is set on that the parser or the party tests of {@link ConditionRules} would miss. A side
 * named only by a possessive pronoun on a group, force or own-side noun ("their troops would let the militia leave
 * unless ...", "his soldiers would hold their fire as long as ...", "his community would clear the road as long as
 * ...": the side of whoever reports it), or a passive clause
 * whose agent is a party or its forces ("the squares would be cleared by the police unless the strikers went home"):
 * a party's act, whose condition asks something of the condition's subject. And a condition the parser reads as a
 * second complement of the reporting verb ("said his republic would keep the truce, provided the army stopped ...",
 * with "provided" hung on a noun): it is put on the complement reported before it.
 */
final class ConditionedSides {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList GROUP_NOUNS = LEXICON.list("group-nouns");
    private static final WordList FORCE_NOUNS = LEXICON.list("force-nouns");
    private static final WordList OWN_SIDE = LEXICON.list("own-side-nouns");

    private ConditionedSides() {
    }

    /** Whether the clause of {@code main} (subject {@code subject}, or -1) is the act of a side or its forces. */
    static boolean sideActs(SentenceView s, int main, int subject) {
        if (ownSide(s, subject)) {
            return true;
        }
        int agent = s.child(main, "agent");
        int doer = s.child(agent, "pobj");
        return doer >= 0 && (Conditions.partyLike(s, doer) || s.listed(FORCE_NOUNS, doer));
    }

    /**
     * Whether {@code subject} (or -1) names a side by a possessive pronoun on a group, force or own-side noun ("their
     * troops", "his soldiers", "his community"): the side of whoever reports it. Also read by
     * {@link ConditionalOffers} for a promise's subject.
     */
    static boolean ownSide(SentenceView s, int subject) {
        return subject >= 0 && (s.listed(GROUP_NOUNS, subject) || s.listed(FORCE_NOUNS, subject)
                || s.listed(OWN_SIDE, subject)) && s.children(subject).stream().anyMatch(c -> s.pos(c).equals("PRP$"));
    }

    /**
     * The verb a condition clause {@code clause} belongs to when the parser hung it on {@code main}: where {@code main}
     * is a reporting verb and the clause one of its complements, the last complement reported before it; else main.
     */
    static int reportedComplement(SentenceView s, int clause, int main) {
        if (main < 0 || s.head(clause) != main || !s.relation(clause).equals("ccomp") || !Clauses.reporting(s, main)) {
            return main;
        }
        int out = main;
        for (int c : s.children(main, "ccomp")) {
            out = c < clause && s.isVerb(c) ? c : out;
        }
        return out;
    }
}
