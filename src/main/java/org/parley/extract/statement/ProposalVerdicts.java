package org.parley.extract.statement;

import java.util.List;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Recognizes a word or a verdict said of a proposal, with no verb of refusing: a label ("the plan is unacceptable",
 * "called the offer a sham"), or a negated predicate of worth ("the plan was not realistic", "the offer did not look
 * credible", "the draft could not be the basis for talks") and a "no" given as answer ("Baku's answer was a
 * flat no"). The proposal is the subject of the predicate's clause: a noun of the offer-nouns, demand-nouns or
 * proposal-objects lists, "it", "this", "that", "idea", or a gerund of an act asked for ("talking to the gunmen was
 * unthinkable").
 */
final class ProposalVerdicts {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList PROPOSAL_OBJECTS = LEXICON.list("proposal-objects");
    private static final WordList OFFER_NOUNS = LEXICON.list("offer-nouns");
    private static final WordList DEMAND_NOUNS = LEXICON.list("demand-nouns");
    private static final WordList LABEL_VERBS = LEXICON.list("label-verbs");
    private static final WordList SECOND_OBJECT_LABELLERS = LEXICON.list("second-object-label-verbs");
    private static final WordList ANSWERS = LEXICON.list("answer-nouns");
    private static final WordList STAND_INS = LEXICON.list("proposal-stand-ins");
    private static final WordList LINKING_VERBS = LEXICON.list("linking-verbs");
    private static final WordList REFUSABLE_ACTS = LEXICON.list("refusable-acts");
    private static final WordList NEGOTIATING = LEXICON.list("negotiation-verbs");

    private ProposalVerdicts() {
    }

    /**
     * Condition {@code says-of-a-proposal}: a word a party calls a proposal by, said of a proposal: "the plan is
     * unacceptable", "called the offer a sham", "it was a non-starter".
     */
    static boolean saysOfAProposal(SentenceView s, int h) {
        int gov = holder(s, h); // "described the offer as a trap"
        if (gov < 0) {
            return false;
        }
        if (secondObjectLabeller(s, h) >= 0) {
            return true; // "branded the offer a trap", "called the plan for Crimea a non-starter"
        }
        return LABEL_VERBS.contains(s.lemma(gov)) || proposal(s, s.child(gov, "nsubj", "nsubjpass", "csubj"));
    }

    /**
     * Condition {@code judged-proposal}: {@code h} is the predicate (adjective, noun or "no") of a clause whose subject
     * is a proposal or a noun of answering (answer-nouns), and no commentator says it ("analysts said the truce was
     * not credible" is their judgement, no party's refusal). The predicate may follow "as" ("could not serve as the
     * basis for talks").
     */
    static boolean judgedProposal(SentenceView s, int h) {
        int clause = holder(s, h);
        if (clause < 0 || !s.isVerb(clause)) {
            return false;
        }
        int subject = s.child(clause, "nsubj", "nsubjpass", "csubj");
        boolean judged = proposal(s, subject) || subject >= 0 && s.listed(ANSWERS, subject)
                || LABEL_VERBS.contains(s.lemma(clause));
        return judged && !NewsBackground.commentatorsJudgement(s, clause);
    }

    /**
     * Maker rule {@code maker.answer-owner}: the party that owns the noun of answering that is the subject of the
     * trigger's clause, by a possessive or a modifier ("Baku's answer was a flat no", "the Serbian reply was no").
     */
    static List<Party> answerOwner(Site x) {
        SentenceView s = x.s();
        int clause = s.head(x.head());
        int subject = clause < 0 ? -1 : s.child(clause, "nsubj");
        if (subject < 0 || !s.listed(ANSWERS, subject)) {
            return null;
        }
        Party owner = x.parties().bodyOwners().modifierOwner(s, subject, "maker.answer-owner");
        return owner == null ? null : List.of(owner);
    }

    /** A noun of the proposal-objects, offer-nouns or demand-nouns lists ("the plan", "the offer", "the demand"). */
    static boolean proposalNoun(SentenceView s, int noun) {
        if (noun < 0) {
            return false;
        }
        String l = s.lemma(noun);
        return PROPOSAL_OBJECTS.contains(l) || OFFER_NOUNS.contains(l) || DEMAND_NOUNS.contains(l);
    }

    /**
     * The verb of the clause a verdict or a label belongs to where the parser hangs it off that verb: the linking
     * verb before "as" ("could not serve as the basis for talks") or the verb of labelling whose object the label
     * stands beside ("branded the offer a trap"), or the copula "enough" qualifies ("was no longer enough", "was
     * not good enough"), or the verb whose subject a word of falsity judges ("contained lies", "relied on baseless
     * claims": {@link FalseClaims#judgingVerb}); -1 otherwise (for {@link Clauses#verb}).
     */
    static int verdictVerb(SentenceView s, int h) {
        int judging = FalseClaims.judgingVerb(s, h);
        if (judging >= 0) {
            return judging;
        }
        int labelling = secondObjectLabeller(s, h);
        if (labelling >= 0) {
            return labelling;
        }
        int gov = holder(s, h);
        if (s.word(h).equalsIgnoreCase("enough") && s.relation(h).equals("advmod") && gov >= 0) {
            int copula = s.relation(gov).equals("acomp") ? s.head(gov) : gov;
            return s.isVerb(copula) ? copula : -1;
        }
        boolean afterAs = gov >= 0 && gov != s.head(h);
        return afterAs && s.isVerb(gov) && LINKING_VERBS.contains(s.lemma(gov)) ? gov : -1;
    }

    /**
     * The verb of labelling that takes the label {@code h} as its second object (second-object-label-verbs: call,
     * brand, deem, consider...), where the label stands in apposition to the object, or beside it with no "and", or
     * to a noun in a phrase of that object, as the parser sets it ("branded the offer a trap", "called the plan for
     * Crimea a non-starter"); -1 when none. An object "for" a verb ("called for talks") is none, and so is a noun
     * beside the object of "see", "regard" or "describe", which label only after "as" ("saw the plan, a ploy to its
     * critics, on Monday").
     */
    private static int secondObjectLabeller(SentenceView s, int h) {
        int n = s.head(h);
        boolean beside = s.relation(h).equals("appos") || s.relation(h).equals("conj") && s.child(n, "cc") < 0;
        if (!beside) {
            return -1;
        }
        while (n >= 0 && (s.relation(n).equals("pobj") || s.relation(n).equals("prep"))) {
            n = s.head(n);
        }
        int verb = n < 0 ? -1 : s.head(n);
        boolean labels = verb >= 0 && SECOND_OBJECT_LABELLERS.contains(s.lemma(verb));
        return labels && s.relation(n).equals("dobj") ? verb : -1;
    }

    /**
     * The word that holds the predicate {@code h}: its head, or the head of "as" where {@code h} follows it; where
     * the parser hangs "as" on the object of a verb of labelling ("regarded the offer as an insult"), that verb.
     */
    static int holder(SentenceView s, int h) {
        int gov = s.head(h);
        if (gov >= 0 && s.relation(h).equals("pobj") && s.word(gov).equals("as")) {
            int asHead = s.head(gov);
            boolean onObject = asHead >= 0 && s.relation(asHead).equals("dobj")
                    && LABEL_VERBS.contains(s.lemma(s.head(asHead)));
            return onObject ? s.head(asHead) : asHead;
        }
        return gov;
    }

    /**
     * A proposal noun, "it", "this", "that", "idea" standing for one ({@code proposal-stand-ins}), or an act put to a
     * party named by a gerund of the refusable-acts or negotiation-verbs lists ("talking to the gunmen was
     * unthinkable", "handing back the port is not realistic"); "losing the vote was a humiliation" judges no proposal.
     */
    private static boolean proposal(SentenceView s, int subject) {
        if (proposalNoun(s, subject) || proposedAct(s, subject)) {
            return true;
        }
        return subject >= 0 && STAND_INS.contains(s.lemma(subject));
    }

    /**
     * A gerund of an act one party asks of another, a verb of the refusable-acts or negotiation-verbs lists, also
     * where the parser tags it a noun ("bargaining", whose stem "bargain" is listed).
     */
    private static boolean proposedAct(SentenceView s, int subject) {
        String w = subject < 0 ? "" : s.word(subject).toLowerCase(java.util.Locale.ROOT);
        if (!w.endsWith("ing") || !(s.pos(subject).equals("VBG") || s.pos(subject).equals("NN"))) {
            return false;
        }
        String stem = w.substring(0, w.length() - 3);
        return s.pos(subject).equals("VBG") ? actVerb(s.lemma(subject)) : actVerb(stem) || actVerb(stem + "e");
    }

    private static boolean actVerb(String lemma) {
        return REFUSABLE_ACTS.contains(lemma) || NEGOTIATING.contains(lemma);
    }
}
