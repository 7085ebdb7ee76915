package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The places and organizations named inside a statement's content. Left out, as the annotation conventions say:
 * the maker and the addressee; parties merely listed in "between A and B"; a place that only says where another
 * named place is ("Shan State's Kengtung", "El Fasher in Darfur"); the owner of forces a demand moves ("Russia's
 * troops"); a place inside an organization's or a document's name ("the Jeddah declaration"); where the body or
 * audience a statement is made to sits ("told reporters in Ankara"); who holds a status over a territory ("the
 * sovereignty of Iran over the islands"); a place set aside ("rather than in Maputo"); where an accord or a document
 * was made, said in a past clause on it ("the truce agreed in Arusha").
 */
final class PlaceRules {

    private static final RuleId PLACE = RuleId.of("place.content");
    private static final RuleId PLACE_WHO = RuleId.of("place.content-restrictive-who");
    private static final RuleId PLACE_FORCES = RuleId.of("place.content-forces-where");
    private static final RuleId PLACE_ALLY = RuleId.of("place.content-ally");
    private static final RuleId PLACE_STRAYED = RuleId.of("place.content-strayed-object");
    private static final RuleId PLACE_OPENED = RuleId.of("place.content-opened-site");
    private static final RuleId PLACE_BETWEEN = RuleId.of("place.content-between-setting");
    private static final RuleId PLACE_BORDER = RuleId.of("place.content-border-side");
    private static final RuleId PLACE_LEFT = RuleId.of("place.content-left-place");
    private static final RuleId PLACE_VENUE = RuleId.of("place.content-meeting-venue");
    private static final RuleId PLACE_JUDGED = RuleId.of("place.content-judged-proposal");
    private static final RuleId PLACE_ROUTE = RuleId.of("place.content-route-end");
    private static final RuleId PLACE_EXTENT = RuleId.of("place.content-extent");
    private static final RuleId PLACE_ROUTE_LINK = RuleId.of("place.content-route-link");
    private static final RuleId PLACE_JOINED = RuleId.of("place.content-joined-act");
    private static final RuleId ORGANIZATION = RuleId.of("organization.content");
    private static final WordList FORCE_NOUNS = Lexicon.bundled().list("force-nouns");
    private static final Set<String> LOCATING_PREPOSITIONS = Set.of("in", "of", "near", "inside");
    private static final WordList PLACE_NOUNS = Lexicon.bundled().list("place-nouns");
    private static final WordList ALLIANCE_NOUNS = Lexicon.bundled().list("alliance-nouns");
    private static final WordList DIVISION_NOUNS = Lexicon.bundled().list("division-nouns");
    private static final WordList GROUP_NOUNS = Lexicon.bundled().list("group-nouns");
    private static final WordList SEAT_NOUNS = Lexicon.bundled().list("body-seat-nouns");
    private static final WordList ORGANIZATION_NOUNS = Lexicon.bundled().list("organization-nouns");
    private static final WordList COURT_NOUNS = Lexicon.bundled().list("court-nouns");
    private static final WordList AUDIENCE_NOUNS = Lexicon.bundled().list("audience-nouns");
    private static final WordList DOCUMENT_NOUNS = Lexicon.bundled().list("document-nouns");
    private static final WordList VENUE_NAMED = Lexicon.bundled().list("venue-named-nouns");
    private static final WordList TIME_MARKS = Lexicon.bundled().list("time-clause-marks");
    private static final WordList TIME_SPANS = Lexicon.bundled().list("time-span-nouns");
    private static final Set<String> SPAN_MARKS = Set.of("after", "before", "since");
    private static final WordList ACCORDS = Lexicon.bundled().list("outcome-nouns");
    private static final WordList PACTS = Lexicon.bundled().list("accord-nouns");
    private static final WordList DEMAND_NOUNS = Lexicon.bundled().list("demand-nouns");
    private static final WordList OFFER_NOUNS = Lexicon.bundled().list("offer-nouns");
    private static final WordList TERRITORIAL_STATUS = Lexicon.bundled().list("territorial-status-nouns");

    private PlaceRules() {
    }

    static Frame apply(Site x) {
        return apply(x.s(), x.frame(), x.context());
    }

    static Frame apply(SentenceView s, Frame f, ArticleContext context) {
        List<Party> places = new ArrayList<>();
        List<Party> orgs = new ArrayList<>();
        Set<Integer> content = Set.copyOf(f.content());
        List<Integer> joined = JoinedActs.joined(s, f.head(), f.kind());
        for (SentenceView.Placed m : s.mentions()) {
            if (!content.contains(m.head()) || excluded(s, f, m, context)) {
                continue;
            }
            if (m.isPlace() && places.stream().noneMatch(p -> p.entity().equals(m.entity()))) {
                places.add(Party.named(m, placeRule(s, f, m, joined)));
            } else if (m.type() == EntityType.ORGANIZATION
                    && orgs.stream().noneMatch(p -> p.entity().equals(m.entity()))) {
                orgs.add(Party.named(m, ORGANIZATION));
            }
        }
        return f.withNamed(places, orgs, f.implied());
    }

    /** The rule a place of the content is kept by: the general one, or the one that brought its phrase in. */
    private static RuleId placeRule(SentenceView s, Frame f, SentenceView.Placed m, List<Integer> joined) {
        if (ContentRules.inRestrictiveWho(s, m.head())) {
            return PLACE_WHO;
        }
        if (ContentRules.inForceSubject(s, m.head())) {
            return PLACE_FORCES;
        }
        if (StrayedObjects.strayed(s, f.head(), m.head())) {
            return PLACE_STRAYED;
        }
        if (OpenedSites.inOpenedSite(s, m)) {
            return PLACE_OPENED;
        }
        if (BetweenSettings.afterParties(s, m)) {
            return PLACE_BETWEEN;
        }
        if (CountryPlaces.otherSide(s, f, m)) {
            return PLACE_BORDER;
        }
        if (LeftPlaces.left(s, m)) {
            return PLACE_LEFT;
        }
        if (MeetingVenues.venue(s, m)) {
            return PLACE_VENUE;
        }
        if (JudgedProposals.inJudged(s, f, m.head())) {
            return PLACE_JUDGED;
        }
        if (RouteEnds.end(s, m)) {
            return PLACE_ROUTE;
        }
        if (ExtentClauses.inExtent(s, f, m.head())) {
            return PLACE_EXTENT;
        }
        if (RouteLinks.inLink(s, f, m.head())) {
            return PLACE_ROUTE_LINK;
        }
        if (JoinedActs.inJoined(s, joined, m.head())) {
            return PLACE_JOINED;
        }
        return ally(s, f, m) ? PLACE_ALLY : PLACE;
    }

    /** "held in Nampula rather than in Maputo", "instead of Geneva": the place set aside is not the content's. */
    private static boolean turnedDown(SentenceView s, SentenceView.Placed m) {
        for (int t = s.head(m.head()); t > 0 && !s.isVerb(t); t = s.head(t)) {
            String before = s.word(t - 1).toLowerCase(Locale.ROOT);
            if (s.word(t).equalsIgnoreCase("than") && before.equals("rather")
                    || s.word(t).equalsIgnoreCase("of") && before.equals("instead")) {
                return true;
            }
        }
        return false;
    }

    /** The first item of the list or apposition a token stands in ("A, B and C": A), or the token itself. */
    static int listHead(SentenceView s, int token) {
        int t = token;
        while (s.relation(t).equals("conj") || s.relation(t).equals("appos")) {
            t = s.head(t);
        }
        return t;
    }

    /** A mention in the content that the conventions leave out of its places (see the class comment). */
    private static boolean excluded(SentenceView s, Frame f, SentenceView.Placed m, ArticleContext context) {
        return f.isParty(m.entity(), context) || partyConjunct(s, f, m) || locator(s, m) || appositiveLocator(s, m)
                || (betweenParties(s, m) || m.type() == EntityType.COUNTRY && !CountryPlaces.placeRole(s, m)
                && !CountryPlaces.otherSide(s, f, m) && !ally(s, f, m)) && !RouteEnds.end(s, m)
                || inTimeClause(s, f, m) || inWhereRemark(s, f, m) || inPastDescription(s, f, m) || turnedDown(s, m)
                || forceOwner(s, m) && !LeftPlaces.left(s, m)
                || (bodyOwner(s, m) || seatAfterBody(s, f, m, context)) // unless the seat is where the act is
                && !OpenedSites.inOpenedSite(s, m) && !BetweenSettings.afterParties(s, m) && !MeetingVenues.venue(s, m)
                && !CounterpartSeats.seat(s, m)
                || seatOfListener(s, f, m) || callSource(s, f, m) || documentName(s, m) || claimant(s, m);
    }

    /**
     * "refrain from attacks while the teams met in Riyadh": a place in a clause that only dates the act ("while",
     * "when", "as", "after") below the trigger is not where the act is asked.
     */
    private static boolean inTimeClause(SentenceView s, Frame f, SentenceView.Placed m) {
        for (int t = m.head(), steps = 0; t >= 0 && steps < 10 && !s.dominates(t, f.head()); t = s.head(t), steps++) {
            int mark = s.relation(t).equals("advcl") ? s.child(t, "mark") : -1;
            if (mark >= 0 && TIME_MARKS.contains(s.word(mark).toLowerCase(Locale.ROOT)) || spanDated(s, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * ", a day after fighting drove troops into A", "six months after the vote in A": a phrase of "after", "before" or
     * "since" measured by a span of time ({@code time-span-nouns}) dates the act; the parser hangs the phrase on the
     * span ("day" above "after") or the span on the phrase ("days" below "after"); the span may be the phrase's
     * object too ("after six days of talks in A": where the talks were held only dates the act).
     */
    private static boolean spanDated(SentenceView s, int t) {
        if (!s.relation(t).equals("prep") || !SPAN_MARKS.contains(s.word(t).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int above = s.head(t);
        return above >= 0 && TIME_SPANS.contains(s.lemma(above).toLowerCase(Locale.ROOT))
                || span(s, s.child(t, "npadvmod")) || span(s, s.child(t, "pobj"));
    }

    private static boolean span(SentenceView s, int t) {
        return t >= 0 && TIME_SPANS.contains(s.lemma(t).toLowerCase(Locale.ROOT));
    }

    /**
     * "open routes for convoys heading to Kerak, where shelling in Madaba has ruined the markets": a clause opened by
     * "where" after a comma describes the place before it; a place inside it is no place of the act asked, unless the
     * statement itself is made inside that clause.
     */
    private static boolean inWhereRemark(SentenceView s, Frame f, SentenceView.Placed m) {
        for (int w = 1; w < m.begin(); w++) {
            int clause = s.head(w);
            if (s.word(w).equalsIgnoreCase("where") && s.word(w - 1).equals(",") && clause > w
                    && s.dominates(clause, m.head()) && !s.dominates(clause, f.head())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "to honour the agreement signed in Pretoria", "a breach of the truce he brokered in Putrajaya", "a memorandum its
     * delegation handed over at talks in Istanbul": a place in a relative or participle clause in the past (no modal)
     * on an accord or a document of the content says where that was made, not what is asked. A past clause on any other
     * noun still gives its places ("pull out the troops it has stationed in Badme").
     */
    private static boolean inPastDescription(SentenceView s, Frame f, SentenceView.Placed m) {
        for (int t = m.head(), steps = 0; t >= 0 && steps < 10 && !s.dominates(t, f.head()); t = s.head(t), steps++) {
            String r = s.relation(t);
            int noun = s.head(t);
            if ((r.equals("relcl") || r.equals("acl")) && s.isVerb(t) && past(s, t) && noun >= 0
                    && (ACCORDS.contains(s.lemma(noun)) || DOCUMENT_NOUNS.contains(s.lemma(noun))
                    || PACTS.contains(s.word(noun).toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** A verb in the past: "signed", "was signed", "has destroyed"; not one with a modal ("would be handed"). */
    private static boolean past(SentenceView s, int verb) {
        List<Integer> aux = s.children(verb, "aux");
        if (aux.stream().anyMatch(a -> s.pos(a).equals("MD") || s.word(a).equalsIgnoreCase("to"))) {
            return false;
        }
        return s.pos(verb).equals("VBD") || s.pos(verb).equals("VBN")
                || aux.stream().anyMatch(a -> s.lemma(a).equals("have"));
    }

    /**
     * "called on Baghdad and Erbil to ...": a place listed with a maker or an addressee in the same slot (a conjunct of
     * the mention that names them) is one of the parties, not a place of the content.
     */
    private static boolean partyConjunct(SentenceView s, Frame f, SentenceView.Placed m) {
        int first = listHead(s, m.head());
        SentenceView.Placed named = first == m.head() ? null : s.mentionAt(first);
        if (named == null || named == m || !s.relation(m.head()).equals("conj")) {
            return false;
        }
        for (List<Party> parties : List.of(f.makers(), f.addressees())) {
            for (Party p : parties) {
                if (!p.inferred() && named.mention().span().equals(p.span())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "stop taking part in alliances with Washington and Tokyo", "its military cooperation with the United States": the
     * country in the "with" phrase of an alliance noun in a demand is a third party with a role (an ally to give up or
     * to join). In an offer or a rejection it names the counterpart ("open to cooperation with Paris").
     */
    private static boolean ally(SentenceView s, Frame f, SentenceView.Placed m) {
        if (f.kind() != StatementKind.DEMAND) {
            return false;
        }
        int t = listHead(s, m.head());
        int with = s.head(t);
        int noun = with < 0 ? -1 : s.head(with);
        return s.relation(t).equals("pobj") && s.word(with).equals("with") && noun >= 0
                && s.listed(ALLIANCE_NOUNS, noun);
    }

    /** The token a mention's phrase hangs from when its last token hangs inside it ("Port of Spain": "Port"). */
    private static int top(SentenceView s, SentenceView.Placed m) {
        int t = m.head();
        for (int steps = 0; steps < 5 && m.covers(s.head(t)); steps++) {
            t = s.head(t);
        }
        return t;
    }

    /** "a ceasefire between Israel and Hamas": the countries listed as the two sides. */
    private static boolean betweenParties(SentenceView s, SentenceView.Placed m) {
        if (m.type() != EntityType.COUNTRY && m.type() != EntityType.ORGANIZATION) {
            return false;
        }
        int t = m.head();
        while (s.relation(t).equals("conj")) {
            t = s.head(t);
        }
        return s.relation(t).equals("pobj") && s.word(s.head(t)).equals("between");
    }

    /** A place that says where another named place is: its possessor, compound or "in"/"of" object. */
    private static boolean locator(SentenceView s, SentenceView.Placed m) {
        int t = m.head();
        String r = s.relation(t);
        int gov = s.head(t);
        if (r.equals("pobj") && s.word(gov).equals("near") && gov >= 2 && s.word(gov - 1).equals(",")) {
            // "the route from Ust-Luga, near St Petersburg": a place set off after another only says where that is
            SentenceView.Placed before = s.mentionAt(gov - 2);
            if (before != null && before != m && before.isPlace()) {
                return true;
            }
        }
        if (r.equals("pobj") && s.word(gov).equals("off") && s.isNoun(s.head(gov))) {
            return true; // "the islands off Hokkaido", "a tanker off Hodeidah": a coast that says where a thing is
        }
        if (r.equals("pobj") && LOCATING_PREPOSITIONS.contains(s.word(gov))) {
            gov = s.head(gov);
        } else if (!(r.equals("poss") || r.equals("compound") || r.equals("nmod") || r.equals("appos"))) {
            return false;
        }
        SentenceView.Placed located = s.mentionAt(gov);
        if (located != null && located != m && located.isPlace()) {
            return true;
        }
        if (r.equals("pobj") && (PLACE_NOUNS.contains(s.lemma(gov)) || DIVISION_NOUNS.contains(s.word(gov)))) {
            // "the Antofagasta region of Chile": the region is named by its own compound; "the town of Isfara in
            // the Sughd region": by the object of its "of"
            for (int c : s.children(gov)) {
                int named = s.word(c).equals("of") ? s.child(c, "pobj") : c;
                SentenceView.Placed place = named < 0 ? null : s.mentionAt(named);
                if (place != null && place != m && place.isPlace()) {
                    return true;
                }
            }
        }
        // "Ukraine's Donetsk and Luhansk regions": the owner of a noun that named places modify (the owner only:
        // "Peru's Tacna region" locates Tacna by Peru, not Peru by Tacna)
        for (int c : r.equals("poss") ? s.children(gov) : List.<Integer>of()) {
            SentenceView.Placed other = s.mentionAt(c);
            if (c != t && other != null && other != m && other.isPlace()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "El Fasher, Kadugli and Dilling, towns in Darfur and Kordofan": the places after "in" or "of" on a noun of
     * settlements or divisions set in apposition to named places only say where those are.
     */
    private static boolean appositiveLocator(SentenceView s, SentenceView.Placed m) {
        int t = m.head();
        while (s.relation(t).equals("conj")) {
            t = s.head(t);
        }
        int prep = s.head(t);
        int noun = prep < 0 ? -1 : s.head(prep);
        if (!s.relation(t).equals("pobj") || noun < 0 || !(s.word(prep).equals("in") || s.word(prep).equals("of"))
                || !DIVISION_NOUNS.contains(s.word(noun).toLowerCase(Locale.ROOT))
                || !s.relation(noun).equals("appos")) {
            return false;
        }
        SentenceView.Placed named = s.mentionAt(s.head(noun));
        return named != null && named != m && named.isPlace();
    }

    /**
     * "Greenland's own parliament", "the Taliban government in Kabul", "armed groups in Chad", "a court in Mogadishu":
     * the owner or seat of a body, group or court is no place.
     */
    private static boolean bodyOwner(SentenceView s, SentenceView.Placed m) {
        int t = listHead(s, m.head()); // "groups in the three states: A, B and C"
        String r = s.relation(t);
        int gov = s.head(t);
        if (r.equals("pobj") && (s.word(gov).equals("in") || s.word(gov).equals("of"))) {
            gov = s.head(gov);
        } else if (!(r.equals("poss") || r.equals("compound"))) {
            return false;
        }
        return gov >= 0 && (s.listed(GROUP_NOUNS, gov)
                || ORGANIZATION_NOUNS.contains(s.lemma(gov))
                || COURT_NOUNS.contains(s.word(gov)) && (gov < m.begin() || gov >= m.end()));
    }

    /**
     * "demanded that the authorities in breakaway Kerak reopen the road", "no longer trusted the officials in Kerak",
     * "sent to the committee of the Arab League in Kerak": a place right after "in" (past a determiner or a modifier)
     * that follows a noun of a body that sits in one place ({@code body-seat-nouns}) or an organization's name is that
     * body's seat, wherever the parser hangs the "in" phrase. Forces are no body ("keep troops in Kerak"), nor is a
     * mission, which is sent to where it works; delegations travel ("host both delegations in Kerak" names a venue),
     * and so do a party to the statement and a counterpart ("resume talks with the Front in Kerak").
     */
    private static boolean seatAfterBody(SentenceView s, Frame f, SentenceView.Placed m, ArticleContext context) {
        int in = m.begin() - 1;
        for (int steps = 0; steps < 2 && in > 0 && modifierBefore(s, in); steps++) {
            in--;
        }
        if (in < 1 || !s.word(in).equals("in")) {
            return false;
        }
        int body = in - 1;
        SentenceView.Placed named = s.mentionAt(body);
        if (named != null) {
            int top = top(s, named);
            boolean counterpart = s.relation(top).equals("pobj") && s.word(s.head(top)).equals("with");
            return named.type() == EntityType.ORGANIZATION && !s.listed(FORCE_NOUNS, body)
                    && !s.word(body).equalsIgnoreCase("mission") && !counterpart && !f.isParty(named.entity(), context);
        }
        return s.listed(SEAT_NOUNS, body);
    }

    /** A lower-case determiner or modifier between "in" and a name ("in breakaway Kerak", "in the Kerak region"). */
    private static boolean modifierBefore(SentenceView s, int i) {
        String pos = s.pos(i);
        return Character.isLowerCase(s.word(i).charAt(0))
                && (pos.equals("DT") || pos.startsWith("JJ") || pos.equals("NN") || pos.equals("VBN"));
    }

    /**
     * "pressed the Taliban administration in Kabul to ...", "called on both parliaments in London and Madrid to ...",
     * "told reporters in Ankara that ...": where the body or the
     * audience a statement is made to sits is no place of the statement. The noun just before "in" decides (the
     * parser often hangs "in X" on the verb), and it must be the object of the statement's verb; a body or group
     * only of a verb that addresses it ({@link Addressing}: "would keep a team in A" keeps the team there); forces
     * are no audience ("will not allow Syrian troops in Daraa").
     */
    private static boolean seatOfListener(SentenceView s, Frame f, SentenceView.Placed m) {
        int t = listHead(s, top(s, m)); // "in London and Madrid"; "in Port of Spain" hangs from "Port"
        int in = s.head(t);
        if (!s.relation(t).equals("pobj") || in < 1 || !s.word(in).equals("in")) {
            return false;
        }
        int listener = in - 1;
        boolean audience = AUDIENCE_NOUNS.contains(s.word(listener)); // "told a news conference in A"
        boolean listenerNoun = (audience || s.listed(GROUP_NOUNS, listener) && Addressing.asks(s, f.head()))
                && !s.listed(FORCE_NOUNS, listener);
        boolean object = s.relation(listener).equals("dobj") && s.head(listener) == f.head()
                || s.relation(listener).equals("pobj") && s.head(s.head(listener)) == f.head(); // "called on X in Y"
        return listenerNoun && object;
    }

    /**
     * "rejected the call from Muscat", "a proposal from Tashkent": a place in the "from" phrase of a demand or offer
     * noun that is the trigger or the trigger's object says whom it comes from, not where the act is asked.
     */
    private static boolean callSource(SentenceView s, Frame f, SentenceView.Placed m) {
        int trigger = f.head();
        int top = top(s, m);
        int from = s.head(top);
        int noun = s.head(from); // the trigger noun, or the noun the trigger verb answers ("rejected the call from X")
        return s.relation(top).equals("pobj") && s.word(from).equalsIgnoreCase("from") && s.isNoun(noun)
                && (noun == trigger || s.head(noun) == trigger && s.relation(noun).equals("dobj"))
                && (DEMAND_NOUNS.contains(s.lemma(noun)) || OFFER_NOUNS.contains(s.lemma(noun)));
    }

    /**
     * "the sovereignty of Iran over the islands", "Iran's sovereignty over the islands": with an "over" phrase, the
     * "of" phrase or the possessor of a territorial status names who holds it, not the territory.
     */
    private static boolean claimant(SentenceView s, SentenceView.Placed m) {
        int of = s.head(m.head());
        boolean owner = s.relation(m.head()).equals("poss"); // "China's sovereignty over the islands"
        int status = owner ? of : s.head(of);
        return (owner || s.relation(m.head()).equals("pobj") && s.word(of).equals("of")) && status >= 0
                && TERRITORIAL_STATUS.contains(s.lemma(status))
                && (s.children(status, "prep").stream().anyMatch(p -> s.word(p).equals("over"))
                || ContentRules.trailingPreposition(s, status, "over") >= 0);
    }

    /**
     * "the Jeddah declaration": a place that names a document is no place of the content; nor is a town that names
     * the agreement or talks made or held there ("the Minsk agreements", "the Doha talks").
     */
    private static boolean documentName(SentenceView s, SentenceView.Placed m) {
        String r = s.relation(m.head());
        int gov = s.head(m.head());
        return gov >= 0 && (r.equals("compound") || r.equals("nmod")) && (DOCUMENT_NOUNS.contains(s.lemma(gov))
                || m.type() == EntityType.CITY && s.listed(VENUE_NAMED, gov));
    }

    /**
     * "Russia's troops", "forces of Ethiopia", "the militias of the province of Tarn": the owner of forces is a party,
     * not a place.
     */
    private static boolean forceOwner(SentenceView s, SentenceView.Placed m) {
        int t = m.head();
        String r = s.relation(t);
        int gov = s.head(t);
        if (r.equals("pobj") && (s.word(gov).equals("of") || s.word(gov).equals("from"))) {
            gov = s.head(gov);
        } else if (!(r.equals("poss") || r.equals("compound") || r.equals("nmod") || r.equals("amod"))) {
            return false;
        }
        int of = s.head(gov);
        if (gov >= 0 && PLACE_NOUNS.contains(s.lemma(gov)) && s.relation(gov).equals("pobj")
                && (s.word(of).equals("of") || s.word(of).equals("from"))) {
            gov = s.head(of); // the place noun names the owner
        }
        return gov >= 0 && s.listed(FORCE_NOUNS, gov);
    }
}
