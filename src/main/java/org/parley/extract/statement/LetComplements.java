package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * What a verb of letting ("let", "allow", "permit") lets happen, where that tells its statement apart: a thing let
 * act ("would not let the quarrel weaken the alliance") is a pledge to guard something, no refusal of a party; and an
 * act a rejected proposal is said to let happen ("rejected the plan, saying it would let Quito keep the valley") is
 * the objection's reason, no offer of the one who rejects it. Stateless.
 */
final class LetComplements {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList PERMISSION = LEXICON.list("permission-verbs");
    private static final WordList ANYONE = LEXICON.list("anyone-words");
    private static final WordList FORCE_NOUNS = LEXICON.list("force-nouns");
    private static final WordList GROUP_NOUNS = LEXICON.list("group-nouns");
    private static final WordList REFUSALS = LEXICON.list("rejection-verbs");
    private static final WordList PROPOSAL_STAND_INS = LEXICON.list("proposal-stand-ins");

    private LetComplements() {
    }

    /**
     * Whether {@code h} is "let" and the one it lets act, the subject of the clause "let" governs, is a common noun
     * that names no party, force, group nor anyone ("let the dispute weaken the front"); "let anyone touch the fort",
     * "let foreign troops deploy" and "let Quito keep" are parties let, and a noun the parser makes the object of
     * "let" ("let any rebel unit camp", read as one noun phrase) is left to stand.
     */
    static boolean thingLet(SentenceView s, int h) {
        if (!s.lemma(h).equals("let")) {
            return false;
        }
        int one = -1;
        for (int c : s.children(h)) {
            if (one < 0 && (s.relation(c).equals("ccomp") || s.relation(c).equals("xcomp"))) {
                one = s.child(c, "nsubj");
            }
        }
        return one >= 0 && s.pos(one).startsWith("NN") && !s.pos(one).startsWith("NNP") && s.mentionAt(one) == null
                && !Conditions.partyLike(s, one) && !s.listed(ANYONE, one) && !s.listed(FORCE_NOUNS, one)
                && !s.listed(GROUP_NOUNS, one);
    }

    /**
     * Whether {@code h}, a verb of letting whose subject stands for a proposal ("it", "this", "the idea":
     * {@code proposal-stand-ins}), lies in the reason a party gives for rejecting a proposal: the clause of a verb of
     * saying that hangs on a verb of rejecting ("rejected the plan, saying it would let Quito keep the valley"); the
     * subject is the proposal rejected, so what it would let happen is no offer.
     */
    static boolean rejectedProposalLets(SentenceView s, int h) {
        int subject = Clauses.subject(s, h);
        if (!s.listed(PERMISSION, h) || subject < 0 || !s.listed(PROPOSAL_STAND_INS, subject)) {
            return false;
        }
        int saying = s.head(h);
        int rejecting = saying < 0 ? -1 : s.head(saying);
        return rejecting >= 0 && s.relation(saying).equals("advcl") && s.listed(REFUSALS, rejecting);
    }
}
