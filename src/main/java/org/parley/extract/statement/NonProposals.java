package org.parley.extract.statement;

import java.util.List;
import java.util.Locale;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * What looks like a statement but proposes nothing (a charge that is rejected, a condition on a state of things,
 * "famine conditions", a term of another's proposal), and the acts of hostility a party says it would stop.
 */
final class NonProposals {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList ACCUSATIONS = LEXICON.list("accusation-nouns");
    private static final WordList SITUATIONS = LEXICON.list("situation-nouns");
    private static final WordList HOSTILE = LEXICON.list("hostile-acts");
    private static final WordList CIRCUMSTANCES = LEXICON.list("circumstance-modifiers");
    private static final WordList OFFER_NOUNS = LEXICON.list("offer-nouns");
    private static final WordList DEMAND_NOUNS = LEXICON.list("demand-nouns");
    private static final WordList WEEKDAYS = LEXICON.list("weekdays");
    private static final WordList SPANS = LEXICON.list("deadline-spans");
    private static final WordList REASONS = LEXICON.list("reason-markers");
    private static final WordList COURTESIES = LEXICON.list("courtesy-nouns");
    private static final WordList COMING = LEXICON.list("coming-modifiers");
    private static final WordList NOTHING = LEXICON.list("nothing-words");
    private static final WordList CONCESSIVE = LEXICON.list("concessive-prepositions");
    private static final WordList BEHESTS = LEXICON.list("behest-nouns");
    private static final WordList IDLE = LEXICON.list("idle-objects");
    private static final WordList GIVING = LEXICON.list("giving-words");

    /**
     * The rule that drops a trigger inside an indirect question ({@link #indirectQuestion}); it makes no fact, so its
     * id only names the rule in docs/RULES.md and in {@link TriggerRules#find}.
     */
    static final RuleId INDIRECT_QUESTION = RuleId.of("statement.skip.indirect-question");

    private NonProposals() {
    }

    /**
     * "has not said whether it would pull back", "asked whether the rebels would agree to a truce": the trigger
     * {@code h} lies in a clause marked by "whether", a question put or left open, which states no party's demand,
     * offer or refusal. The clause that puts the question ("urged the government to say whether it would ...") is
     * outside it and keeps its own trigger.
     */
    static boolean indirectQuestion(SentenceView s, int h) {
        for (int x = h, steps = 0; x >= 0 && steps <= s.size(); x = s.head(x), steps++) {
            for (int m : s.children(x, "mark")) {
                if (s.word(m).equalsIgnoreCase("whether")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "famine conditions", "living conditions": "conditions" as the state of a place or of people. */
    static boolean circumstanceNoun(SentenceView s, int h) {
        return s.lemma(h).equals("condition") && s.children(h).stream().anyMatch(c -> (s.relation(c).equals("compound")
                || s.relation(c).equals("amod")) && CIRCUMSTANCES.contains(s.word(c).toLowerCase(Locale.ROOT)));
    }

    /** "his terms in office": the noun of a time served, not of conditions. */
    static boolean inOffice(SentenceView s, int h) {
        return s.children(h, "prep").stream().anyMatch(p -> s.word(p).equals("in")
                && (s.lemma(s.child(p, "pobj")).equals("office") || s.lemma(s.child(p, "pobj")).equals("power")));
    }

    /**
     * A phrase that only looks like a proposal: "were the least the Tamils could accept" (what a party could accept,
     * called "the least", is asked for: {@code statement.demand.least-acceptable}), or a meeting "called for next
     * week" or "for Monday" (a date set, nothing called for).
     */
    static boolean lookalike(SentenceView s, int h) {
        if (s.relation(h).equals("relcl") && s.lemma(s.head(h)).equals("least")) {
            return true;
        }
        for (int p : s.children(h, "prep")) {
            int o = s.word(p).equals("for") ? s.child(p, "pobj") : -1;
            if (o >= 0 && (WEEKDAYS.contains(s.word(o).toLowerCase(Locale.ROOT))
                    || SPANS.contains(s.lemma(o)) && s.children(o).stream().anyMatch(c -> COMING.contains(s.word(c))))) {
                return true;
            }
        }
        return false;
    }

    /** "rejected claims that the break was a ploy", "dismissed the allegations": the object is a charge. */
    static boolean accusationObject(SentenceView s, int h) {
        int o = s.child(h, "dobj");
        if (o < 0 || !ACCUSATIONS.contains(s.lemma(o)) || proposes(s, o)) {
            return false;
        }
        return !s.lemma(o).equals("claim") || s.children(o, "prep").stream()
                .noneMatch(p -> s.word(p).equals("to") || s.word(p).equals("over") || s.word(p).equals("on"));
    }

    /**
     * "rejected the suggestion that the talks be held in Oslo", "suggestions that its guards should return": a
     * "that" clause on the noun {@code noun} saying what should be done (the subjunctive, or "should" or "must")
     * makes it a proposal, not a charge.
     */
    private static boolean proposes(SentenceView s, int noun) {
        for (int c : s.children(noun)) {
            String r = s.relation(c);
            if (!(r.equals("acl") || r.equals("ccomp")) || !Clauses.thatClause(s, c)) {
                continue;
            }
            List<Integer> aux = s.children(c, "aux");
            if (aux.stream().anyMatch(a -> s.word(a).equals("should") || s.word(a).equals("must"))
                    || aux.isEmpty() && Clauses.bareVerb(s, c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "until the truce had held", "once the guns had fallen silent": a condition clause of verb {@code clause} whose
     * active subject {@code subject} is a state of things, not a party; a passive ("until the siege was lifted") asks
     * an unnamed doer and is not one.
     */
    static boolean situationSubject(SentenceView s, int clause, int subject) {
        return subject >= 0 && s.relation(subject).equals("nsubj") && s.child(clause, "auxpass") < 0
                && s.mentionAt(subject) == null && SITUATIONS.contains(s.lemma(subject));
    }

    /**
     * "would stop attacking ships", "would halt its bombing campaign": the verb of stopping {@code h} has as its
     * object or complement an act of hostility (or a noun such an act modifies).
     */
    static boolean stopsHostileAct(SentenceView s, int h) {
        for (int c : s.children(h)) {
            String r = s.relation(c);
            if (!(r.equals("xcomp") || r.equals("dobj"))) {
                continue;
            }
            if (s.listed(HOSTILE, c)) {
                return true;
            }
            for (int m : s.children(c)) {
                String mr = s.relation(m);
                if ((mr.equals("compound") || mr.equals("amod")) && (HOSTILE.contains(s.lemma(m))
                        || HOSTILE.contains(s.word(m)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "a proposal under which Hamas would free hostages": a term of the proposal, not a party's own offer. */
    static boolean termOfProposal(SentenceView s, int h) {
        int noun = s.relation(h).equals("relcl") ? s.head(h) : -1;
        return noun >= 0 && (OFFER_NOUNS.contains(s.lemma(noun)) || DEMAND_NOUNS.contains(s.lemma(noun)));
    }

    /**
     * "because he faces arrest if he returns": an "if" (the token {@code marker}) on a clause {@code main} given as a
     * reason is part of the reason and sets no condition a party asks for.
     */
    static boolean reasonCondition(SentenceView s, int main, int marker) {
        return main >= 0 && s.word(marker).equalsIgnoreCase("if") && s.children(main, "mark").stream()
                .anyMatch(m -> REASONS.contains(s.word(m).toLowerCase(Locale.ROOT)));
    }

    /**
     * "would give Seoul no financial aid until ...", "offered nothing": what the verb {@code h} gives is "no" thing or
     * "nothing", a refusal put as a gift, no offer (under an "until" the condition's demand stands on its own).
     */
    static boolean withheldObject(SentenceView s, int h) {
        int o = s.child(h, "dobj");
        return o >= 0 && noneNamed(s, o);
    }

    /**
     * "would leave no doubt", "would leave nothing to chance": the object the verb {@code h} withholds is a set
     * phrase's (idle-objects), itself or through the infinitive after "nothing", and refuses nothing to anyone.
     */
    static boolean idleObject(SentenceView s, int h) {
        int o = s.child(h, "dobj");
        return o >= 0 && (s.listed(IDLE, o) || s.children(o).stream().anyMatch(c -> s.listed(IDLE, c)));
    }

    /** A verb of giving-words ("would give Seoul no aid"): what it withholds is give-none's and withheld-object's. */
    static boolean givingVerb(SentenceView s, int h) {
        return s.listed(GIVING, h);
    }

    /**
     * Whether the noun phrase headed by {@code noun} names no thing or no one: "no" on the noun ("no aid", "no talks
     * would be held") or a word of {@code nothing-words} ("nothing", "none", "nobody"). Read by {@link #withheldObject}
     * for what is given and by {@link PassiveProposals} for what would be held or allowed.
     */
    static boolean noneNamed(SentenceView s, int noun) {
        return NOTHING.contains(s.word(noun).toLowerCase(Locale.ROOT))
                || s.children(noun).stream().anyMatch(c -> s.word(c).equalsIgnoreCase("no"));
    }

    /**
     * "offered his resignation", "offered condolences to the families": what the verb {@code h} gives is a courtesy
     * or a step of one's own (courtesy-nouns), proposed to no other side of a dispute.
     */
    static boolean courtesyObject(SentenceView s, int h) {
        int o = s.child(h, "dobj");
        return o >= 0 && s.listed(COURTESIES, o);
    }

    /**
     * "pressed on with the vote despite appeals from Washington", "in spite of calls for restraint": the noun
     * {@code h} names appeals made before and disregarded, background to the act the phrase hangs on, no statement
     * of the day.
     */
    static boolean concessivePhrase(SentenceView s, int h) {
        if (!s.relation(h).equals("pobj")) {
            return false;
        }
        int p = s.head(h);
        String w = s.word(p).toLowerCase(Locale.ROOT);
        return CONCESSIVE.contains(w) || w.equals("of") && s.head(p) >= 0 && s.lemma(s.head(p)).equals("spite");
    }

    /**
     * "Benin closed the border at Niger's request", "the talks in Oslo at Colombia's invitation": a noun of
     * asking or inviting (behest-nouns) that is the object of "at" names the request or invitation an act answered,
     * why the act was done, no statement of the one who asked. "balked at the demand" (no such noun) stands.
     */
    static boolean actedOnRequest(SentenceView s, int h) {
        int at = s.relation(h).equals("pobj") ? s.head(h) : -1;
        return at >= 0 && s.word(at).equalsIgnoreCase("at") && s.listed(BEHESTS, h);
    }
}
