package org.parley.extract.statement;

import java.util.List;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Main clauses a condition is set on that the parser or the party tests of {@link ConditionRules} would miss. A side
 * named only by a possessive pronoun on a group, force or own-side noun ("their troops would let the militia leave
 * unless ...", "his soldiers would hold their fire as long as ...", "his community would clear the road as long as
 * ...": the side of whoever reports it), or a passive clause
 * whose agent is a party or its forces ("the squares would be cleared by the police unless the strikers went home"),
 * or a passive act to come with no agent, in a clause a party reports ("she said the fishermen would be flown to Arica
 * as soon as ...": the reporter's side does it, {@link #passiveOwnAct}): a party's act, whose condition asks something
 * of the condition's subject. And a condition the parser reads as a
 * second complement of the reporting verb ("said his republic would keep the truce, provided the army stopped ...",
 * with "provided" hung on a noun): it is put on the complement reported before it.
 */
final class ConditionedSides {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList GROUP_NOUNS = LEXICON.list("group-nouns");
    private static final WordList FORCE_NOUNS = LEXICON.list("force-nouns");
    private static final WordList OWN_SIDE = LEXICON.list("own-side-nouns");
    private static final WordList THREAT_VERBS = LEXICON.list("threat-verbs");
    /** Verbs whose passive is no act a side promises: a hostile or punitive act, a threat, a state, a going-on. */
    private static final List<WordList> NOT_ACTS = List.of(LEXICON.list("hostile-acts"),
            LEXICON.list("punitive-acts"), THREAT_VERBS, LEXICON.list("stative-verbs"),
            LEXICON.list("continuation-verbs"));

    private ConditionedSides() {
    }

    /** Whether the clause of {@code main} (subject {@code subject}, or -1) is the act of a side or its forces. */
    static boolean sideActs(SentenceView s, int main, int subject) {
        if (ownSide(s, subject)) {
            return true;
        }
        int agent = s.child(main, "agent");
        int doer = s.child(agent, "pobj");
        return doer >= 0 && (Conditions.partyLike(s, doer) || s.listed(FORCE_NOUNS, doer))
                || passiveOwnAct(s, main);
    }

    /**
     * "Rosa Quispe said the fishermen would be flown to Arica as soon as ...", "the minister said the pastures would
     * be added to the district once ...": a passive act to come ("will" or "would", not negated) with no agent, done
     * to a thing or to people that no party or name is, in a clause someone reports: the reporter's side does it.
     * Not a hostile or punitive act ("the crews would be arrested if ...": a threat, whose condition is the demand
     * alone), a state or a going-on, nor one reported by a verb of warning or threatening ("warned that aid would be
     * reviewed if ...") or put under "unless" ({@link #underUnless}).
     */
    static boolean passiveOwnAct(SentenceView s, int main) {
        int subject = main < 0 ? -1 : s.child(main, "nsubjpass");
        if (subject < 0 || s.child(main, "agent") >= 0
                || !s.isNoun(subject) || s.mentionAt(subject) != null || Conditions.partyLike(s, subject)
                || !Modals.hasFuture(s, main) || Conditions.negated(s, main) || Conditions.hostileComplement(s, main)
                || NOT_ACTS.stream().anyMatch(l -> s.listed(l, main))) {
            return false;
        }
        int reporter = Clauses.reporter(s, main);
        return reporter >= 0 && !s.listed(THREAT_VERBS, reporter) && !underUnless(s, main);
    }

    /**
     * "The curfew would be renewed unless the unions called off their march": a passive measure under "unless" is a
     * threat, read as {@code condition.unless-threat} over a clause no party acts in; no act of the reporter's side.
     */
    private static boolean underUnless(SentenceView s, int main) {
        return s.children(main, "advcl").stream()
                .anyMatch(c -> s.children(c, "mark").stream().anyMatch(m -> s.word(m).equalsIgnoreCase("unless")));
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
