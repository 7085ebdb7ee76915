package org.parley.extract.statement.legacy;

import static org.parley.extract.statement.legacy.TriggerLexicon.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.core.EntityType;
import org.parley.core.StatementKind;

/** Finds demand, offer and rejection cues in one sentence, in text order. Stateless. */
final class TriggerFinder {

    private TriggerFinder() {
    }

    static List<Trigger> find(ClauseTokens c) {
        List<Trigger> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.mentionAt(i) != null) {
                continue;
            }
            Trigger t = at(c, i);
            if (t != null) {
                out.add(t);
                i = t.end() - 1;
            }
        }
        return out;
    }

    private static Trigger at(ClauseTokens c, int i) {
        String w = c.w(i);
        String lem = verbLemma(c.lemma(i));
        // "Azerbaijan's demand": after a possessive the word is a noun, whatever the tagger says
        boolean afterPossessive = i > 0 && (c.pos(i - 1).equals("POS") || c.w(i - 1).equals("'s")
                && c.mentionAt(i - 2) != null && !c.isVerb(i + 1) && !c.w(i + 1).equals("to"));
        boolean verb = !afterPossessive && (c.isVerb(i) || w.endsWith("ed") && !c.isNoun(i));
        boolean noun = c.isNoun(i) || afterPossessive;
        boolean passive = !afterPossessive && !c.pos(i).equals("VBG") && (BE.contains(c.w(i - 1)) && !c.pos(i - 1).equals("POS")
                || BE.contains(c.w(i - 2)) && c.w(i - 1).endsWith("ly"));

        // rejections
        if (REJECT_VERBS.contains(lem) && verb && !noun) {
            if (lem.equals("decline") && !c.w(i + 1).equals("to") && echoNounBefore(c, i) < 0
                    && !answerableObject(c, i + 1)) {
                return null;
            }
            return new Trigger(StatementKind.REJECTION, i, i + 1, passive ? TriggerForm.PASSIVE : TriggerForm.VERB, lem);
        }
        // phrasal rejections: "brushed aside", "balked at", "scoffed at", "shot down", "pushed back against"
        if (verb && (lem.equals("brush") && (c.w(i + 1).equals("aside") || c.w(i + 1).equals("off"))
                || (lem.equals("balk") || lem.equals("scoff") || lem.equals("bristle")) && c.w(i + 1).equals("at")
                || lem.equals("shoot") && c.w(i + 1).equals("down")
                || lem.equals("push") && c.w(i + 1).equals("back") && c.w(i + 2).equals("against"))) {
            return new Trigger(StatementKind.REJECTION, i, i + 2, passive ? TriggerForm.PASSIVE : TriggerForm.VERB,
                    lem + " " + c.w(i + 1));
        }
        if (lem.equals("turn") && c.w(i + 1).equals("down") || lem.equals("rule") && c.w(i + 1).equals("out")) {
            return new Trigger(StatementKind.REJECTION, i, i + 2, passive ? TriggerForm.PASSIVE : TriggerForm.VERB,
                    lem + " " + c.w(i + 1));
        }
        if (lem.equals("rule") && verb && (c.w(i + 2).equals("out") || c.w(i + 3).equals("out"))) {
            return new Trigger(StatementKind.REJECTION, i, i + 1, TriggerForm.VERB, "rule out");
        }
        if ((lem.equals("accept") || lem.equals("agree") || lem.equals("tolerate")) && verb && negatedBefore(c, i, 4)) {
            return new Trigger(StatementKind.REJECTION, i, i + 1, passive ? TriggerForm.PASSIVE : TriggerForm.VERB,
                    "not " + lem);
        }
        // "Iran will not dismantle its programme", "Chisinau would never recognise the debt": a refused act
        if (REFUSABLE_ACTS.contains(lem) && c.pos(i).equals("VB") && refusedByModal(c, i)) {
            return new Trigger(StatementKind.REJECTION, i, i + 1, TriggerForm.VERB, "not " + lem);
        }
        // "is not on the table", "not up for discussion", "not negotiable", "not for sale", "out of the question"
        if (closedMatter(c, i)) {
            return new Trigger(StatementKind.REJECTION, i, i + 1, TriggerForm.ADJECTIVE, "not " + c.w(i + 1));
        }
        if (w.equals("unacceptable") || w.equals("inadmissible")) {
            return new Trigger(StatementKind.REJECTION, i, i + 1, TriggerForm.ADJECTIVE, w);
        }
        if (REJECT_LABELS.contains(w)) {
            for (int j = i - 1; j >= Math.max(0, i - 7); j--) {
                // "called the deal a mistake", not "called for an end to the blackmail"
                if (REJECT_LABEL_VERBS.contains(c.lemma(j)) && c.isVerb(j)
                        && !Set.of("for", "on", "upon").contains(c.w(j + 1))) {
                    return new Trigger(StatementKind.REJECTION, i, i + 1, TriggerForm.ADJECTIVE, w);
                }
            }
        }
        // "objected to a line in the statement"
        if (lem.equals("object") && verb && !noun && c.w(i + 1).equals("to")) {
            return new Trigger(StatementKind.REJECTION, i, i + 2, passive ? TriggerForm.PASSIVE : TriggerForm.VERB,
                    "object to");
        }
        if (lem.equals("rejection") && c.w(i + 1).equals("of")) {
            return new Trigger(StatementKind.REJECTION, i, i + 1, TriggerForm.NOUN, lem);
        }

        // demands
        // "no talks until the militia leaves Omdurman", "will keep fighting until Russia withdraws": a precondition
        if (PRECONDITION_MARKERS.contains(w) && heldUntil(c, i) && clauseFollows(c, i + 1, 8)) {
            return new Trigger(StatementKind.DEMAND, i, i + 1, TriggerForm.VERB, w);
        }
        // "its claim to the Essequibo", "Beijing's claims over the shoal": a territorial claim is a standing demand
        if (lem.equals("claim") && noun && (c.w(i + 1).equals("to") || c.w(i + 1).equals("over"))
                && !c.pos(i + 2).startsWith("VB") && placeWithin(c, i + 2, 8)) {
            return new Trigger(StatementKind.DEMAND, i, i + 1, TriggerForm.NOUN, lem);
        }
        if (lem.equals("call") && (c.w(i + 1).equals("on") || c.w(i + 1).equals("upon") || c.w(i + 1).equals("for"))
                && !noun) {
            return new Trigger(StatementKind.DEMAND, i, i + 2, passive ? TriggerForm.PASSIVE : TriggerForm.VERB,
                    "call " + c.w(i + 1));
        }
        // "warned shipping companies against sending vessels to Eilat": a demand not to
        if (lem.equals("warn") && verb && !noun) {
            int against = c.find(i + 1, Math.min(c.size(), i + 6), Set.of("against"));
            if (against > i && (c.pos(against + 1).equals("VBG") || c.pos(against + 1).equals("DT")
                    || c.pos(against + 1).startsWith("JJ") || c.pos(against + 1).startsWith("NN"))
                    && c.find(i + 1, against, Set.of(",", "that", ".")) < 0) {
                return new Trigger(StatementKind.DEMAND, i, i + 1, TriggerForm.VERB, "warn against");
            }
        }
        if (DEMAND_VERBS.contains(lem) && verb && !noun && !asReference(c, i)) {
            if (lem.equals("press") && !c.w(i + 1).equals("for") && toVerbWithin(c, i + 1, 10) < 0) {
                return null;
            }
            // "seeks to expand" is an aim, "is seeking a withdrawal" a demand
            if (lem.equals("seek") && (c.w(i + 1).equals("to") || !(c.pos(i + 1).equals("DT")
                    || c.pos(i + 1).startsWith("JJ") || c.pos(i + 1).startsWith("NN") || c.pos(i + 1).equals("PRP$")))) {
                return null;
            }
            return new Trigger(StatementKind.DEMAND, i, i + 1, passive ? TriggerForm.PASSIVE : TriggerForm.VERB, lem);
        }
        if (DEMAND_VERBS_WITH_OBJECT.contains(lem) && verb && !noun && !lem.equals("call")) {
            boolean ok;
            switch (lem) {
                case "ask" -> ok = c.w(i + 1).equals("that") || c.w(i + 1).equals("for") || toVerbWithin(c, i + 1, 10) > i + 1;
                case "push" -> ok = c.w(i + 1).equals("for");
                case "appeal" -> ok = c.w(i + 1).equals("for") || c.w(i + 1).equals("to");
                default -> ok = toVerbWithin(c, i + 1, 6) > i + 1 && objectBetween(c, i + 1, toVerbWithin(c, i + 1, 6))
                        || lem.equals("want") && objectThenParticiple(c, i + 1, 12);
            }
            // "Serbia was asked (by the EU) to ...": the subject is the addressee
            if (!ok && passive && (lem.equals("ask") || lem.equals("tell") || lem.equals("push"))) {
                ok = toVerbWithin(c, i + 1, 8) > i;
            }
            if (ok) {
                return new Trigger(StatementKind.DEMAND, i, i + 1, passive && !lem.equals("want") ? TriggerForm.PASSIVE
                        : TriggerForm.VERB, lem);
            }
        }
        if (DEMAND_NOUNS.contains(lem) && (noun || !verb) && !lem.equals("call")
                || lem.equals("call") && noun && (c.w(i + 1).equals("for") || c.w(i + 1).equals("to")
                || c.w(i + 1).equals("by") || c.w(i + 1).equals("on"))) {
            if (nounStatesContent(c, i)) {
                return new Trigger(StatementKind.DEMAND, i, i + 1, TriggerForm.NOUN, lem);
            }
            return null;
        }
        if ((w.equals("must") || w.equals("should")) && !c.w(i + 1).equals("?")
                || w.equals("ought") && c.w(i + 1).equals("to")
                || NEED_VERBS.contains(w) && c.w(i + 1).equals("to")
                && (c.pos(i + 2).startsWith("VB") || QUOTE_CHARS.contains(c.w(i + 2)) && c.pos(i + 3).startsWith("VB"))
                && (w.startsWith("need") || c.isVerb(i))) {
            if (i > 0 && !c.w(i - 1).equals(",")) {
                return new Trigger(StatementKind.DEMAND, i, i + 1, TriggerForm.MODAL, w);
            }
        }

        // offers
        if (OFFER_VERBS.contains(lem) && verb && !noun && !lem.equals("vow")) {
            return new Trigger(StatementKind.OFFER, i, i + 1, passive ? TriggerForm.PASSIVE : TriggerForm.VERB, lem);
        }
        // "floated a joint mechanism", "put forward a package", "committed (not) to attack"
        if (verb && !noun && (lem.equals("float") && (c.pos(i + 1).equals("DT") || c.pos(i + 1).startsWith("JJ")
                || c.pos(i + 1).equals("PRP$")) || lem.equals("put") && c.w(i + 1).equals("forward"))) {
            return new Trigger(StatementKind.OFFER, i, lem.equals("put") ? i + 2 : i + 1,
                    passive ? TriggerForm.PASSIVE : TriggerForm.VERB, lem.equals("put") ? "put forward" : lem);
        }
        if (lem.equals("commit") && verb && !noun && (c.w(i + 1).equals("to")
                || c.w(i + 1).equals("not") && c.w(i + 2).equals("to") || c.w(i + 1).equals("themselves"))) {
            return new Trigger(StatementKind.OFFER, i, i + 1, TriggerForm.VERB, lem);
        }
        // "had accepted an immediate and unconditional ceasefire": accepting a truce or talks offers it
        if (lem.equals("accept") && verb && !noun && !negatedBefore(c, i, 4) && !HEDGES.contains(c.w(i - 1))
                && c.find(i + 1, Math.min(c.size(), i + 6), ACCEPTED_TERMS) >= 0) {
            return new Trigger(StatementKind.OFFER, i, i + 1, passive ? TriggerForm.PASSIVE : TriggerForm.VERB, lem);
        }
        if (OFFER_ADJECTIVES.contains(w) && (c.w(i + 1).equals("to") || c.w(i + 1).equals("for"))
                && (BE.contains(c.w(i - 1)) || BE.contains(c.w(i - 2)) || c.lemma(i - 1).equals("stand")
                || c.lemma(i - 1).equals("remain") || c.lemma(i - 2).equals("remain")
                || BE.contains(c.w(i - 3)))) {
            if (negatedBefore(c, i, 3)) {
                return new Trigger(StatementKind.REJECTION, i, i + 2, TriggerForm.ADJECTIVE, "not " + w);
            }
            return new Trigger(StatementKind.OFFER, i, i + 2, TriggerForm.ADJECTIVE, w + " " + c.w(i + 1));
        }
        // right after a modal the word is a verb, whatever the tagger says ("would host/RB further rounds")
        if (OFFER_HEDGED_VERBS.contains(lem) && (verb || HEDGES.contains(c.w(i - 1)))
                && (HEDGES.contains(c.w(i - 1)) || HEDGES.contains(c.w(i - 2)))) {
            return new Trigger(StatementKind.OFFER, i, i + 1, TriggerForm.VERB, lem);
        }
        if (OFFER_NOUNS.contains(lem) && noun && nounStatesContent(c, i)) {
            return new Trigger(StatementKind.OFFER, i, i + 1, TriggerForm.NOUN, lem);
        }
        return null;
    }

    private static final java.util.Set<String> VERBS = new java.util.HashSet<>();

    static {
        VERBS.addAll(REJECT_VERBS);
        VERBS.addAll(DEMAND_VERBS);
        VERBS.addAll(DEMAND_VERBS_WITH_OBJECT);
        VERBS.addAll(OFFER_VERBS);
        VERBS.addAll(OFFER_HEDGED_VERBS);
        VERBS.addAll(java.util.List.of("rule", "turn", "brush", "balk", "scoff", "bristle"));
    }

    /** The lexicon verb behind a form the lemmatizer left alone ("rejected" tagged as an adjective). */
    static String verbLemma(String lemma) {
        if (VERBS.contains(lemma)) {
            return lemma;
        }
        for (String cand : new String[] {
                lemma.endsWith("ied") ? lemma.substring(0, lemma.length() - 3) + "y" : "",
                lemma.endsWith("ed") ? lemma.substring(0, lemma.length() - 2) : "",
                lemma.endsWith("ed") ? lemma.substring(0, lemma.length() - 1) : "",
                lemma.endsWith("ing") ? lemma.substring(0, lemma.length() - 3) : "",
                lemma.endsWith("ing") ? lemma.substring(0, lemma.length() - 3) + "e" : "",
                lemma.endsWith("s") ? lemma.substring(0, lemma.length() - 1) : ""}) {
            if (VERBS.contains(cand)) {
                return cand;
            }
        }
        return lemma;
    }

    /**
     * Index of the noun of an appended restatement that a verb at i answers ("..., a request Armenia has so far
     * declined"): a comma, "a"/"an", then an echo noun, within six tokens before i; else -1.
     */
    static int echoNounBefore(ClauseTokens c, int i) {
        for (int j = i - 1; j >= Math.max(2, i - 7); j--) {
            if (ECHO_NOUNS.contains(c.w(j)) && (c.w(j - 1).equals("a") || c.w(j - 1).equals("an"))
                    && c.w(j - 2).equals(",")) {
                return j;
            }
            if (c.w(j).equals(",") || c.w(j).equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** "declined the offer": a determiner or owner, then an offer or demand noun, from i. */
    static boolean answerableObject(ClauseTokens c, int i) {
        for (int j = i; j < Math.min(c.size(), i + 4); j++) {
            if (ANSWERABLE_OFFER.contains(c.lemma(j)) || ANSWERABLE_DEMAND.contains(c.w(j))) {
                return j > i || c.pos(j).startsWith("NN");
            }
            if (!(c.pos(j).equals("DT") || c.pos(j).equals("PRP$") || c.pos(j).startsWith("JJ")
                    || c.pos(j).equals("POS") || c.mentionAt(j) != null || c.pos(j).startsWith("NN"))) {
                return false;
            }
        }
        return false;
    }

    /** A place (country, region or city) named within {@code window} tokens from i, before punctuation. */
    static boolean placeWithin(ClauseTokens c, int from, int window) {
        for (int j = from; j < Math.min(c.size(), from + window); j++) {
            ClauseTokens.Placed p = c.mentionAt(j);
            if (p != null) {
                return p.entity().type() != EntityType.PERSON
                        && p.entity().type() != EntityType.ORGANIZATION;
            }
            if (c.w(j).equals(",") || c.w(j).equals(".") || c.w(j).equals(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A stance held until a precondition is met, in the clause before i: a refusal of talks, a truce or a deal
     * ("there will be no negotiation (until)"), or a vow to go on ("will keep striking (until)").
     */
    static boolean heldUntil(ClauseTokens c, int i) {
        boolean refused = false;
        boolean talks = false;
        boolean goOn = false;
        for (int j = i - 1; j >= Math.max(0, i - 12); j--) {
            String w = c.w(j);
            if (w.equals(",") || w.equals(";") || w.equals(":") || QUOTE_CHARS.contains(w)) {
                break;
            }
            refused |= NEGATIONS.contains(w) || c.lemma(j).equals("refuse") || w.equals("out") && c.lemma(j - 1).equals("rule");
            talks |= TALK_WORDS.contains(w);
            // "vowed to keep targeting", "will continue fighting": not "fighting continued until"
            goOn |= GO_ON_VERBS.contains(c.lemma(j)) && (c.w(j - 1).equals("to") || c.pos(j - 1).equals("MD"));
        }
        return refused && talks || goOn;
    }

    /**
     * A clause from i, not a date: a finite verb or modal within {@code window} tokens before punctuation, or a
     * named party or pronoun as its subject ("until Moscow withdraws", where the tagger may miss the verb).
     */
    static boolean clauseFollows(ClauseTokens c, int from, int window) {
        int subject = c.w(from).equals("the") ? from + 1 : from;
        ClauseTokens.Placed named = c.mentionAt(subject);
        if (named != null && named.agentive() && !Set.of("of", ",", ".", "'s").contains(c.w(named.end()))
                || c.pos(from).equals("PRP")) {
            return true;
        }
        for (int j = from; j < Math.min(c.size(), from + window); j++) {
            if (c.isFinite(j)) {
                return true;
            }
            if (c.w(j).equals(",") || c.w(j).equals(".") || c.w(j).equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** "will not", "would never", "won't" (an adverb may follow) right before the verb at i. */
    static boolean refusedByModal(ClauseTokens c, int i) {
        int j = i - 1;
        if (c.pos(j).startsWith("RB") && !NEGATIONS.contains(c.w(j))) {
            j--;
        }
        if (!(c.w(j).equals("not") || c.w(j).equals("never") || c.w(j).equals("n't"))) {
            return false;
        }
        String modal = c.w(j - 1);
        return FUTURE.contains(modal) || modal.equals("would");
    }

    /** A matter declared closed after a form of "be": "not on the table", "not up for discussion", "non-negotiable". */
    static boolean closedMatter(ClauseTokens c, int i) {
        String w = c.w(i);
        boolean afterBe = BE.contains(c.w(i - 1)) || BE.contains(c.w(i - 2)) && c.pos(i - 1).startsWith("RB");
        if (!afterBe) {
            return false;
        }
        if (w.equals("non-negotiable") || w.equals("out") && c.w(i + 1).equals("of") && c.w(i + 2).equals("the")
                && c.w(i + 3).equals("question")) {
            return true;
        }
        if (!w.equals("not")) {
            return false;
        }
        String a = c.w(i + 1);
        String b = c.w(i + 2);
        return a.equals("on") && b.equals("the") && c.w(i + 3).equals("table")
                || a.equals("up") && b.equals("for") || a.equals("negotiable") || a.equals("for") && b.equals("sale")
                || (a.equals("an") || a.equals("a")) && b.equals("option");
    }

    /** A negation among the {@code window} words before i. */
    static boolean negatedBefore(ClauseTokens c, int i, int window) {
        for (int j = i - 1; j >= Math.max(0, i - window); j--) {
            if (NEGATIONS.contains(c.w(j)) || c.w(j).equals("longer") && c.w(j - 1).equals("no")) {
                return true;
            }
            if (c.w(j).equals(",") || c.w(j).equals("and") || c.w(j).equals("but")) {
                return false;
            }
        }
        return false;
    }

    /** Index of a "to" followed by a verb within {@code window} tokens from i (before punctuation), or -1. */
    static int toVerbWithin(ClauseTokens c, int from, int window) {
        for (int j = from; j < Math.min(c.size(), from + window); j++) {
            String w = c.w(j);
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("that")) {
                return -1;
            }
            if (w.equals("to") && (c.pos(j + 1).equals("VB") || c.w(j + 1).equals("be") || mistaggedVerb(c, j + 1))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "pressed India to ease restrictions": a base verb the tagger took for a noun, a present form or even a
     * determiner, known by a lower-case word right after "to" and an object opening right after it.
     */
    static boolean mistaggedVerb(ClauseTokens c, int i) {
        String p = c.pos(i);
        String next = c.pos(i + 1);
        boolean oddDeterminer = p.equals("DT") && !Set.of("the", "a", "an", "this", "that", "these", "those", "all",
                "any", "some", "every", "each", "no", "both", "either", "neither", "another").contains(c.w(i));
        return (p.equals("NN") || p.equals("VBP") || oddDeterminer) && c.mentionAt(i) == null && !c.w(i).isEmpty()
                && Character.isLowerCase(c.tokens.get(i).text().charAt(0))
                && (next.equals("DT") || next.equals("PRP$") || next.equals("NNS") || next.equals("JJ")
                || next.equals("RP"));
    }

    /** "wants the sanctions on its oil lifted": a noun phrase then a past participle, before punctuation. */
    static boolean objectThenParticiple(ClauseTokens c, int from, int window) {
        if (!(c.pos(from).equals("DT") || c.pos(from).equals("PRP$") || c.isNoun(from) || c.mentionAt(from) != null)) {
            return false;
        }
        for (int j = from + 1; j < Math.min(c.size(), from + window); j++) {
            String w = c.w(j);
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("that") || w.equals("to")) {
                return false;
            }
            if ((c.pos(j).equals("VBN") || c.pos(j).equals("VBD")) && c.isNoun(j - 1)) {
                return true;
            }
        }
        return false;
    }

    /** ", as Security Council resolutions require": a demand verb cited as the ground of another statement. */
    static boolean asReference(ClauseTokens c, int i) {
        for (int j = i - 1; j >= Math.max(1, i - 6); j--) {
            if (c.w(j).equals("as")) {
                return c.w(j - 1).equals(",");
            }
            if (!(c.isNoun(j) || c.pos(j).startsWith("JJ") || c.pos(j).equals("DT") || c.mentionAt(j) != null)) {
                return false;
            }
        }
        return false;
    }

    /** True when tokens {@code [from, to)} hold a mention or a noun phrase (the addressee of "asked Y to"). */
    private static boolean objectBetween(ClauseTokens c, int from, int to) {
        for (int j = from; j < to; j++) {
            if (c.mentionAt(j) != null || c.isNoun(j) || c.pos(j).equals("PRP")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A demand or offer noun states a statement when it is presented ("laid out a proposal"), owned and followed
     * by its content ("Russia's call for talks", "calls by Xi for"), or the subject that introduces content
     * ("The plan includes ...", "Other conditions are ...").
     */
    static boolean nounStatesContent(ClauseTokens c, int i) {
        // presented: a presentation verb shortly before, with no other verb between
        for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
            if (PRESENT_VERBS.contains(c.lemma(j)) && c.isVerb(j)) {
                return !BE.contains(c.w(j - 1)) || c.w(j + 1).equals("by");
            }
            if (c.isVerb(j) || c.w(j).equals(",")) {
                break;
            }
        }
        boolean owned = c.possessiveOwnerBefore(i) != null;
        int k = i + 1;
        if (c.w(k).equals("by") || c.w(k).equals("from")) {
            ClauseTokens.Placed agent = c.mentionAt(k + 1) != null ? c.mentionAt(k + 1) : c.mentionAt(k + 2);
            if (agent != null && agent.agentive()) {
                owned = true;
                k = agent.end();
            }
        }
        boolean intro = false;
        for (int j = k; j < Math.min(c.size(), k + 3); j++) {
            String w = c.w(j);
            if (!NOUN_CONTENT_INTRO.contains(w) || w.equals("to") && c.w(j + 1).equals("the") && !owned) {
                continue;
            }
            boolean adjacentOnly = w.equals("that") || w.equals("to") || w.equals("for") || w.equals(":");
            boolean beAdjective = BE.contains(w) && c.pos(j + 1).startsWith("JJ")
                    && c.find(j + 1, j + 6, java.util.Set.of("including", "include", "includes")) < 0;
            if ((!adjacentOnly || j == k) && !beAdjective) {
                intro = true;
                break;
            }
        }
        if (owned && intro) {
            return true;
        }
        // clause subject: only determiners and adjectives before it in its clause
        boolean subjectStart = true;
        for (int j = i - 1; j >= 0; j--) {
            String p = c.pos(j);
            String w = c.w(j);
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                break;
            }
            if (!(p.startsWith("JJ") || p.equals("DT") || p.equals("CD") || p.startsWith("NN") && c.mentionAt(j) == null
                    || p.equals("PRP$") || w.equals("other"))) {
                subjectStart = false;
                break;
            }
        }
        if (subjectStart && intro) {
            int j = k;
            while (j < c.size() && !NOUN_CONTENT_INTRO.contains(c.w(j))) {
                j++;
            }
            String v = c.w(j);
            return !v.equals("to") && !v.equals("would") || v.equals("for");
        }
        return false;
    }
}
