package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
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
    private static final WordList DEMAND_NOUNS = LEXICON.list("demand-nouns");
    private static final WordList ACCORD_NOUNS = LEXICON.list("accord-nouns");
    private static final WordList ANNOUNCING = LEXICON.list("announcing-verbs");
    private static final WordList HOSTILE = LEXICON.list("hostile-acts");
    private static final WordList EVASIVE = LEXICON.list("evasive-acts");
    private static final WordList PERMISSION = LEXICON.list("permission-verbs");
    private static final WordList STOPPING = LEXICON.list("stopping-verbs");
    private static final WordList GROUP_NOUNS = LEXICON.list("group-nouns");
    private static final WordList TALK_NOUNS = LEXICON.list("talk-nouns");
    private static final WordList OBJECT_BOUND_TALKS = LEXICON.list("object-bound-negotiation-verbs");
    private static final WordList FORCE_NOUNS = LEXICON.list("force-nouns");
    private static final WordList DEADLINE_SPANS = LEXICON.list("deadline-spans");
    private static final WordList WEEKDAYS = LEXICON.list("weekdays");
    private static final java.util.Set<String> PARTY_WORDS = partyWords();
    private static final WordList NEED_VERBS = LEXICON.list("need-verbs");
    private static final java.util.Set<String> OWNER_RELATIONS = java.util.Set.of("poss", "nmod", "amod", "compound");

    private static final Map<String, BiPredicate<SentenceView, Integer>> REGISTRY = Map.ofEntries(
            Map.entry("negated", (s, h) -> negated(s, h) || Clauses.refused(s, h)), // "refused to agree"
            Map.entry("object-control", Conditions::objectControl),
            Map.entry("proposal-object", Conditions::proposalObject),
            Map.entry("statement-object", Conditions::statementObject),
            Map.entry("obligation", Conditions::obligation),
            Map.entry("says-of-a-proposal", ProposalVerdicts::saysOfAProposal),
            Map.entry("what-labelled", RefusalGuards::whatLabelled),
            Map.entry("judged-in-report", RefusalGuards::judgedInReport),
            Map.entry("false-in-report", FalseClaims::test), // "said the remarks contained falsehoods"
            Map.entry("own-object", FutileTalks::ownObject), // "no talks would end its programme"
            Map.entry("own-side-none", OwnSideRefusals::test), // "no officer of his would take orders"
            Map.entry("no-one-acts", DeniedActors::test), // "nobody would lay down a hammer"
            Map.entry("judged-proposal", ProposalVerdicts::judgedProposal), // "the plan was not realistic"
            Map.entry("judged-sufficiency", VerdictPhrases::judgedSufficiency), // "the offer was not enough"
            Map.entry("bare-agenda", VerdictPhrases::bareAgenda), // "was simply not on the agenda"
            Map.entry("unaided-verb", VerdictPhrases::unaidedVerb), // "said it no longer recognised the council"
            Map.entry("persisting", RefusalGuards::persisting),
            Map.entry("demanded-of-another", DemandedClauses::demandedOfAnother),
            Map.entry("demanded-clause", DemandedClauses::inDemandedClause), // "asked that X should"
            Map.entry("market-demand", MarketDemand::quantity), // "the demand for grain has risen"
            Map.entry("has-complement", Conditions::hasComplement),
            Map.entry("announced", AnnouncedActs::announced),
            Map.entry("thing-let", LetComplements::thingLet), // "would not let the dispute weaken the front"
            Map.entry("rejected-proposal-lets", LetComplements::rejectedProposalLets), // "saying it would let"
            Map.entry("no-return", ReturnPhrases::noReturn), // "would go back on its word", "back to war"
            Map.entry("announced-with-modal", (s, h) -> AnnouncedActs.announced(s, h) && Modals.hasModal(s, h)),
            Map.entry("offered-with-modal", Modals::offeredWithModal), // "we can discuss", "Quito would negotiate"
            Map.entry("has-object", (s, h) -> s.child(h, "dobj") >= 0),
            Map.entry("object-relative", ObjectRelatives::objectGap), // "a guarantee Belgrade had sought"
            Map.entry("hostile-complement", Conditions::hostileComplement),
            Map.entry("ready-for-hostile-act", ReadinessPhrases::forHostileAct), // "ready for a long war"
            Map.entry("demanding-complement", Conditions::demandingComplement),
            Map.entry("present-clause", (s, h) -> s.pos(s.child(h, "ccomp")).equals("VBP")), // "ask that they leave"
            Map.entry("excluding-object", Clauses::excludingObject),
            // "would not be allowed to ship": a restriction placed on the one not allowed, no refusal
            Map.entry("permission", (s, h) -> PERMISSION.contains(s.lemma(h))),
            // "... no deal that does not return X": the negated clause that says what is asked refuses nothing
            Map.entry("excluding-clause", (s, h) -> s.relation(h).equals("relcl") && s.relation(s.head(h)).equals("dobj")
                    && Clauses.excludingObject(s, s.head(s.head(h)))),
            Map.entry("evasive-complement", (s, h) -> EVASIVE.contains(s.lemma(s.child(h, "xcomp", "ccomp")))),
            // "declined to comment on the plan" evades; "refused to discuss the territory" refuses what it names
            Map.entry("bare-evasive-complement", (s, h) -> EVASIVE.contains(s.lemma(s.child(h, "xcomp", "ccomp")))
                    && s.child(s.child(h, "xcomp", "ccomp"), "dobj") < 0),
            Map.entry("joint-subject", Conditions::jointSubject),
            Map.entry("talks-object", (s, h) -> TALK_NOUNS.contains(s.lemma(s.child(h, "dobj")))
                    || TALK_NOUNS.contains(s.word(s.child(h, "dobj")))),
            Map.entry("hostile-subject", (s, h) -> HOSTILE.contains(s.lemma(Clauses.subject(s, h)))
                    || HOSTILE.contains(s.word(Clauses.subject(s, h)))),
            Map.entry("modal", Modals::hasModal),
            Map.entry("claim-prep", (s, h) -> s.children(h, "prep").stream()
                    .anyMatch(p -> (s.word(p).equals("to") || s.word(p).equals("over") || s.word(p).equals("on"))
                            && s.child(p, "pobj") >= 0)),
            Map.entry("past", PerfectAspect::pastAct),
            // "Oslo prepared to host the talks": a verb of its own (getting ready), not "is prepared to"
            Map.entry("finite-verb", (s, h) -> (s.pos(h).equals("VBD") || s.pos(h).equals("VBZ")
                    || s.pos(h).equals("VBP")) && s.child(h, "auxpass", "aux") < 0),
            // "the checks required under the protocol": a participle that only describes a noun, no agent named
            Map.entry("reduced-relative", (s, h) -> s.relation(h).equals("acl") && s.pos(h).equals("VBN")
                    && s.child(h, "agent") < 0),
            Map.entry("forecast", NewsBackground::forecast), // "Sarkozy is expected to arrive": no demand
            Map.entry("reporters-forecast", NewsBackground::reportersForecast),
            Map.entry("commentators-judgement", NewsBackground::commentatorsJudgement), // "experts say X must"
            Map.entry("background-clause", NewsBackground::background), // "a day after they agreed to ..."
            Map.entry("readout", Readouts::readout), // "said both sides had agreed", "set out the plan"
            Map.entry("mutual-agreement", MutualAgreements::test), // "Tonga and Fiji agreed to reopen the route"
            Map.entry("negated-governor", (s, h) -> negated(s, Clauses.governingVerb(s, h))),
            Map.entry("reported", (s, h) -> Clauses.reporter(s, h) >= 0),
            // "said the port was not on the agenda": the verb that governs a phrase is reported
            Map.entry("reported-clause", (s, h) -> Clauses.reporter(s, Clauses.governingVerb(s, h)) >= 0),
            Map.entry("self-reported", Conditions::selfReported),
            Map.entry("conditioned", ConditionRules::conditioned),
            Map.entry("only-conditioned", ConditionRules::onlyConditioned), // "would sit down only when"
            Map.entry("demand-object", (s, h) -> DEMAND_NOUNS.contains(s.lemma(s.child(h, "dobj")))),
            Map.entry("claim-over", (s, h) -> s.children(h, "prep").stream().anyMatch(p -> s.word(p).equals("over"))
                    || ContentRules.trailingPreposition(s, h, "over") >= 0),
            Map.entry("party-subject", (s, h) -> partyLike(s, Clauses.subject(s, h))),
            // "Chile had failed to meet": the subject of the trigger's clause or the one it inherits is a party
            Map.entry("party-actor", (s, h) -> partyLike(s, InheritedSubjects.of(s, h))),
            Map.entry("deadline", Conditions::deadline),
            Map.entry("asked-of-another", Conditions::askedOfAnother),
            // a proposal named inside what a party asks of another ("urged Hamas to accept the proposal")
            Map.entry("governor-asked-of-another", (s, h) -> askedOfAnother(s, Clauses.governingVerb(s, h))),
            // "agreed at the talks on Tuesday to name a governor": an infinitive the verb governs, wherever it stands,
            // with no subject of its own (the agreeing party is the one to act)
            Map.entry("to-infinitive-complement", (s, h) -> s.children(h, "xcomp").stream()
                    .anyMatch(c -> Clauses.toInfinitive(s, c) && s.child(c, "nsubj", "nsubjpass") < 0)),
            // "until Azerbaijan agreed to a pullback", "if Tonga commits to it": the act a condition waits for
            Map.entry("in-condition", AwaitedActs::awaited), // also the inverted "should the two sides want it"
            Map.entry("joint-forecast", Readouts::jointForecast), // "the two governments will meet again"
            Map.entry("scheduled-gathering", ScheduledGatherings::test), // "leaders will hold a summit in Accra"
            Map.entry("proposed-gathering", PassiveProposals::gathering), // "consultations would be held first"
            Map.entry("granted-permission", PassiveProposals::permission), // "would be allowed to return"
            Map.entry("relation-wish", WishedRelations::test), // "wanted its neighbours to remain its friends"
            Map.entry("wanted-result", WantedResults::test), // "wants the vote held again", "wants the port open"
            Map.entry("inability", Inabilities::test), // "could not pay salaries without the fund"
            Map.entry("without-terms", WithoutTerms::test), // "will not leave without the prisoners"
            Map.entry("holds-no-talks", (s, h) -> OBJECT_BOUND_TALKS.contains(s.lemma(h))
                    && s.child(h, "dobj") >= 0 && !s.listed(TALK_NOUNS, s.child(h, "dobj"))
                    || AnnouncedActs.holdsOn(s, h)), // "would hold on to the town": kept, no talks
            Map.entry("on-phrase", Conditions::onPhrase),
            Map.entry("party-object", PartyObject::test),
            Map.entry("offer-on-table", TableOffers::offerOnTable), // "the offer remains on the table"
            Map.entry("rejection-noun-use", RejectionNounUses::test), // not "the unionist opposition refused"
            Map.entry("any-act-object", AnyActObjects::test), // "would challenge any transfer", not "any invader"
            Map.entry("held-demand", HeldDemands::test), // "its demand was not open to bargaining"
            Map.entry("asking-price", AskingPrices::test), // "named his price for a ceasefire"
            Map.entry("offered-role", OfferedRoles::test), // "would act as a mediator"
            Map.entry("taken-in-people", TakenInPeople::test), // "Cuba would take the rebels in"
            // "Ukraine's terms", "the Kremlin's terms": a noun a party's mention modifies (a possessive, a compound);
            // a demonym is no mention, so "the Russian terms" does not count
            Map.entry("party-owned", (s, h) -> s.children(h).stream().anyMatch(c -> OWNER_RELATIONS.contains(
                    s.relation(c)) && s.mentionAt(c) != null && s.mentionAt(c).agentive())),
            Map.entry("listed-terms", ListedTerms::test), // "set out its own terms for the talks: ..."
            Map.entry("in-office", NonProposals::inOffice),
            Map.entry("accusation-object", NonProposals::accusationObject),
            Map.entry("proposal-like-object", DismissalsAndWarnings::proposalLikeObject), // "shot down the plan"
            Map.entry("any-act-subject", DismissalsAndWarnings::anyActSubject), // "any attack would be met with"
            Map.entry("stops-hostile-act", NonProposals::stopsHostileAct),
            Map.entry("circumstance-noun", NonProposals::circumstanceNoun),
            Map.entry("withheld-object", NonProposals::withheldObject), // "would give Seoul no aid"
            Map.entry("idle-object", NonProposals::idleObject), // "would leave no doubt", "nothing to chance"
            Map.entry("giving-verb", NonProposals::givingVerb), // "would give Seoul no aid"
            Map.entry("courtesy-object", NonProposals::courtesyObject), // "offered his resignation"
            Map.entry("past-object-relative", PastRelatives::pastObjectRelative), // "the vote it promised in 2019"
            Map.entry("accord-relative", AccordRelatives::termsTold), // "a memorandum under which Lima pledged"
            Map.entry("reaction-phrase", ProposalReactions::reactedTo), // "no comment on the proposal"
            Map.entry("concessive-phrase", NonProposals::concessivePhrase), // "despite appeals from X"
            Map.entry("acted-on-request", NonProposals::actedOnRequest), // "closed it at Niger's request"
            // "signed a deal", "kept its promise": a bargain struck or a promise given, no proposal put to a party;
            // not one a verb puts forward as news ("announced a deal with the rebels")
            Map.entry("accord-noun", (s, h) -> s.listed(ACCORD_NOUNS, h)
                    && !(s.relation(h).equals("dobj") && s.listed(ANNOUNCING, s.head(h)))),
            Map.entry("lookalike", NonProposals::lookalike),
            Map.entry("object-against", (s, h) -> s.child(h, "dobj") >= 0
                    && s.children(h, "prep").stream().anyMatch(p -> s.word(p).equals("against"))));

    private Conditions() {
    }

    private static java.util.Set<String> partyWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String list : new String[] {"pronouns-person", "pronouns-group", "pronouns-first", "group-nouns",
                "state-descriptions", "group-descriptions", "person-descriptions"}) {
            out.addAll(LEXICON.list(list).entries());
        }
        return java.util.Set.copyOf(out);
    }

    /**
     * "the EU expected Kosovo to commit to new elections", "Ankara wants the two sides to agree on a treaty": the
     * clause of a verb of demanding whose doer is another party than the one demanding (its own subject, or the
     * demanding verb's object), i.e. what is asked of that party, not its offer; not what someone is told a party
     * will do ("told the radio that the state would pay for the repairs": reported, not asked), unless under a
     * condition, where the condition rules judge whose side the act is; nor an act a party "has to" do (owed).
     */
    private static boolean askedOfAnother(SentenceView s, int h) {
        String r = s.relation(h);
        if (!r.equals("xcomp") && !r.equals("ccomp")) {
            return false;
        }
        int governor = s.head(h);
        String lemma = s.lemma(governor);
        boolean demanding = DemandedClauses.demanding(lemma);
        boolean owed = r.equals("xcomp") && Clauses.toInfinitive(s, h) // "had to guarantee", "needs to free"
                && (lemma.equals("have") || lemma.equals("need"));
        return owed || demanding && s.isVerb(governor) && (s.child(h, "nsubj") >= 0 || s.child(governor, "dobj") >= 0)
                && !(lemma.equals("tell") && r.equals("ccomp") && Modals.hasFuture(s, h)
                        && !ConditionRules.conditioned(s, h));
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
        if (h < 0) {
            return false;
        }
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

    /**
     * "asked Y to act", "wants Y to", "told Y it must", "asked for": an addressee and an act it should do (an
     * infinitive, or a clause with "should" or "must"), or a "for" phrase. "warned that X would attack" is none.
     */
    static boolean objectControl(SentenceView s, int h) {
        boolean object = s.child(h, "dobj", "dative", "nsubjpass") >= 0
                || s.children(h, "prep").stream().anyMatch(p -> s.word(p).equals("to") && s.child(p, "pobj") >= 0);
        for (int clause : s.children(h)) {
            String r = s.relation(clause);
            // "pressed the Taliban in Kabul on Tuesday to give guarantees": an infinitive after the object and a
            // few phrases is hung as a clause of purpose; with an object, it is what the object is asked to do
            boolean purpose = r.equals("advcl") && object && s.child(clause, "mark") < 0;
            if (!(r.equals("xcomp") || r.equals("ccomp") || purpose)) {
                continue;
            }
            boolean infinitive = false;
            boolean obligation = false;
            for (int a : s.children(clause, "aux")) {
                infinitive |= s.word(a).equals("to");
                obligation |= s.word(a).equals("should") || s.word(a).equals("must");
            }
            boolean subject = s.child(clause, "nsubj", "nsubjpass") >= 0;
            boolean smallClause = subject && s.pos(clause).equals("VBN") && s.children(clause, "aux").isEmpty()
                    && s.children(clause, "auxpass").isEmpty(); // "wants the sanctions lifted"
            if (infinitive && (object || subject) || obligation || smallClause || Clauses.subjunctive(s, clause)) {
                return true;
            }
        }
        for (int p : s.children(h, "prep")) { // "told parliament on Wednesday", "told reporters on his return"
            boolean onADay = s.subtree(s.child(p, "pobj")).stream().anyMatch(d -> WEEKDAYS.contains(s.lemma(d)));
            if (s.word(p).equals("for") || s.word(p).equals("on") && object && !onADay && !Addressing.audience(s, h)) {
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
        return subject >= 0 && subject < h && !s.word(subject).equals("i") && !Clauses.reporting(s, verb);
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

    /**
     * "Qatar said it could host", "the Turkish president said his country could", "Kenya's foreign minister said
     * Nairobi could": a party reports what it itself could do. The reporter is named, a pronoun or placed by a name or
     * demonym (not "analysts", "diplomats", "the minister"), and the clause's subject is a pronoun, the reporter's own
     * ("his country") or the same party as the reporter or its owner (not "she said Russia could send gas").
     */
    static boolean selfReported(SentenceView s, int h) {
        int speaker = Clauses.speaker(s, h);
        int actor = Clauses.subject(s, h);
        if (speaker < 0 || actor < 0 || !Clauses.placed(s, speaker)) {
            return false;
        }
        if (s.pos(actor).equals("PRP") || s.children(actor, "poss").stream().anyMatch(p -> s.pos(p).equals("PRP$"))) {
            return true;
        }
        SentenceView.Placed acting = s.mentionAt(actor);
        return acting != null && (sameEntity(acting, s.mentionAt(speaker))
                || s.children(speaker).stream().anyMatch(c -> sameEntity(acting, s.mentionAt(c))));
    }

    private static boolean sameEntity(SentenceView.Placed a, SentenceView.Placed b) {
        return b != null && a.entity().key().equals(b.entity().key());
    }

    /**
     * A subject that can be a party: a mention of one, a personal pronoun, a description of a party ("the
     * government"), or a body or forces a party owns ("PKK guerrillas"); not a thing a party owns ("the EU plan"),
     * nor a plural group noun nothing places ("officials said": {@link BareGroups}); false for -1, no subject.
     */
    static boolean partyLike(SentenceView s, int subject) {
        if (subject < 0) {
            return false;
        }
        SentenceView.Placed m = s.mentionAt(subject);
        if (m != null) {
            return m.agentive();
        }
        if (BareGroups.unplaced(s, subject)) {
            return false; // "officials said": the reporter's sources, no party
        }
        String w = s.word(subject);
        if (PARTY_WORDS.contains(w) || PARTY_WORDS.contains(s.lemma(subject))) {
            return true;
        }
        if (!GROUP_NOUNS.contains(s.lemma(subject)) && !FORCE_NOUNS.contains(s.lemma(subject))) {
            return false;
        }
        for (int c : s.children(subject)) {
            String r = s.relation(c);
            SentenceView.Placed cm = s.mentionAt(c);
            if (cm != null && cm.agentive() && (r.equals("compound") || r.equals("poss") || r.equals("nmod"))) {
                return true; // "PKK guerrillas", "Russia's forces", "the Iraqi government"
            }
        }
        return false;
    }

    /**
     * "gave Kyiv until Friday to withdraw", "gave the rebels 48 hours to disarm": a party given a span of time (a
     * span noun of the {@code deadline-spans} list, or "until") and an act to do in it.
     */
    static boolean deadline(SentenceView s, int h) {
        boolean party = false;
        boolean span = false;
        boolean act = false;
        for (int c : s.children(h)) {
            String r = s.relation(c);
            boolean object = r.equals("dobj") || r.equals("dative") || r.equals("iobj");
            party |= object && partyLike(s, c);
            boolean spanNoun = (object || r.equals("npadvmod")) && DEADLINE_SPANS.contains(s.lemma(c));
            span |= spanNoun || r.equals("prep") && Modals.until(s, c);
            act |= infinitive(s, c) || spanNoun && s.children(c).stream().anyMatch(a -> infinitive(s, a));
        }
        return party && span && act;
    }

    /**
     * "conditioned its support on the release of X": an "on" or "upon" phrase of the head, or within its object
     * (where the parser often hangs it: "conditioned its return to the talks on ...").
     */
    static boolean onPhrase(SentenceView s, int h) {
        List<Integer> scope = new ArrayList<>(List.of(h));
        int object = s.child(h, "dobj");
        if (object >= 0) {
            scope.addAll(s.subtree(object));
        }
        for (int k : scope) {
            for (int p : s.children(k, "prep")) {
                if ((s.word(p).equals("on") || s.word(p).equals("upon")) && s.child(p, "pobj", "pcomp") >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Token c is a clause with "to": "to withdraw". */
    private static boolean infinitive(SentenceView s, int c) {
        String r = s.relation(c);
        return (r.equals("advcl") || r.equals("xcomp") || r.equals("ccomp") || r.equals("acl") || r.equals("relcl"))
                && Clauses.toInfinitive(s, c);
    }

    /** What the head pledges or announces is a hostile act ("pledging to intensify its attacks"): a threat. */
    static boolean hostileComplement(SentenceView s, int h) {
        for (int c : s.children(h)) {
            String r = s.relation(c);
            if ((r.equals("xcomp") || r.equals("ccomp") || r.equals("dobj")) && !STOPPING.contains(s.lemma(c))) {
                if (HOSTILE.contains(s.lemma(c)) || HOSTILE.contains(s.lemma(s.child(c, "dobj")))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "insisted that Israel withdraw", "insisted Kyiv should", "insisted on talks", "insisted the country needs a port":
     * a complement that demands (a subjunctive, an obligation with "should", "must" or "shall", a verb of the
     * {@code need-verbs} list with its object) or an "on" phrase; "insisted the EU will not move" is a statement of
     * fact.
     */
    static boolean demandingComplement(SentenceView s, int h) {
        for (int p : s.children(h, "prep")) {
            if (s.word(p).equals("on") || s.word(p).equals("upon")) {
                return true;
            }
        }
        int clause = s.child(h, "ccomp", "xcomp");
        if (clause < 0) {
            return false;
        }
        for (int a : s.children(clause, "aux")) {
            String w = s.word(a);
            if (w.equals("should") || w.equals("must") || w.equals("shall") || w.equals("to")) {
                return true;
            }
            if (Modals.future(s, a)) {
                return false;
            }
        }
        if (NEED_VERBS.contains(s.lemma(clause)) && s.child(clause, "dobj", "xcomp") >= 0) {
            return true; // "insisted that the country needs access to the sea": what it says it must have
        }
        return Clauses.bareVerb(s, clause); // a subjunctive: "that Israel withdraw", "that the withdrawal come first"
    }

    /** "we should", "the two sides should", "both parties must": an obligation that binds the speaker's side too. */
    static boolean jointSubject(SentenceView s, int h) {
        int subject = Clauses.subject(s, s.head(h));
        if (subject < 0) {
            return false;
        }
        String w = s.word(subject);
        if (w.equals("we")) {
            return true;
        }
        for (int c : s.children(subject)) {
            if (s.word(c).equals("both") || s.word(c).equals("two")) {
                return true;
            }
        }
        return s.word(subject - 1).equals("both") || s.word(subject - 1).equals("two");
    }
}
