package org.parley.extract.statement;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Who makes a statement: an ordered choice ({@code rules/makers.rules}) between rules that read the sentence's
 * structure: the agent of a passive, the subject of the trigger's clause, the subject inherited by a controlled or
 * coordinated verb, the owner of a nominal trigger, the subject of the verb that presents it, the speaker who
 * reports it, the speaker of a quotation, "according to X". Coordinated makers ("Egypt and Qatar") come along.
 */
final class MakerRules {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList PRESENT_VERBS = LEXICON.list("present-verbs");
    private static final WordList OFFER_NOUNS = LEXICON.list("offer-nouns");
    private static final WordList DEMAND_NOUNS = LEXICON.list("demand-nouns");
    private static final WordList OFFER_VERBS = LEXICON.list("offer-verbs");
    private static final WordList LABEL_VERBS = LEXICON.list("label-verbs");
    private static final WordList DOCUMENTS = LEXICON.list("document-nouns");
    private static final WordList QUANTITIES = LEXICON.list("quantity-nouns");
    private static final WordList CAUSING = LEXICON.list("causing-verbs");
    private static final WordList ISSUING = LEXICON.list("issuing-verbs");
    private static final WordList RELATIVE = LEXICON.list("relative-pronouns");
    private static final WordList CONTENT_VERBS = LEXICON.list("content-verbs");

    private final DecisionList<Ask, List<Party>> order;

    MakerRules() {
        Map<String, Function<Ask, List<Party>>> r = DecisionList.registry();
        r.put("maker.speaker-stance-actor", a -> ReportedActors.maker(a.site));
        r.put("maker.agent", a -> agent(a.site));
        r.put("maker.speaker-stance", a -> SpeakerStance.maker(a.site));
        r.put("maker.speaker-position", a -> ReportedPosition.maker(a.site));
        r.put("maker.causer", a -> causer(a.site));
        r.put("maker.subject", a -> subject(a.site));
        r.put("maker.answer-owner", a -> ProposalVerdicts.answerOwner(a.site));
        r.put("maker.reported-conjunct", a -> ReportedConjuncts.maker(a.site));
        r.put("maker.controller", a -> controller(a.site));
        r.put("maker.fronted-name", a -> FrontedNames.maker(a.site));
        r.put("maker.labeller", a -> labeller(a.site));
        r.put("maker.document-issuer", a -> documentIssuer(a.site));
        r.put("maker.document-subject", a -> documentSubject(a.site));
        r.put("maker.owner", a -> owner(a.site));
        r.put("maker.by-phrase", a -> byPhrase(a.site));
        r.put("maker.presenter", a -> presenter(a.site));
        r.put("maker.fronted-plan-presenter", a -> FrontedPlanPresenters.maker(a.site));
        r.put("maker.spelled-out", a -> SpelledOutDemands.maker(a.site));
        r.put("maker.plan-owner", a -> planOwner(a.site));
        r.put("maker.reporter", a -> a.othersSubject() ? null : reporter(a.site));
        r.put("maker.impersonal-conjunct", a -> ImpersonalConjuncts.maker(a.site));
        r.put("maker.according-to", a -> a.othersSubject() ? null : accordingTo(a.site));
        r.put("maker.quote-speaker", a -> a.othersSubject() ? null : quoteSpeaker(a.site));
        order = DecisionList.load("makers.rules", r);
    }

    /** The frame with its makers, when a rule finds them. */
    Frame apply(Site site) {
        List<Party> makers = order.first(new Ask(site));
        return makers == null ? site.frame() : site.frame().withMakers(makers);
    }

    /**
     * One frame's question to the rules: its site, and whether its clause reports what others did
     * ({@link #othersSubject}), worked out once, the first time one of the three rules that read it asks.
     */
    private static final class Ask {
        private final Site site;
        private Boolean others;

        Ask(Site site) {
            this.site = site;
        }

        boolean othersSubject() {
            if (others == null) {
                others = MakerRules.othersSubject(site);
            }
            return others;
        }
    }

    /** A trigger read as a clause: a verb, an adjective, or a phrase on a copula ("is not on the table"). */
    static boolean verbal(Site x) {
        return x.s().isVerb(x.head()) || x.s().isAdjective(x.head()) || x.s().isVerb(Clauses.verb(x.s(), x.head()));
    }

    /** An obligation ("X must", "X needs to"): its subject is the addressee, never the maker. */
    static boolean modal(Site x) {
        return x.trigger().obligation() || x.s().pos(x.head()).equals("MD") || x.s().relation(x.head()).equals("aux");
    }

    static List<Party> found(Site x, int token, String rule) {
        Party p = x.parties().resolve(x.s(), token, rule);
        p = p != null ? p : DocumentIssuers.earlier(x.s(), token, x.parties(), rule); // "The statement said"
        if (p == null) {
            List<Party> plural = x.parties().plural(x.s(), token, rule);
            return plural.isEmpty() ? null : plural;
        }
        return x.parties().withConjuncts(x.s(), token, p, rule);
    }

    /**
     * "demands made by Saudi Arabia", "was rejected by Kyiv", "the invitation to the talks extended by Chile": the
     * agent of a passive trigger or of its participle.
     */
    static List<Party> agent(Site x) {
        int h = x.head();
        int verb = x.s().isNoun(h) ? x.s().child(h, "acl", "relcl") : Clauses.verb(x.s(), h);
        if (verb < 0 && x.s().isNoun(h)) {
            verb = presentingParticiple(x.s(), h);
        }
        if (verb < 0) {
            return null;
        }
        int agent = x.s().child(verb, "agent");
        int object = agent < 0 ? -1 : x.s().child(agent, "pobj");
        return object < 0 ? null : found(x, object, "maker.agent");
    }

    /**
     * "the invitation to the conference extended by Chile": a participle of a presenting verb with an agent, hung
     * by the parser on the noun of the trigger's "to", "for" or "of" phrase; -1 when none.
     */
    private static int presentingParticiple(SentenceView s, int noun) {
        for (int p : s.children(noun, "prep")) {
            int object = s.child(p, "pobj");
            int participle = object < 0 ? -1 : s.child(object, "acl");
            if (participle >= 0 && s.child(participle, "agent") >= 0 && presents(s, participle)
                    && (s.word(p).equals("to") || s.word(p).equals("for") || s.word(p).equals("of"))) {
                return participle;
            }
        }
        return -1;
    }

    /** "Russia demanded", "Kyiv is ready to": the subject of the trigger's own clause (never for an obligation). */
    static List<Party> subject(Site x) {
        if (!verbal(x) || modal(x)) {
            return null;
        }
        int verb = Clauses.verb(x.s(), x.head());
        int subject = x.s().child(verb, "nsubj");
        if (subject < 0 || Clauses.copulaOfPhrase(x.s(), x.head()) >= 0 && !Conditions.partyLike(x.s(), subject)) {
            return null; // "the island is not for sale": what is refused, not who refuses
        }
        if (x.s().relation(x.head()).equals("pobj") && x.s().word(x.s().head(x.head())).equals("against")) {
            return null; // "Serbia is against the deal": the deal is not Serbia's
        }
        SentenceView.Placed region = Clauses.regionNamed(x.s(), subject);
        if (region != null && region.type() == EntityType.REGION) {
            return List.of(Party.named(region, RuleId.of("maker.subject-region"))); // "Catalonia", "Jubaland state"
        }
        List<Party> out = found(x, subject, "maker.subject");
        int fronted = out == null ? frontedBeforeAppositive(x.s(), verb, subject) : -1;
        return fronted < 0 ? out : found(x, fronted, "maker.subject-before-appositive");
    }

    /**
     * "Chile and Peru, the hosts of the talks, asked ...": parties the parser left as a {@code dep} of the verb
     * before a subject that is their comma-bounded appositive; the first of them, or -1 when there is none.
     */
    private static int frontedBeforeAppositive(SentenceView s, int verb, int subject) {
        for (int d : s.children(verb, "dep")) {
            SentenceView.Placed m = s.mentionAt(d);
            if (d < subject - 1 && m != null && m.agentive() && s.word(subject - 1).equals(",")
                    && s.subtree(d).containsAll(IntStream.range(d, subject - 1).boxed().toList())) {
                return d;
            }
        }
        return -1;
    }

    /**
     * "made its support conditional on the release of the funds": a trigger adjective said of the object of a
     * verb of the {@code causing-verbs} list is the statement of that verb's subject.
     */
    static List<Party> causer(Site x) {
        SentenceView s = x.s();
        int h = x.head();
        String r = s.relation(h);
        if (!s.isAdjective(h) || !(r.equals("ccomp") || r.equals("oprd") || r.equals("xcomp"))
                || !CAUSING.contains(s.lemma(s.head(h)))) {
            return null;
        }
        int subject = InheritedSubjects.of(s, s.head(h));
        return subject < 0 ? null : found(x, subject, "maker.causer");
    }

    /**
     * A trigger verb with no subject of its own takes it from the verb it depends on: "decided to reject"
     * (controlled), "rejected ... and called for" (coordinated), "..., saying it would" (a participle clause).
     */
    static List<Party> controller(Site x) {
        if (!verbal(x) || modal(x)) {
            return null;
        }
        int verb = Clauses.verb(x.s(), x.head());
        if (Clauses.subject(x.s(), verb) >= 0) {
            return null;
        }
        int governing = ContentClauseParticiples.governingVerb(x.s(), verb); // "reports that ..., calling them"
        int subject = InheritedSubjects.of(x.s(), governing >= 0 ? governing : verb);
        return subject < 0 ? null : found(x, subject, "maker.controller");
    }

    /**
     * "called the agreement a historic mistake", "described the offer as a trap": whoever gives the label a
     * rejection is made of.
     */
    static List<Party> labeller(Site x) {
        if (x.frame().kind() != org.parley.core.StatementKind.REJECTION) {
            return null;
        }
        int gov = ProposalVerdicts.holder(x.s(), x.head()); // "described the offer as a trap"
        if (gov < 0 || !LABEL_VERBS.contains(x.s().lemma(gov))) {
            return null;
        }
        int subject = InheritedSubjects.of(x.s(), gov);
        return subject < 0 ? null : found(x, subject, "maker.labeller");
    }

    /**
     * "the Security Council adopted a resolution demanding that", "a statement calling for": a participle on a
     * document is the statement of whoever issues the document (its owner, or the subject of an {@code issuing-verbs}
     * verb it is the object of); a document the parser made the root (its trigger read as a participle on it) is the
     * trigger's subject ({@link DocumentIssuers#latestBody}).
     */
    static List<Party> documentIssuer(Site x) {
        int h = x.head();
        if (!x.s().relation(h).equals("acl") || !DOCUMENTS.contains(x.s().lemma(x.s().head(h)))) {
            return null;
        }
        int document = x.s().head(h);
        Party owner = x.parties().bodyOwners().modifierOwner(x.s(), document, "maker.document-issuer");
        if (owner != null) {
            return List.of(owner);
        }
        int verb = x.s().relation(document).equals("dobj") ? x.s().head(document) : -1;
        if (verb < 0 || !ISSUING.contains(x.s().lemma(verb))) { // not "rejected a statement calling for"
            return x.s().relation(document).equals("root") ? DocumentIssuers.latestBody(x, document) : null;
        }
        int subject = InheritedSubjects.of(x.s(), verb);
        return subject < 0 ? null : found(x, subject, "maker.document-issuer");
    }

    /**
     * "Egypt's proposal", "an Egyptian proposal", "US demands": the owner of a nominal trigger; not a group or person
     * description's guess from focus ({@link GuessedOwners}).
     */
    static List<Party> owner(Site x) {
        if (!x.s().isNoun(x.head())) {
            return null;
        }
        List<Party> speaker = ListedTerms.speaker(x); // "Its terms ...: A, B, its secretary general, X, said"
        if (speaker != null) {
            return speaker.isEmpty() ? null : speaker;
        }
        Party p = x.parties().bodyOwners().modifierOwner(x.s(), x.head(), "maker.owner");
        return p == null || GuessedOwners.guessed(x.s(), x.head(), p) ? null : List.of(p); // not "the envoy's plan"
    }

    /** "a proposal by Egypt", "demands from Washington". */
    static List<Party> byPhrase(Site x) {
        if (!x.s().isNoun(x.head())) {
            return null;
        }
        for (int p : x.s().children(x.head(), "prep")) {
            String w = x.s().word(p);
            if (w.equals("by") || w.equals("from")) {
                int o = x.s().child(p, "pobj");
                List<Party> out = o < 0 ? null : found(x, o, "maker.by-phrase");
                if (out != null) {
                    return out;
                }
            }
        }
        return null;
    }

    /**
     * "Ethiopia presented proposals", "the council imposed conditions", "the demands the leader listed", "a plan he
     * has proposed", "made the return of its land a condition" (the parser sets the noun in apposition to the
     * object): the subject of the verb that makes, presents or restates the noun.
     */
    static List<Party> presenter(Site x) {
        int verb = presentingVerb(x);
        int subject = verb < 0 ? -1 : InheritedSubjects.of(x.s(), verb);
        return subject < 0 ? null : found(x, subject, "maker.presenter");
    }

    /**
     * The verb that presents, makes or restates a nominal trigger (its object, or a relative clause or participle on
     * it); -1 when there is none, the trigger is no noun, or the verb is refused ("refused to offer any concessions":
     * who refuses to present it makes no offer).
     */
    static int presentingVerb(Site x) {
        int h = x.head();
        if (!x.s().isNoun(h)) {
            return -1;
        }
        int verb = -1;
        int object = x.s().relation(h).equals("appos") ? x.s().head(h) : h; // "made the return a condition"
        if (object >= 0 && x.s().relation(object).equals("dobj") && presents(x.s(), x.s().head(object))) {
            verb = x.s().head(object);
        }
        for (int c : x.s().children(h)) {
            String r = x.s().relation(c);
            if (verb < 0 && (r.equals("relcl") || r.equals("acl")) && presents(x.s(), c)) {
                verb = c;
            }
        }
        return verb < 0 || Clauses.refused(x.s(), verb) ? -1 : verb;
    }

    static boolean presents(SentenceView s, int verb) {
        return verb >= 0 && (PRESENT_VERBS.contains(s.lemma(verb)) || OFFER_VERBS.contains(s.lemma(verb))
                || Clauses.reporting(s, verb));
    }

    /**
     * "A statement issued by the Arab League called for", "the council's resolution demands", "a letter from the
     * ministry urged": a document that is the trigger's subject states what its issuer says (its owner, the agent
     * of a participle of the {@code issuing-verbs} list on it, the subject of such a relative clause on it, or a
     * "from" or "by" phrase). Who drafted it is not who issued it ("the resolution, drafted by Britain, called on").
     */
    static List<Party> documentSubject(Site x) {
        SentenceView s = x.s();
        int subject = Clauses.subject(s, Clauses.verb(s, x.head()));
        if (subject < 0 || !DOCUMENTS.contains(s.lemma(subject)) || OFFER_NOUNS.contains(s.lemma(subject))
                || DEMAND_NOUNS.contains(s.lemma(subject))) {
            return null; // a plan or a demand as subject is maker.plan-owner's
        }
        Party owner = x.parties().bodyOwners().modifierOwner(s, subject, "maker.document-subject");
        if (owner != null) {
            return List.of(owner);
        }
        for (int c : s.children(subject)) {
            int agent = s.relation(c).equals("acl") && ISSUING.contains(s.lemma(c)) ? s.child(c, "agent") : -1;
            int issuer = agent >= 0 ? s.child(agent, "pobj")
                    : s.relation(c).equals("prep") && (s.word(c).equals("from") || s.word(c).equals("by"))
                    ? s.child(c, "pobj") : relativeIssuer(s, c);
            List<Party> out = issuer < 0 ? null : found(x, issuer, "maker.document-subject");
            if (out != null) {
                return out;
            }
        }
        return DocumentIssuers.latestBody(x, subject); // "The resolution also urged": the body heard last
    }

    /**
     * "the memorandum Moscow handed over", "the text, which Chile presents as its own": the subject of a relative
     * clause of the {@code issuing-verbs} list on a document (not the relative pronoun); -1 when none.
     */
    private static int relativeIssuer(SentenceView s, int clause) {
        int subject = s.relation(clause).equals("relcl") && ISSUING.contains(s.lemma(clause))
                ? s.child(clause, "nsubj") : -1;
        return subject < 0 || RELATIVE.contains(s.word(subject)) ? -1 : subject;
    }

    /**
     * "the Irish plan calls for a vote", "the Egyptian proposal included a demand for Hamas to disarm": the owner of
     * the plan or demand that is the subject of the trigger's clause, or of the verb of the {@code content-verbs} list
     * whose object the trigger noun is; a plan with no owner is that of the latest offer (or demand) of the last three
     * sentences.
     */
    static List<Party> planOwner(Site x) {
        if (x.frame().kind() == org.parley.core.StatementKind.REJECTION || x.trigger().obligation()) {
            return null; // "any deal would have to be signed by Tbilisi": an obligation's subject is its addressee
        }
        int verb = containingVerb(x.s(), x.head());
        int subject = Clauses.subject(x.s(), verb);
        if (subject < 0 || !(OFFER_NOUNS.contains(x.s().lemma(subject)) || DEMAND_NOUNS.contains(x.s().lemma(subject)))) {
            return null;
        }
        Party p = x.parties().bodyOwners().modifierOwner(x.s(), subject, "maker.plan-owner");
        if (p != null) {
            return GuessedOwners.guessed(x.s(), subject, p) ? null : List.of(p);
        }
        for (int i = x.discourse().frames().size() - 1; i >= 0; i--) {
            Frame f = x.discourse().frames().get(i);
            if (f.maker() != null && x.s().index() - f.sentence() <= 3 && OFFER_NOUNS.contains(x.s().lemma(subject))
                    == (f.kind() == org.parley.core.StatementKind.OFFER)) {
                return List.of(f.maker().by(RuleId.of("maker.plan-owner-earlier")));
            }
        }
        return null;
    }

    /** The verb a trigger's clause hangs from, or for a noun that is the object of a content verb, that verb. */
    private static int containingVerb(SentenceView s, int head) {
        if (s.isNoun(head) && s.relation(head).equals("dobj") && CONTENT_VERBS.contains(s.lemma(s.head(head)))) {
            return s.head(head); // "the proposal included a demand for ...": what the proposal holds
        }
        return Clauses.verb(s, head);
    }

    /**
     * "the members rejected the plan, Ruiz said", "“The farmers want land,” she said": the trigger's own clause
     * names people who are no party as its subject (a plural noun for people), or a city (whose authorities acted), so
     * whoever reports it states what others did or want, not a statement of their own (an obligation's subject is its
     * addressee and does not count). Then the reporter, "according to" and the quotation's speaker are no maker.
     */
    private static boolean othersSubject(Site x) {
        if (!verbal(x) || modal(x)) {
            return false;
        }
        int verb = Clauses.verb(x.s(), x.head());
        int own = x.s().child(verb, "nsubj");
        int subject = own >= 0 ? own : InheritedSubjects.of(x.s(), verb);
        if (subject >= 0 && QUANTITIES.contains(x.s().lemma(subject)) && !Parties.people(x.s(), subject)) {
            for (int p : x.s().children(subject, "prep")) {
                subject = x.s().word(p).equals("of") && x.s().child(p, "pobj") >= 0 ? x.s().child(p, "pobj") : subject;
            }
        }
        SentenceView.Placed named = subject < 0 ? null : x.s().mentionAt(subject);
        if (named != null) {
            return named.type() == EntityType.CITY; // "X announced that Tiraspol has refused"
        }
        if (subject < 0 || !Parties.people(x.s(), subject)) {
            return false;
        }
        return x.parties().resolve(x.s(), subject, "maker.subject") == null
                && x.parties().plural(x.s(), subject, "maker.subject").isEmpty();
    }

    /** "Kyiv said the mission should ...", "..., Egypt said": the subject of the verb that reports the trigger's clause. */
    static List<Party> reporter(Site x) {
        int verb = Clauses.verb(x.s(), x.head());
        if (x.s().isNoun(x.head())) {
            verb = predicateVerb(x.s(), x.head());
            if (verb < 0) {
                return null;
            }
        }
        int reporter = Clauses.reporter(x.s(), verb);
        int subject = reporter < 0 ? -1 : StrandedReporters.subject(x.s(), reporter);
        return subject < 0 ? null : found(x, subject, "maker.reporter");
    }

    /**
     * The verb of the clause a trigger noun is the predicate of ("said the city was a red line", "warned that the
     * step would cross a red line", an object "no" denies: "said the ban had no legal basis", a word of falsity said of
     * a thing said: "said the remarks contained lies"), or -1: a noun the
     * clause only names ("rejected the demand") is a proposal the sentence talks about.
     */
    private static int predicateVerb(SentenceView s, int noun) {
        String r = s.relation(noun);
        int gov = s.head(noun);
        boolean negatedObject = r.equals("dobj")
                && s.children(noun, "det").stream().anyMatch(d -> s.word(d).equals("no"));
        boolean falsity = FalseClaims.judgingVerb(s, noun) >= 0; // "said the remarks contained lies"
        boolean predicate = r.equals("attr") || Clauses.crossed(s, noun) || negatedObject || falsity;
        return predicate && gov >= 0 && s.isVerb(gov) ? gov : -1;
    }

    /**
     * "..., according to the ministry". Not for a proposal named by a noun ("has rejected the demand, according to
     * the ministry"): that is one the sentence talks about, not one the source makes.
     */
    static List<Party> accordingTo(Site x) {
        if (x.s().isNoun(x.head())) {
            return null;
        }
        for (int i = 0; i + 2 < x.s().size(); i++) {
            if (x.s().word(i).equals("according") && x.s().word(i + 1).equals("to")) {
                int o = x.s().child(i + 1, "pobj");
                List<Party> out = found(x, o >= 0 ? o : i + 2, "maker.according-to");
                if (out != null) {
                    return out;
                }
            }
        }
        return null;
    }

    /**
     * A verb or modal trigger inside a quotation: its speaker, named in this sentence or the last one attributed. A
     * proposal named by a noun in a quotation ("a thousand no's to the deal", "more and more demands") is one the
     * speaker talks about, not one the speaker makes: its owner, if any, is found by the rules before.
     */
    static List<Party> quoteSpeaker(Site x) {
        if (!x.s().quoted(x.head()) || x.s().pos(x.head()).startsWith("NN")) {
            return null;
        }
        Party speaker = x.parties().speaker();
        return speaker == null ? null : List.of(speaker.by(RuleId.of("maker.quote-speaker")));
    }
}
