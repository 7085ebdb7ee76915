package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A party's own act announced for the future or under way: "would withdraw", "will be pulled back", "are
 * withdrawing". Its subject is a party ({@link Conditions#partyLike}) or forces a pronoun owns ("its fighters", "her
 * guerrillas": as much a party's as "its troops"); a verb joined to another with no subject nor auxiliary of its own
 * shares that verb's ("her fighters will hold off attacks and lift their blockades"), unless the verb it is joined to
 * is itself a concession verb (whose offer takes the joined act as content: {@link JoinedActs}) or is negated.
 * Stateless.
 */
final class AnnouncedActs {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList FORCE_NOUNS = LEXICON.list("force-nouns");
    private static final WordList CONCESSIONS = LEXICON.list("concession-verbs");

    private AnnouncedActs() {
    }

    /**
     * Whether {@code h} is a party's own act announced for the future or under way; with a subject, not inside a
     * condition ("if X withdraws").
     */
    static boolean announced(SentenceView s, int h) {
        int clause = sharedClause(s, h);
        int subject = clause < 0 ? -1 : Clauses.subject(s, clause);
        if (!s.isVerb(h) || subject < 0 || !Conditions.partyLike(s, subject) && !ownForces(s, subject)) {
            return false;
        }
        if (s.relation(clause).equals("advcl") && s.child(clause, "mark") >= 0 || NonProposals.termOfProposal(s, h)) {
            return false;
        }
        for (int a : s.children(clause)) {
            String r = s.relation(a);
            if (r.equals("aux") && (Modals.future(s, a) || s.pos(h).equals("VBG") && s.lemma(a).equals("be"))) {
                return true;
            }
        }
        return false;
    }

    /** "would hold on to the town", "will hold out": holding, with no object, is keeping something, not talks. */
    static boolean holdsOn(SentenceView s, int h) {
        return s.lemma(h).equals("hold") && s.child(h, "dobj") < 0 && h + 1 < s.size()
                && (s.word(h + 1).equalsIgnoreCase("on") || s.word(h + 1).equalsIgnoreCase("out"));
    }

    /** "its fighters", "her guerrillas": forces a possessive pronoun owns. */
    private static boolean ownForces(SentenceView s, int subject) {
        return FORCE_NOUNS.contains(s.lemma(subject))
                && s.children(subject, "poss").stream().anyMatch(p -> s.pos(p).equals("PRP$"));
    }

    /**
     * The verb whose subject and auxiliaries {@code h} shares: the verb it is joined to when it has neither of its own
     * and that verb is no concession verb; -1 when that verb is negated ("would not attack or lift"); otherwise
     * {@code h}.
     */
    private static int sharedClause(SentenceView s, int h) {
        int head = s.head(h);
        if (!s.relation(h).equals("conj") || head < 0 || !s.isVerb(head) || Clauses.subject(s, h) >= 0
                || !s.children(h, "aux").isEmpty() || CONCESSIONS.contains(s.lemma(head))) {
            return h;
        }
        return Conditions.negated(s, head) ? -1 : head;
    }
}
