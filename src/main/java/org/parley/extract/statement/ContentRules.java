package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Where a statement's content lies in the sentence's structure: the complements of a trigger verb or adjective
 * (its clause, its object, its prepositional phrases), the clause an obligation governs without its subject, the
 * complements of a nominal trigger, or what a rejection rejects. Background clauses ("as talks resumed"), the
 * attribution ("X said") and punctuation are left out.
 */
final class ContentRules {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList BACKGROUND = LEXICON.list("background-markers");
    private static final WordList PRESENT_VERBS = LEXICON.list("present-verbs");
    private static final WordList RELATIVE = LEXICON.list("relative-pronouns");
    private static final WordList NAMING = LEXICON.list("naming-verbs");
    private static final WordList OCCASIONS = LEXICON.list("occasion-nouns");
    private static final WordList NOUN_CONTENT_VERBS = LEXICON.list("content-verbs");
    private static final WordList TERRITORIAL_STATUS = LEXICON.list("territorial-status-nouns");
    private static final WordList DEMAND_NOUNS = LEXICON.list("demand-nouns");
    private static final WordList OFFER_NOUNS = LEXICON.list("offer-nouns");
    private static final WordList REACTIONS = LEXICON.list("reaction-verbs");
    private static final WordList FORCE_NOUNS = LEXICON.list("force-nouns");
    private static final WordList PLACE_NOUNS = LEXICON.list("place-nouns");
    private static final RuleId WANT_OBJECT = RuleId.of("statement.demand.want-object");
    private static final Set<String> FORCE_PHRASES = Set.of("prep", "acl", "relcl");
    private static final Set<String> VERB_COMPLEMENTS = Set.of("ccomp", "xcomp", "dobj", "dative", "iobj", "prep",
            "oprd", "attr", "acomp", "pcomp", "advcl", "prt");
    private static final Set<String> NOUN_COMPLEMENTS = Set.of("prep", "acl", "relcl", "ccomp", "xcomp", "appos",
            "pcomp", "advcl");
    private static final Set<String> CLAUSE_FRAME = Set.of("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg",
            "punct", "mark", "cc", "parataxis", "expl", "discourse");

    private ContentRules() {
    }

    /** The frame with its content tokens. */
    static Frame apply(Site x) {
        SentenceView s = x.s();
        int h = x.head();
        int copula = Clauses.copulaOfPhrase(s, h);
        Set<Integer> out = new TreeSet<>();
        if (x.trigger().obligation() || s.relation(h).equals("aux")) {
            obligationContent(s, h, out);
        } else if (ruleContent(x, out)) {
            // the content the rule names itself, added by ruleContent
        } else if (copula >= 0) {
            copulaPhraseContent(s, h, copula, out);
        } else if (s.isNoun(h)) {
            addComplements(s, h, NOUN_COMPLEMENTS, out);
            addPredicateSubject(s, h, out);
            int over = trailingPreposition(s, h, "over");
            if (over >= 0 && TERRITORIAL_STATUS.contains(s.lemma(h))) {
                out.addAll(subtree(s, over)); // "sovereignty of Iran over the islands"
            }
            int asked = trailingPreposition(s, h, "for");
            if (asked >= 0 && (DEMAND_NOUNS.contains(s.lemma(h)) || OFFER_NOUNS.contains(s.lemma(h)))) {
                out.addAll(subtree(s, asked)); // "rejected calls by Dodon for a federal state": what is called for
            }
            if (s.relation(h).equals("dobj") && PRESENT_VERBS.contains(s.lemma(s.head(h)))) {
                // "delivered the terms to Peru through Bolivia": what the presenting verb adds
                addComplements(s, s.head(h), Set.of("prep", "dative"), out);
            }
            if (s.relation(h).equals("nsubj") && NOUN_CONTENT_VERBS.contains(s.lemma(s.head(h)))) {
                // "Serbia's conditions include autonomy for ...": what the noun includes or requires
                addComplements(s, s.head(h), Set.of("dobj", "prep", "ccomp", "xcomp"), out);
            }
            if (s.relation(h).equals("nsubj") && s.lemma(s.head(h)).equals("be")) {
                // "Iran's condition is that Washington lift the sanctions": what the noun is said to be
                addComplements(s, s.head(h), Set.of("ccomp", "xcomp", "attr"), out);
            }
        } else {
            addComplements(s, h, VERB_COMPLEMENTS, out);
            addPredicateSubject(s, h, out);
            addPassiveThing(s, h, x.trigger().kind(), out);
            if (x.trigger().rule().equals(WANT_OBJECT)) {
                out.addAll(WantedStates.state(s, h)); // "want land in A moved under B's control"
            } else {
                removeAddresseePhrases(s, h, out); // the object of "want" is the thing wanted, not an addressee
            }
            for (int joined : JoinedActs.joined(s, h, x.trigger().kind())) {
                addComplements(s, joined, VERB_COMPLEMENTS, out); // "would accept X and would travel to A"
            }
        }
        out.addAll(JudgedProposals.judged(s, h, x.trigger().kind())); // "branded the plan for A a trap"
        addObjectParticiples(s, h, out);
        addStrandedGerunds(s, h, out);
        if (x.trigger().kind() == StatementKind.DEMAND) {
            addRestrictiveWho(s, out);
        }
        out.addAll(GerundSeries.continued(s, out)); // "by freeing the prisoners, reopening the A school, ..."
        removeOutside(x, out);
        out.removeIf(i -> s.pos(i).equals(".") || s.pos(i).equals(",") || s.relation(i).equals("punct")
                || x.trigger().tokens().contains(i));
        return x.frame().withContent(new ArrayList<>(out));
    }

    /**
     * What the parser hangs inside the content but the statement does not ask or offer: a party subject of a demanded
     * clause, a reaction the statement caused, a condition below the act offered ({@link NestedConditions}).
     */
    private static void removeOutside(Site x, Set<Integer> out) {
        removePartySubjects(x.s(), out);
        removeReactions(x.s(), out);
        NestedConditions.remove(x.s(), x.head(), x.trigger().kind(), out); // "begin talks if A left B"
    }

    /**
     * The content a rule names itself, added to {@code out}: the act a warning is about ("any attack on its troops in
     * Idlib would be met with force": the act warned against, not the answer), the items listed after terms ("set out
     * its terms: a pullback from A, ...", {@link ListedTerms}); false for every other rule.
     */
    private static boolean ruleContent(Site x, Set<Integer> out) {
        SentenceView s = x.s();
        if (x.trigger().rule().id().equals("statement.demand.any-act-answered")) {
            out.addAll(subtree(s, s.child(x.head(), "nsubjpass")));
            return true;
        }
        if (x.trigger().rule().equals(ListedTerms.RULE)) {
            out.addAll(ListedTerms.items(s, x.head()));
            return true;
        }
        return false;
    }

    /**
     * "pressed the Taliban administration in Kabul to reopen ...": with a clause after it, the addressee of verb
     * {@code h} and where it is are no content; what the parser hung on it after the infinitive is (StrayedObjects).
     * Not for "want" read with an object ({@code statement.demand.want-object}): its object is the thing wanted, even
     * where the parser hangs a clause on the verb ("wants the ban imposed on A after the riots scrapped").
     */
    private static void removeAddresseePhrases(SentenceView s, int h, Set<Integer> out) {
        if (s.child(h, "xcomp", "ccomp") < 0) {
            return;
        }
        for (int o : s.children(h)) {
            if (s.relation(o).equals("dobj") || s.relation(o).equals("dative")) {
                out.removeAll(StrayedObjects.addresseePhrase(s, h, o));
            }
        }
    }

    /**
     * The act an obligation's verb governs: its infinitive, or, in "had until Friday to hand the airports of A to the
     * army", the infinitive the parser hangs inside the "until" phrase (on the day or the hour); -1 when none.
     */
    private static int obligedAct(SentenceView s, int h) {
        if (s.child(h, "xcomp") >= 0) {
            return s.child(h, "xcomp");
        }
        for (int p : s.children(h, "prep")) {
            String w = s.word(p).toLowerCase(Locale.ROOT);
            for (int t : w.equals("until") || w.equals("till") ? s.subtree(p) : List.<Integer>of()) {
                if (s.isVerb(t) && Clauses.toInfinitive(s, t)) {
                    return t;
                }
            }
        }
        return -1;
    }

    /**
     * The clause an obligation governs: everything but its frame (auxiliaries, marks, reporting clauses); its subject
     * too when that is not a party ("the routes between Latakia and Aleppo must be restored").
     */
    private static void addClause(SentenceView s, int verb, Set<Integer> out) {
        for (int c : s.children(verb)) {
            String r = s.relation(c);
            boolean thingSubject = (r.equals("nsubj") || r.equals("nsubjpass")) && !Conditions.partyLike(s, c);
            if ((thingSubject || !CLAUSE_FRAME.contains(r)) && !background(s, c) && !Clauses.reporting(s, c)) {
                out.addAll(subtree(s, c));
            }
        }
    }

    /** What an obligation asks: the act its verb governs, with its clause and a subject that is no party. */
    private static void obligationContent(SentenceView s, int h, Set<Integer> out) {
        int verb = s.relation(h).equals("aux") ? s.head(h) : obligedAct(s, h);
        if (verb >= 0) {
            out.add(verb);
            addClause(s, verb, out);
        }
        if (verb >= 0 && verb != h && s.head(verb) == h) {
            addObligedThing(s, h, out);
        }
    }

    /**
     * "the roadblocks at A would have to come down", "an end to the raids on B will have to come first": the subject
     * of the obligation's own verb, when it is no party, is what must happen or be done, so its phrases are content
     * as they are under a modal ("the routes between A and B must be restored"); a party subject is the one who must
     * act and stays out.
     */
    private static void addObligedThing(SentenceView s, int h, Set<Integer> out) {
        for (int c : s.children(h)) {
            String r = s.relation(c);
            if ((r.equals("nsubj") || r.equals("nsubjpass")) && !Conditions.partyLike(s, c)) {
                out.addAll(subtree(s, c));
            }
        }
    }

    /**
     * What a phrase on a copula is said of: the copula's subject ("a referendum is not on the table"), or, when the
     * subject is a party ("Serbia is against the deal"), the objects of the phrase's prepositions.
     */
    private static void copulaPhraseContent(SentenceView s, int h, int copula, Set<Integer> out) {
        if (addThingSubject(s, copula, out)) {
            return;
        }
        for (int k = h; k >= 0 && k != copula; k = s.head(k)) {
            addComplements(s, k, Set.of("pobj"), out);
        }
    }

    /**
     * What a predicate adjective or noun on the copula is said of, when that is no party: "partition of the province
     * is not acceptable", "the peninsula is a red line", "a base in the valley is not something Quito would accept".
     */
    private static void addPredicateSubject(SentenceView s, int h, Set<Integer> out) {
        int p = s.relation(h).equals("relcl") && (s.word(s.head(h)).equalsIgnoreCase("something")
                || s.word(s.head(h)).equalsIgnoreCase("anything")) ? s.head(h) : h; // "is not something X would sign"
        boolean predicate = s.relation(p).equals("acomp") || s.relation(p).equals("attr");
        if (predicate && s.lemma(s.head(p)).equals("be") || Clauses.crossed(s, h)) {
            addThingSubject(s, s.head(p), out);
        }
    }

    /** Participles the parser hangs on the trigger verb that describe its object: its extent, a route's two ends. */
    private static void addObjectParticiples(SentenceView s, int h, Set<Integer> out) {
        out.addAll(ExtentClauses.extent(s, h)); // "demanded a buffer zone, stretching from A to B"
        out.addAll(RouteLinks.links(s, h)); // "to build a road through A, linking B with C"
    }

    /**
     * "conditional on Russia pulling its troops out of X": a gerund right after the object of a preposition in the
     * content is that object's act, though the parser hangs it on a verb above the trigger.
     */
    private static void addStrandedGerunds(SentenceView s, int h, Set<Integer> out) {
        for (int o : List.copyOf(out)) {
            if (!s.relation(o).equals("pobj")) {
                continue;
            }
            int next = afterPhrase(s, o);
            if (next < s.size() && s.pos(next).equals("VBG") && s.relation(next).equals("advcl")
                    && s.dominates(s.head(next), h) && !out.contains(next)) {
                out.addAll(subtree(s, next));
            }
        }
    }

    /**
     * "the withdrawal of all fighters from Tripoli was demanded", "a ceasefire in Donetsk was offered": the passive
     * subject of a verb of demanding or offering is what is demanded or offered, when it is no party; not when the
     * verb governs a clause ("an envoy from Chad would be asked to attend": the one asked, not what is asked).
     */
    private static void addPassiveThing(SentenceView s, int h, StatementKind kind, Set<Integer> out) {
        boolean governsClause = s.child(h, "xcomp", "ccomp") >= 0;
        int subject = kind == StatementKind.REJECTION || governsClause ? -1 : s.child(h, "nsubjpass");
        if (subject >= 0 && !Conditions.partyLike(s, subject)) {
            out.addAll(subtree(s, subject));
        }
    }

    /** Adds the copula's subject when it is no party; true when it did. */
    private static boolean addThingSubject(SentenceView s, int copula, Set<Integer> out) {
        int subject = Clauses.subject(s, copula);
        if (subject < 0 || Conditions.partyLike(s, subject)) {
            return false;
        }
        out.addAll(subtree(s, subject));
        return true;
    }

    /**
     * The preposition {@code word} right after the phrase of a nominal trigger, where the parser hung it on a word
     * above the trigger ("no doubt about the sovereignty of Iran over the islands": "over" on "doubt"); -1 if none.
     */
    static int trailingPreposition(SentenceView s, int h, String word) {
        int next = afterPhrase(s, h);
        return next < s.size() && s.word(next).equals(word) && s.relation(next).equals("prep")
                && s.dominates(s.head(next), h) && s.child(next, "pobj") >= 0 ? next : -1;
    }

    private static int afterPhrase(SentenceView s, int h) {
        List<Integer> own = s.subtree(h);
        return own.get(own.size() - 1) + 1;
    }

    private static void addComplements(SentenceView s, int head, Set<String> relations, Set<Integer> out) {
        for (int c : s.children(head)) {
            if (relations.contains(s.relation(c)) && !background(s, c) && !agentPhrase(s, c) && !circumstance(s, head, c)) {
                out.addAll(subtree(s, c));
            }
        }
    }

    /**
     * A circumstance of the saying, not what is said: a phrase before the verb ("In Donbas, officials demanded"), the
     * occasion ("in a speech to diplomats in Moscow", "told reporters on his return to A"), a participle clause
     * ("Speaking in Brussels, ..."), a condition ("if there were guarantees ..."); not an infinitive with "for" ("for
     * the army to leave").
     */
    private static boolean circumstance(SentenceView s, int head, int c) {
        String r = s.relation(c);
        boolean spokeOn = s.word(c).equals("on") && Addressing.audience(s, head); // "told reporters on his return"
        if (r.equals("prep") && (c < head || spokeOn) && s.isVerb(head)) {
            return true;
        }
        int o = r.equals("prep") ? s.child(c, "pobj") : -1;
        if (o >= 0 && s.listed(OCCASIONS, o)) {
            return true;
        }
        if (r.equals("advcl")) {
            // "calls for their fighters to leave the camps": an infinitive with "for" and its subject is what is asked
            boolean infinitive = Clauses.toInfinitive(s, c);
            int mark = s.child(c, "mark");
            return !infinitive || mark >= 0 && !s.word(mark).equals("for");
        }
        return false;
    }

    /**
     * "demanded that Ukraine withdraw from Donetsk, prompting a sharp response from Kyiv": a participle of the
     * {@code reaction-verbs} list after a comma tells what the statement caused, not what it asks.
     */
    private static void removeReactions(SentenceView s, Set<Integer> out) {
        for (int i : List.copyOf(out)) {
            if (out.contains(i) && i > 0 && s.word(i - 1).equals(",") && s.relation(i).equals("advcl")
                    && s.pos(i).startsWith("VBG") && REACTIONS.contains(s.lemma(i))) {
                out.removeAll(s.subtree(i));
            }
        }
    }

    /**
     * The subject of a demanded clause that is a party ("that the Taliban government in Kabul act") is the addressee,
     * so neither it nor the place that locates it is content. Forces are moved, not addressed: where they are is the
     * place the act is asked of ("that the Russian troops stationed in A go home"), so a force subject keeps its
     * phrases and clauses; its owner stays out (see {@link PlaceRules}). So does a body's site that is opened or
     * closed ("that the offices in A be reopened", {@link OpenedSites}).
     */
    private static void removePartySubjects(SentenceView s, Set<Integer> out) {
        for (int i : List.copyOf(out)) {
            String r = s.relation(i);
            if ((r.equals("nsubj") || r.equals("nsubjpass")) && out.contains(s.head(i)) && Conditions.partyLike(s, i)) {
                List<Integer> subject = new ArrayList<>(s.subtree(i));
                if (s.listed(FORCE_NOUNS, i) || OpenedSites.openedBody(s, i)) { // "that the offices in A be shut"
                    for (int c : s.children(i)) {
                        if (FORCE_PHRASES.contains(s.relation(c))) {
                            subject.removeAll(s.subtree(c));
                        }
                    }
                }
                out.removeAll(subject);
            }
        }
    }

    /**
     * Whether a token lies in a phrase or clause of a party subject that is forces ("the troops stationed in A"),
     * which {@link #removePartySubjects} keeps in the content.
     */
    static boolean inForceSubject(SentenceView s, int token) {
        for (int a = token, steps = 0; a >= 0 && steps < 12; a = s.head(a), steps++) {
            int up = s.head(a);
            if (up >= 0 && FORCE_PHRASES.contains(s.relation(a)) && s.listed(FORCE_NOUNS, up)
                    && (s.relation(up).equals("nsubj") || s.relation(up).equals("nsubjpass"))
                    && Conditions.partyLike(s, up)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A subtree without the relative and naming clauses inside it ("..., which they lost in 2014", "known as") and
     * without a remark appended after a comma (", a request Kosovo has declined"). A relative clause opened by "that"
     * with no comma before it says which thing is meant, so it is content: "a treaty that recognised its annexation
     * of Crimea". A condition's content is cut the same way ({@link ConditionRules}).
     */
    static List<Integer> subtree(SentenceView s, int top) {
        List<Integer> out = new ArrayList<>();
        for (int i : s.subtree(top)) {
            boolean skip = false;
            for (int a = i; a != top && a >= 0 && !skip; a = s.head(a)) {
                skip = s.relation(a).equals("relcl") && s.child(a, "nsubj", "nsubjpass", "dobj") >= 0
                        && RELATIVE.contains(s.word(firstToken(s, a))) && !restrictive(s, a)
                        || s.relation(a).equals("acl") && NAMING.contains(s.lemma(a)) && !namesPlace(s, a)
                        || Clauses.appendedRemark(s, a);
            }
            if (!skip) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * "an end to building in the area known as A", "a new state called A": a naming clause right on a place noun
     * gives that place its name, so the name is content; after a comma it only adds another name ("the Falklands,
     * known as the Malvinas in Argentina").
     */
    private static boolean namesPlace(SentenceView s, int clause) {
        int noun = s.head(clause);
        int first = firstToken(s, clause);
        return noun >= 0 && s.listed(PLACE_NOUNS, noun)
                && first > 0 && !s.word(first - 1).equals(",");
    }

    /** A relative clause opened by "that" right after its noun, without a comma. */
    private static boolean restrictive(SentenceView s, int clause) {
        int first = firstToken(s, clause);
        return s.word(first).equalsIgnoreCase("that") && first > 0 && !s.word(first - 1).equals(",");
    }

    /**
     * In a demand, a "who" clause without a comma on a noun of the content says which people the addressee must act
     * on ("rein in the fighters who slip into A and B", "the withdrawal of the troops who have been stationed in
     * A"), so it is content too. Not in a rejection or an offer, where it describes a counterpart ("would never
     * bargain with the jihadists who blockade A").
     */
    static void addRestrictiveWho(SentenceView s, Set<Integer> out) {
        for (int i : List.copyOf(out)) {
            for (int c : s.children(i, "relcl")) {
                if (restrictiveWho(s, c) && !out.contains(c)) {
                    out.addAll(subtree(s, c));
                }
            }
        }
    }

    /**
     * A "who" clause with no comma before it, unless it tells in the past what people other than forces did or
     * wished ("take in the people who wanted to go to A", "let the residents who fled to A return"): their history
     * says where they were or meant to go, not where the act is asked ("the soldiers who crossed into A" stay).
     */
    private static boolean restrictiveWho(SentenceView s, int clause) {
        int first = firstToken(s, clause);
        return s.relation(clause).equals("relcl") && s.word(first).equalsIgnoreCase("who") && first > 0
                && !s.word(first - 1).equals(",")
                && !(PerfectAspect.pastAct(s, clause) && !s.listed(FORCE_NOUNS, s.head(clause)));
    }

    /** Whether a token lies in a "who" clause without a comma before it (see {@link #addRestrictiveWho}). */
    static boolean inRestrictiveWho(SentenceView s, int token) {
        for (int a = token, steps = 0; a >= 0 && steps < 12; a = s.head(a), steps++) {
            if (restrictiveWho(s, a)) {
                return true;
            }
        }
        return false;
    }

    private static int firstToken(SentenceView s, int clause) {
        return s.subtree(clause).get(0);
    }

    /** A clause opened by a background word ("as", "while", "after") or a reporting clause. */
    private static boolean background(SentenceView s, int c) {
        String r = s.relation(c);
        if (r.equals("advcl") || r.equals("acl") || r.equals("relcl")) {
            int mark = s.child(c, "mark", "advmod");
            if (mark >= 0 && mark < c && BACKGROUND.contains(s.word(mark))) {
                return true;
            }
        }
        return Clauses.reporting(s, c) && (r.equals("parataxis") || r.equals("advcl") || r.equals("ccomp")
                && s.child(c, "nsubj") >= 0 && c > s.head(c) && s.children(c, "ccomp").isEmpty());
    }

    private static boolean agentPhrase(SentenceView s, int c) {
        return s.relation(c).equals("agent") || s.relation(c).equals("prep") && s.word(c).equals("according");
    }

}
