package org.parley.extract.statement;

import java.util.Map;
import java.util.function.BiPredicate;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The named conditions trigger rules may require (what a token pattern cannot say), the way Jena's rule engine
 * registers builtins by name. Each reads the sentence's structure at the trigger's head token.
 */
final class Conditions {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList NEGATIONS = LEXICON.list("negations");
    private static final WordList PROPOSAL_OBJECTS = LEXICON.list("proposal-objects");
    private static final WordList STATEMENT_OBJECTS = LEXICON.list("statement-objects");
    private static final WordList OFFER_NOUNS = LEXICON.list("offer-nouns");
    private static final WordList DEMAND_NOUNS = LEXICON.list("demand-nouns");
    private static final WordList LABEL_VERBS = LEXICON.list("label-verbs");

    private static final Map<String, BiPredicate<SentenceView, Integer>> REGISTRY = Map.of(
            "negated", Conditions::negated,
            "object-control", Conditions::objectControl,
            "proposal-object", Conditions::proposalObject,
            "statement-object", Conditions::statementObject,
            "obligation", Conditions::obligation,
            "says-of-a-proposal", Conditions::saysOfAProposal,
            "has-complement", Conditions::hasComplement);

    private Conditions() {
    }

    /** Throws IllegalArgumentException when {@code condition} (optionally prefixed with {@code !}) is not registered. */
    static void check(String condition) {
        String name = condition.startsWith("!") ? condition.substring(1) : condition;
        if (!REGISTRY.containsKey(name)) {
            throw new IllegalArgumentException("unknown condition '" + name + "'; known: " + REGISTRY.keySet());
        }
    }

    static boolean test(String name, SentenceView s, int head) {
        return REGISTRY.get(name).test(s, head);
    }

    /**
     * The head is negated: a {@code neg} child of it (or of the verb a modal or auxiliary serves), "no" before a
     * noun, or a negation word just before it.
     */
    static boolean negated(SentenceView s, int h) {
        int verb = s.relation(h).startsWith("aux") ? s.head(h) : h;
        if (!s.children(verb, "neg").isEmpty()) {
            return true;
        }
        for (int d : s.children(h, "det")) {
            if (s.word(d).equals("no")) {
                return true;
            }
        }
        return NEGATIONS.contains(s.word(h - 1)) || NEGATIONS.contains(s.word(h - 2)) && s.pos(h - 1).startsWith("RB");
    }

    /** "asked Y to act", "told Y that", "wants Y to", "asked for": an addressee and what it should do, or "for". */
    static boolean objectControl(SentenceView s, int h) {
        boolean object = s.child(h, "dobj", "dative") >= 0;
        int clause = s.child(h, "xcomp", "ccomp");
        if (object && clause >= 0) {
            return true;
        }
        if (clause >= 0 && s.child(clause, "nsubj", "nsubjpass") >= 0) {
            return true;
        }
        for (int p : s.children(h, "prep")) {
            if (s.word(p).equals("for") || s.word(p).equals("on") && object) {
                return true;
            }
        }
        return false;
    }

    /** What the verb takes is a proposal, a truce, talks: "accepted the offer", "agreed to the deal". */
    static boolean proposalObject(SentenceView s, int h) {
        int o = s.child(h, "dobj");
        if (o >= 0 && PROPOSAL_OBJECTS.contains(s.lemma(o))) {
            return true;
        }
        for (int p : s.children(h, "prep")) {
            for (int q : s.children(p, "pobj")) {
                if (PROPOSAL_OBJECTS.contains(s.lemma(q))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What the verb takes is something said: "condemned the statements", "denied the claims". */
    static boolean statementObject(SentenceView s, int h) {
        int o = s.child(h, "dobj");
        return o >= 0 && STATEMENT_OBJECTS.contains(s.lemma(o));
    }

    /**
     * A modal of obligation ("must", "should") on a verb with a subject, not an inference ("must have been") and
     * not a conditional inversion ("should talks fail").
     */
    static boolean obligation(SentenceView s, int h) {
        int verb = s.head(h);
        if (verb < 0 || !s.isVerb(verb) || !s.relation(h).equals("aux")) {
            return false;
        }
        for (int a : s.children(verb, "aux")) {
            if (a > h && s.lemma(a).equals("have")) {
                return false;
            }
        }
        int subject = s.child(verb, "nsubj", "nsubjpass", "expl", "csubj");
        return subject >= 0 && subject < h;
    }

    /**
     * A word a party calls a proposal by, said of a proposal: "the plan is unacceptable", "called the offer a
     * sham", "it was a non-starter".
     */
    static boolean saysOfAProposal(SentenceView s, int h) {
        int gov = s.head(h);
        if (gov < 0) {
            return false;
        }
        if (LABEL_VERBS.contains(s.lemma(gov))) {
            return true;
        }
        int subject = s.child(gov, "nsubj", "nsubjpass");
        if (subject < 0) {
            return false;
        }
        String l = s.lemma(subject);
        return OFFER_NOUNS.contains(l) || DEMAND_NOUNS.contains(l) || PROPOSAL_OBJECTS.contains(l)
                || l.equals("it") || l.equals("this") || l.equals("that") || l.equals("idea");
    }

    /** The head has a clausal or infinitival complement, an object or a "for" phrase. */
    static boolean hasComplement(SentenceView s, int h) {
        if (s.child(h, "ccomp", "xcomp", "dobj") >= 0) {
            return true;
        }
        for (int p : s.children(h, "prep")) {
            if (s.word(p).equals("for")) {
                return true;
            }
        }
        return false;
    }
}
