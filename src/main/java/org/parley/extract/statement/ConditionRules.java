package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.core.StatementLink;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Conditions: what a party sets as the condition of its own statement is a demand by that party. Found where a clause
 * or phrase opens with one of the {@code condition-markers} ("if", "unless", "as long as", "provided that", "only
 * after", "as soon as", "in return for") on a party's clause, or with "until" after a refusal or a going-on ("will
 * keep striking until the war ends"). The demand is addressed to the condition's subject and linked as the
 * condition of the statement the main clause makes; an offer that names no addressee is made to it. A refusal under
 * a condition ("could not return if ...") is that demand only.
 */
final class ConditionRules {

    static final RuleId CONDITION = RuleId.of("condition.clause");
    static final RuleId PRICE = RuleId.of("condition.in-return");
    private static final RuleId LINK = RuleId.of("link.condition.clause");
    private static final RuleId MAKER_MAIN = RuleId.of("maker.condition-main-clause");
    private static final RuleId COUNTERPART = RuleId.of("addressee.condition-counterpart");
    /** Refusals a condition lifts: "will not sign unless ...", "would not take part unless ...", "no talks until ...". */
    static final Set<RuleId> REFUSED_ACTS = Stream.of("statement.rejection.refusable-act",
            "statement.rejection.refusable-participation", "statement.rejection.no-talks-held",
            "statement.rejection.no-negotiation", "statement.rejection.no-concession",
            "statement.rejection.not-part-of", "statement.rejection.no-joint-act",
            "statement.rejection.not-doing", "statement.rejection.act-none", "statement.rejection.part-in-none")
            .map(RuleId::of)
            .collect(Collectors.toUnmodifiableSet());
    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList MARKERS = LEXICON.list("condition-markers");
    private static final WordList WISHES = LEXICON.list("wish-verbs");
    private static final Set<String> INNER_CLAUSES = Set.of("advcl", "ccomp", "xcomp", "conj", "dep", "pcomp");
    private static final WordList PRICES = LEXICON.list("price-markers");
    private static final WordList CONTINUATION = LEXICON.list("continuation-verbs");
    private static final WordList THREATS = LEXICON.list("threat-verbs");
    private static final WordList REFUSALS = LEXICON.list("rejection-verbs");
    private static final WordList NEGATIONS = LEXICON.list("negations");
    private static final WordList OUTCOMES = LEXICON.list("outcome-nouns");
    private static final List<WordList> ACTS = List.of(LEXICON.list("concession-verbs"), LEXICON.list("stopping-verbs"),
            LEXICON.list("hostile-acts"), LEXICON.list("negotiation-verbs"), LEXICON.list("refusable-acts"),
            LEXICON.list("continuation-verbs"), LEXICON.list("process-verbs"));

    /** A condition in the sentence: its top token, the token it hangs from, its subject (or -1), its marker. */
    private record Site(int top, int main, int subject, int markerFirst, int markerLength, RuleId rule) {
    }

    private ConditionRules() {
    }

    static List<Frame> apply(SentenceView s, List<Frame> frames, Parties parties, Discourse discourse) {
        List<Frame> out = new ArrayList<>(frames);
        for (Site c : sites(s)) {
            if (NonProposals.reasonCondition(s, c.main(), c.markerFirst())) {
                continue; // "because he faces arrest if he returns": part of a reason, nothing asked
            }
            Frame mainFrame = frameAt(s, out, c.main());
            if (mainFrame == null && c.main() >= 0 && NewsBackground.commentatorsJudgement(s, c.main())) {
                continue; // "analysts said Russia would withdraw once winter set in": a forecast, no party's terms
            }
            int mainSubject = c.main() < 0 ? -1 : mainSubject(s, c.main());
            Party to = conditionAddressee(s, c, parties);
            boolean ifNot = c.rule() == CONDITION && NegatedIfThreats.threat(s, c.markerFirst(), c.markerLength(),
                    c.top()) && (to != null || c.subject() >= 0 && Conditions.partyLike(s, c.subject()));
            boolean judged = mainFrame == null && (mainSubject < 0 || !Conditions.partyLike(s, mainSubject))
                    && !act(s, c.main()) && !refused(s, c.main()) && !outcome(s, c)
                    && !ConditionedSides.sideActs(s, c.main(), mainSubject);
            if (judged && !ifNot) {
                continue; // "if X happens, the effort will fail": a judgement, not a condition a party sets
            }
            List<Party> makers = mainFrame != null && mainFrame.maker() != null ? mainFrame.makers()
                    : mainMaker(s, c.main(), parties, discourse);
            if (makers.isEmpty() && mainFrame == null) {
                continue; // a condition on a statement nobody is named for is still a demand, by someone unnamed
            }
            if (askedNothing(s, c, mainFrame, makers, to, parties, out)) {
                continue;
            }
            Frame demand = new Frame(s.index(), StatementKind.DEMAND, ifNot ? NegatedIfThreats.rule(s, c.markerFirst(),
                    judged, c.rule()) : c.rule(),
                    s.words(c.markerFirst(), c.markerFirst() + c.markerLength()), c.top(), makers,
                    to == null || makers.stream().anyMatch(to::same) ? List.of() : List.of(to),
                    ConditionRemarks.clause(s, c.top(), c.markerFirst(), c.markerLength()), List.of(), List.of(),
                    List.of(), Set.of(), List.of());
            boolean threat = s.word(c.markerFirst()).equalsIgnoreCase("unless") // "unless Panama acts, we will ..."
                    || c.rule() == FrontedConditions.RULE // "Without that law, no fighter would ...": the same
                    || ifNot; // "would lose its outlet if its leaders did not take the vote back": a threat
            Frame promise = mainFrame == null && !makers.isEmpty() && !threat && !refused(s, c.main())
                    ? ConditionalOffers.of(s, c.main(), c.top(), makers, to, parties.context()) : null;
            if (promise != null) {
                out.add(promise); // "he would call off the protests if the government freed ...": the offer too
                demand = demand.withLink(new Frame.Link(StatementLink.Type.CONDITION_OF, promise, LINK));
            } else if (mainFrame != null && REFUSED_ACTS.contains(mainFrame.rule())) {
                out.remove(mainFrame); // "could not return if ...": the condition is the point
            } else if (mainFrame != null && mainFrame.kind() != StatementKind.DEMAND) {
                if (mainFrame.addressees().isEmpty() && !demand.addressees().isEmpty()) {
                    // "Azerbaijan would reopen the road once Armenia had withdrawn": the offer is made to Armenia
                    Frame addressed = mainFrame.withAddressees(List.of(demand.addressees().get(0).by(COUNTERPART)));
                    out.set(out.indexOf(mainFrame), addressed);
                    mainFrame = addressed;
                }
                demand = demand.withLink(new Frame.Link(StatementLink.Type.CONDITION_OF, mainFrame, LINK));
            }
            Frame placed = PlaceRules.apply(s, demand, parties.context());
            boolean alone = promise == null && (mainFrame == null || !out.contains(mainFrame));
            out.add(alone // a conditional refusal or threat gives the demand alone: its act's places are the demand's
                    ? RefusedActPlaces.withRefusedAct(s, placed, c.main(), c.top(), parties.context()) : placed);
        }
        return out;
    }

    /**
     * A service on the other side's wish ("as long as Kiir needed them", "if Juba wished"), or a condition that waits
     * on a situation ("until the truce has held", "for as long as the talks in Juba went on", "until the mandate
     * ends"): nothing asked of anyone (nor of the party a modifier of the situation names). The main clause may still
     * promise ("his troops would stay for as long as Kiir needed them"), made to the wisher; that offer goes to
     * {@code out}. Whether the condition was such.
     */
    private static boolean askedNothing(SentenceView s, Site c, Frame mainFrame, List<Party> makers, Party to,
                                        Parties parties, List<Frame> out) {
        boolean wish = WISHES.contains(s.lemma(c.top()));
        if (!wish && !NonProposals.situationSubject(s, c.top(), c.subject())
                && !RunningCourse.waits(s, c.top(), c.subject())) {
            return false;
        }
        Frame promise = mainFrame == null && !makers.isEmpty()
                ? ConditionalOffers.of(s, c.main(), c.top(), makers, wish ? to : null, parties.context()) : null;
        if (promise != null) {
            out.add(promise);
        }
        return true;
    }

    /**
     * The verb a price ("in return for ...") is asked on. A participle that only describes a noun ("soldiers captured
     * near Goma in return for ...", where the parser hangs the price) asks nothing: the price goes with the clause
     * that noun is in.
     */
    private static int priceGovernor(SentenceView s, int forToken) {
        int v = Clauses.governingVerb(s, forToken);
        while (v >= 0 && s.relation(v).equals("acl") && (s.pos(v).equals("VBN") || s.pos(v).equals("VBD"))) {
            v = Clauses.governingVerb(s, v);
        }
        return v;
    }

    /**
     * Whether a sentence with no trigger word may still set a condition worth a parse: "until" after a going-on or a
     * negation ("vowed to keep firing until ...", "will not talk until ..."), or "no ... before" ("there will be no
     * ceasefire before ..."), or a threat with "if", "unless" or "until" ("threatened to close the strait if ..."), or
     * an outcome of talks or an act on an exclusive condition ("a truce would be possible only if ...", "the posts
     * would reopen only when ...").
     * Read from words and lemmas only, before any parse.
     */
    static boolean mayHold(SentenceView s) {
        boolean until = false;
        boolean before = false;
        boolean goingOn = false;
        boolean no = false;
        boolean threat = false;
        boolean ifOrUnless = false;
        boolean exclusive = false;
        boolean outcome = false;
        boolean act = false;
        for (int i = 0; i < s.size(); i++) {
            act |= act(s, i);
            String w = s.word(i).toLowerCase(Locale.ROOT);
            exclusive |= w.equals("unless")
                    || w.equals("only") && MARKERS.contains("only " + s.word(i + 1).toLowerCase(Locale.ROOT));
            outcome |= OUTCOMES.contains(s.lemma(i));
            until |= Modals.until(w)
                    || w.equals("long") && s.word(i - 1).equalsIgnoreCase("as") && s.word(i + 1).equals("as");
            before |= w.equals("before") && no;
            no |= w.equals("no");
            goingOn |= CONTINUATION.contains(s.lemma(i)) || NEGATIONS.contains(w);
            threat |= THREATS.contains(s.lemma(i)) || THREATS.contains(w);
            ifOrUnless |= w.equals("if") || w.equals("unless");
        }
        return until && (goingOn || threat) || before || threat && ifOrUnless || exclusive && (outcome || act);
    }

    /** Whether a condition ("if", "once", "unless", "in return for") hangs on the verb {@code verb}. */
    static boolean conditioned(SentenceView s, int verb) {
        return sites(s).stream().anyMatch(c -> c.main() == verb);
    }

    /** Whether the clause of {@code verb} is set under "only if", "only when" or the like: leverage, not a promise. */
    static boolean onlyConditioned(SentenceView s, int verb) {
        return sites(s).stream().anyMatch(c -> c.main() == verb && s.word(c.markerFirst()).equalsIgnoreCase("only"));
    }

    /** Whether token i lies inside a condition ("if they withdraw", "as long as talks go on"): no statement of its own. */
    static boolean insideCondition(SentenceView s, int i) {
        for (Site c : sites(s)) {
            if (s.dominates(c.top(), i) && !ConditionRemarks.inRemark(s, c.top(), i)) {
                return true;
            }
        }
        return false;
    }

    /** The conditions of the sentence, in text order: one set at its head without a conjunction first. */
    private static List<Site> sites(SentenceView s) {
        List<Site> out = new ArrayList<>(FrontedConditions.sites(s).stream() // "Without that guarantee, ..."
                .map(f -> new Site(f.top(), f.main(), f.subject(), f.opener(), 1, FrontedConditions.RULE)).toList());
        for (int c = 0; c < s.size(); c++) {
            String r = s.relation(c);
            if (r.equals("prep") && s.word(c).equals("for") && c >= 2 && PRICES.matchAt(s.wordList(), c - 2) == 2) {
                int o = s.child(c, "pobj", "pcomp");
                if (o >= 0 && s.head(c) >= 0) {
                    out.add(new Site(o, priceGovernor(s, c), -1, c - 2, 3, PRICE)); // "in return for ..."
                }
                continue;
            }
            boolean afterMarkerWord = r.equals("pcomp"); // "provided the army stopped": the parser's prep "provided"
            if (!(r.equals("advcl") || r.equals("ccomp") || r.equals("xcomp") || r.equals("conj") || r.equals("dep")
                    || afterMarkerWord) || !s.isVerb(c) && !s.isAdjective(c)) {
                continue;
            }
            int subject = Clauses.subject(s, c) >= 0 ? Clauses.subject(s, c) : subjectOnMarker(s, c);
            int first = subject >= 0 && subject < c ? Math.min(s.subtree(c).get(0), s.subtree(subject).get(0))
                    : s.subtree(c).get(0);
            int[] marker = marker(s, first, subject < 0 ? c : subject);
            if (marker != null && nestedMarker(s, c, marker[0] + marker[1] - 1)) {
                // "said that if Chad signs, the border will open": the "if" is the nested clause's; of "only when"
                // the last word tells, as the parser may hang "only" on a verb inside the clause
                marker = null;
            }
            boolean concessive = marker != null && s.word(marker[0] - 1).equals("even"); // "even if": no condition
            String w = marker == null ? "" : s.word(marker[0]);
            boolean precondition = Modals.until(w) || w.equals("before");
            if (marker != null && !concessive && (!precondition || untilApplies(s, s.head(c)))) {
                if (subject >= 0) {
                    int main = afterMarkerWord ? s.head(s.head(c)) : s.head(c);
                    if (main >= marker[0] && main < marker[0] + marker[1]) {
                        // "respect the deal for as long as Belgrade did", "resume talks provided that Serbia ...": the
                        // parser hung the clause on a word of its own marker; the condition is the verb's above it
                        main = Clauses.governingVerb(s, main);
                    }
                    if (main >= 0 && s.relation(main).equals("advmod") && s.pos(main).startsWith("RB")) {
                        main = s.head(main); // "as long as", "as soon as": the clause hangs on the adverb
                    }
                    main = main >= 0 && pastRelative(s, main, c) ? Clauses.governingVerb(s, main) : main;
                    if (main >= 0 && s.relation(main).equals("oprd")) {
                        main = s.head(main); // "would keep the border shut as long as ...": on "keep"
                    }
                    if (main >= 0 && s.relation(main).equals("cc")) {
                        main = reportedBefore(s, s.head(main), main); // "said X would take part, but only if ..."
                    }
                    // "sign the treaty by the end of the year, if ..." or "reopen the border within ten days,
                    // provided that ...": the parser hung the clause (or the marker word) on the nearest noun; a
                    // condition belongs to a verb
                    if (main >= 0 && (s.relation(c).equals("advcl") || afterMarkerWord) && s.isNoun(main)) {
                        main = Clauses.governingVerb(s, main);
                    }
                    main = ConditionedSides.reportedComplement(s, c, main); // "said X would ..., provided"
                    out.add(new Site(c, main, subject, marker[0], marker[1], CONDITION));
                }
            }
        }
        return out;
    }

    /**
     * "would call off the protests that have gripped the country if ...", "would keep to the truce it declared for as
     * long as ...": the parser hung the condition on a relative clause in the past, a fact that takes no condition,
     * below a verb with "will" or "would"; the condition is that verb's. So too a relative clause in the present
     * under a condition in the past ("would wind down the posts it keeps on the border once the militia had been
     * disarmed"): the tense of the condition follows the reported "would", not the present fact.
     */
    private static boolean pastRelative(SentenceView s, int verb, int condition) {
        boolean past = s.pos(verb).equals("VBD") || s.pos(verb).equals("VBN");
        boolean present = (s.pos(verb).equals("VBZ") || s.pos(verb).equals("VBP"))
                && (s.pos(condition).equals("VBD") || s.pos(condition).equals("VBN"));
        if (!s.relation(verb).equals("relcl") || !(past || present)
                || Modals.hasModal(s, verb)) {
            return false;
        }
        int above = Clauses.governingVerb(s, verb);
        return above >= 0 && Modals.hasFuture(s, above);
    }

    /**
     * "He said the alliance would take part ..., but only if ...": a condition the parser hung on the "but" after a
     * reported clause is that clause's; the last complement clause of {@code verb} before the conjunction, else verb.
     */
    private static int reportedBefore(SentenceView s, int verb, int conjunction) {
        int out = verb;
        for (int c : s.children(verb, "ccomp")) {
            out = c < conjunction ? c : out;
        }
        return out;
    }

    /**
     * "until the war in Gaza ends": the parser may read "until the war" as a phrase and hang the clause's subject on
     * the marker as its object; -1 when the clause has no marker with an object.
     */
    private static int subjectOnMarker(SentenceView s, int c) {
        int mark = s.child(c, "mark");
        if (!s.relation(c).equals("advcl")) {
            return -1;
        }
        return mark >= 0 ? s.child(mark, "pobj") : strandedSubject(s, c);
    }

    /**
     * "routes through Tavush, as long as Baku and Ankara accepted ...": the parser may hang the marker's last word on a
     * noun before the clause, with the clause's subject as its object; that object when the clause's words follow it
     * at once, else -1.
     */
    private static int strandedSubject(SentenceView s, int c) {
        int first = s.subtree(c).get(0);
        List<String> words = s.wordList();
        for (int p = first - 1; p >= Math.max(1, first - 8); p--) {
            int o = s.child(p, "pobj");
            List<Integer> phrase = o < 0 ? List.of() : s.subtree(o);
            if (!s.relation(p).equals("prep") || o <= p || o >= c || phrase.get(phrase.size() - 1) + 1 != first) {
                continue;
            }
            for (int i = Math.max(0, p - 3); i <= p; i++) {
                if (MARKERS.matchAt(words, i) == p - i + 1) {
                    return o;
                }
            }
        }
        return -1;
    }

    /**
     * The condition marker opening a clause whose first token is {@code first}: one of the lexicon's phrases among
     * the words from just before the clause up to its subject; {index, length} or null.
     */
    private static int[] marker(SentenceView s, int first, int subject) {
        List<String> words = s.wordList();
        for (int i = Math.max(0, first - 3); i < Math.max(first + 1, subject) && i < words.size(); i++) {
            int n = MARKERS.matchAt(words, i);
            if (n > 0 && i + n <= subject + 1 && i + n >= first) {
                return new int[] {i, n};
            }
        }
        return null;
    }

    /**
     * Whether the marker at {@code i} opens a clause inside clause {@code c} rather than {@code c} itself: a verb
     * between the marker and {@code c} heads that inner clause, which is a condition of its own.
     */
    private static boolean nestedMarker(SentenceView s, int c, int i) {
        for (int a = s.head(i); a >= 0 && a != c; a = s.head(a)) {
            if (s.dominates(c, a) && s.isVerb(a) && INNER_CLAUSES.contains(s.relation(a))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "until" or "before" sets a condition after a refusal or a going-on: "will not talk until", "no ceasefire before
     * the rebels leave", "will keep striking until", "ruled out talks until".
     */
    private static boolean untilApplies(SentenceView s, int main) {
        if (Conditions.negated(s, main) || CONTINUATION.contains(s.lemma(main))
                || CONTINUATION.contains(s.lemma(s.head(main))) || REFUSALS.contains(s.lemma(main))
                || s.lemma(main).equals("rule")) {
            return true;
        }
        return refused(s, main);
    }

    /** "there will be no ceasefire", "no talks will take place", "they want no deal": a clause that refuses a thing. */
    private static boolean refused(SentenceView s, int main) {
        for (int c : main < 0 ? List.<Integer>of() : s.children(main)) {
            String r = s.relation(c);
            if ((r.equals("nsubj") || r.equals("attr") || r.equals("dobj")) && s.child(c, "det") >= 0
                    && s.word(s.child(c, "det")).equals("no")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whom a condition is put to: its subject ("once Armenia had withdrawn"), the owner of forces that are its
     * subject ("once units of Armenia had left"), or the owner of what a price names ("in exchange for Israel's
     * withdrawal").
     */
    private static Party conditionAddressee(SentenceView s, Site c, Parties parties) {
        int t = c.subject() >= 0 ? c.subject() : c.top();
        Party p = c.subject() >= 0 ? parties.resolve(s, t, "addressee.condition-subject") : null;
        if (p == null) {
            p = parties.bodyOwners().owner(s, t, "addressee.condition-subject");
        }
        for (int conj : p == null ? s.children(t, "conj") : List.<Integer>of()) {
            p = p == null ? parties.bodyOwners().owner(s, conj, "addressee.condition-subject") : p;
        }
        if (p == null) {
            p = parties.bodyOwners().modifierOwner(s, t, "addressee.condition-price");
        }
        return p;
    }

    /**
     * The subject of the main clause's verb, inherited as {@link InheritedSubjects#of} does, or the passive
     * subject of the verb it is the infinitive of ("he was prepared to order strikes if ..."); -1 when none.
     */
    private static int mainSubject(SentenceView s, int main) {
        int subject = InheritedSubjects.of(s, main);
        for (int v = main; subject < 0 && v >= 0 && s.relation(v).equals("xcomp"); v = s.head(v)) {
            subject = s.child(s.head(v), "nsubjpass");
        }
        return subject;
    }

    /**
     * Whether the condition is the only way to an outcome of talks: "a ceasefire would be possible only if ...", "a
     * deal can be reached only when ...", "a truce will be impossible unless ..." (an exclusive marker on a clause
     * whose subject is one of the outcome-nouns).
     */
    private static boolean outcome(SentenceView s, Site c) {
        String marker = s.word(c.markerFirst()).toLowerCase(Locale.ROOT);
        int subject = c.main() < 0 ? -1 : s.child(c.main(), "nsubj", "nsubjpass");
        return (marker.equals("only") || marker.equals("unless")) && subject >= 0
                && OUTCOMES.contains(s.lemma(subject));
    }

    /** Whether a clause is an act one side can do or stop: "the attacks would cease", "strikes will resume". */
    private static boolean act(SentenceView s, int verb) {
        String l = s.lemma(verb);
        return ACTS.stream().anyMatch(list -> list.contains(l));
    }

    /** The frame whose trigger heads the clause of {@code verb}, or null. */
    private static Frame frameAt(SentenceView s, List<Frame> frames, int verb) {
        // "was ready to buy gas as long as ...": the condition hangs on "buy", the offer's trigger is "ready"; climb
        // the chain of open complements to it
        for (int v = verb; v >= 0; v = s.head(v)) {
            for (Frame f : frames) {
                if (f.head() == v || Clauses.verb(s, f.head()) == v) {
                    return f;
                }
            }
            String r = s.relation(v);
            // "ready to lift the tariffs and to reopen the post if ...": a conjoined infinitive without a subject of
            // its own shares the offer it is joined to
            boolean sharedConjunct = r.equals("conj") && s.child(v, "nsubj", "nsubjpass") < 0 && s.isVerb(v);
            if (!(r.equals("xcomp") || r.equals("acomp") || sharedConjunct)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Who sets the condition: the party who reports it ("Netanyahu said Israel would strike if ..."; also the phrase
     * a reporting verb after the clause lost to it, {@link StrandedReporters}), else the main clause's subject, else
     * the speaker of the quotation it is in.
     */
    private static List<Party> mainMaker(SentenceView s, int main, Parties parties, Discourse discourse) {
        if (main < 0) {
            return List.of();
        }
        int reporter = Clauses.reporter(s, main); // "..., the minister, Ruiz, said": the phrase it stranded too
        int rs = reporter < 0 ? -1 : StrandedReporters.subject(s, reporter);
        Party p = rs < 0 ? null : parties.resolve(s, rs, "maker.condition-reporter");
        int at = p != null ? rs : InheritedSubjects.of(s, main);
        String rule = p != null ? "maker.condition-reporter" : MAKER_MAIN.id();
        p = p != null || at < 0 ? p : parties.resolve(s, at, rule);
        if (p != null) {
            return parties.withConjuncts(s, at, p, rule); // "Ruiz and Ortiz said Chile would sign if"
        }
        boolean quoted = s.quoted(main) && parties.speaker() != null;
        return quoted ? List.of(parties.speaker().by(RuleId.of("maker.condition-speaker"))) : List.of();
    }
}
