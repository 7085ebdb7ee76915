package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * What another party said, called false in a clause a party reports: "Lima said Quito's remarks on the islands
 * contained falsehoods", "the minister said the council's rejection of the accord rested on baseless claims", "said
 * the statements were unfounded". The judged subject is a thing said (statement-objects, rejection-nouns: remarks,
 * claims, rejection) and the falsity is a word of {@code falsity-words}, a noun ("lies", "fallacies") or an adjective
 * on a noun of claiming of {@code accusation-nouns} ("false claims") or said of the subject ("were baseless"). A
 * charge called a lie ("said claims that Oslo had fired first rested on lies": a "that" clause tells a fact) is
 * answered, not refused; a judge's ruling and the writer's own words are no party's refusal.
 */
final class FalseClaims {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList STATEMENT_OBJECTS = LEXICON.list("statement-objects");
    private static final WordList REJECTION_NOUNS = LEXICON.list("rejection-nouns");
    private static final WordList ACCUSATIONS = LEXICON.list("accusation-nouns");
    private static final WordList COURT_NOUNS = LEXICON.list("court-nouns");
    private static final WordList FALSITY = LEXICON.list("falsity-words");

    private FalseClaims() {
    }

    /** Condition {@code false-in-report}: the falsity word {@code h} judges a thing said, in a reported clause. */
    static boolean test(SentenceView s, int h) {
        int clause = judgingVerb(s, h);
        if (clause < 0) {
            return false;
        }
        int judged = Clauses.subject(s, clause);
        if (judged < 0 || !(s.listed(STATEMENT_OBJECTS, judged) || s.listed(REJECTION_NOUNS, judged))
                || charge(s, judged)) {
            return false;
        }
        int reporter = Clauses.reporter(s, clause);
        int speaker = reporter < 0 ? -1 : Clauses.subject(s, reporter);
        return reporter >= 0 && (speaker < 0 || !s.listed(COURT_NOUNS, speaker));
    }

    /**
     * The verb whose subject the falsity word {@code h} judges: the adjective's copula ("were baseless"); for a noun
     * (or the noun of claiming an adjective qualifies) the verb it is the object of, directly or after a preposition
     * ("contained lies", "relied on false claims"); -1 when none, or for a word of no falsity. A second conjunct ("lies
     * and false claims") adds no judgement. A noun as predicate ("the statements were lies") is left out: the rules of
     * makers would take the judged subject's source for its maker.
     */
    static int judgingVerb(SentenceView s, int h) {
        if (h < 0 || !s.listed(FALSITY, h)) {
            return -1;
        }
        int noun = h;
        if (s.isAdjective(h)) {
            if (s.relation(h).equals("acomp")) {
                return s.head(h);
            }
            boolean modifier = s.relation(h).equals("amod") || s.relation(h).equals("nmod");
            noun = modifier ? s.head(h) : -1;
            if (noun < 0 || !s.listed(ACCUSATIONS, noun)) {
                return -1;
            }
        } else if (!s.isNoun(h)) {
            return -1;
        }
        String r = s.relation(noun);
        int gov = s.head(noun);
        int verb = r.equals("pobj") && gov >= 0 && s.relation(gov).equals("prep") ? s.head(gov)
                : r.equals("dobj") ? gov : -1;
        return verb >= 0 && s.isVerb(verb) ? verb : -1;
    }

    /** A thing said with a "that" clause telling what it holds: a charge of a fact, not a stance. */
    private static boolean charge(SentenceView s, int noun) {
        return s.children(noun).stream().anyMatch(c -> (s.relation(c).equals("acl") || s.relation(c).equals("ccomp"))
                && Clauses.thatClause(s, c));
    }
}
