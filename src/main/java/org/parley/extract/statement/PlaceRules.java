package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
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
 * sovereignty of Iran over the islands") or claims or holds a thing ("the areas claimed by A and B", "the valley
 * belongs to A"); a place set aside ("rather than in Maputo"); where an accord or a document was made, said in a past
 * clause on it ("the truce agreed in Arusha"); the post of a person named beside it ("Luis Mora, the mayor of Tibu").
 * The tests of what is left out live in {@link PlaceLocators}, {@link BodySeats}, {@link PlaceOwners},
 * {@link AsidePlaces} and {@link PersonAffiliations}; this class walks the content's mentions and picks the rule id
 * each place kept is given.
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
    private static final RuleId PLACE_OPERATOR = RuleId.of("place.content-site-operator");
    private static final RuleId ORGANIZATION = RuleId.of("organization.content");
    private static final WordList ALLIANCE_NOUNS = Lexicon.bundled().list("alliance-nouns");

    private PlaceRules() {
    }

    static Frame apply(Site x) {
        return apply(x.s(), x.frame(), x.context());
    }

    static Frame apply(SentenceView s, Frame f, ArticleContext context) {
        List<Party> places = new ArrayList<>();
        List<Party> orgs = new ArrayList<>();
        Set<Integer> content = Set.copyOf(f.content());
        Brought brought = new Brought(JoinedActs.joined(s, f.head(), f.kind()), ExtentClauses.extent(s, f.head()),
                RouteLinks.links(s, f.head()));
        for (SentenceView.Placed m : s.mentions()) {
            if (!content.contains(m.head()) || excluded(s, f, m, context)) {
                continue;
            }
            if (m.isPlace() && places.stream().noneMatch(p -> p.entity().equals(m.entity()))) {
                places.add(Party.named(m, placeRule(s, f, m, brought)));
            } else if (m.type() == EntityType.ORGANIZATION
                    && orgs.stream().noneMatch(p -> p.entity().equals(m.entity()))) {
                orgs.add(Party.named(m, ORGANIZATION));
            }
        }
        return f.withNamed(places, orgs, f.implied());
    }

    /**
     * The phrases of a statement's content that rules below its trigger brought in, found once per statement: the
     * acts joined to an offer, the extent participles and the route-linking participles of the trigger.
     */
    private record Brought(List<Integer> joined, List<Integer> extent, List<Integer> links) {
    }

    /** The rule a place of the content is kept by: the general one, or the one that brought its phrase in. */
    private static RuleId placeRule(SentenceView s, Frame f, SentenceView.Placed m, Brought brought) {
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
        if (brought.extent().contains(m.head())) {
            return PLACE_EXTENT;
        }
        if (brought.links().contains(m.head())) {
            return PLACE_ROUTE_LINK;
        }
        if (JoinedActs.inJoined(s, brought.joined(), m.head())) {
            return PLACE_JOINED;
        }
        if (CountryPlaces.operator(s, m)) {
            return PLACE_OPERATOR;
        }
        return ally(s, f, m) ? PLACE_ALLY : PLACE;
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
        return f.isParty(m.entity(), context) || partyConjunct(s, f, m) || PlaceLocators.locator(s, m)
                || PlaceLocators.appositiveLocator(s, m)
                || (PlaceLocators.betweenParties(s, m) || m.type() == EntityType.COUNTRY
                && !CountryPlaces.placeRole(s, m) && !CountryPlaces.otherSide(s, f, m) && !ally(s, f, m))
                && !RouteEnds.end(s, m)
                || AsidePlaces.aside(s, f, m)
                || PlaceOwners.forceOwner(s, m) && !LeftPlaces.left(s, m) || PlaceOwners.origin(s, m)
                || (BodySeats.bodyOwner(s, m) || BodySeats.seatAfterBody(s, f, m, context)) // unless the act is there
                && !OpenedSites.inOpenedSite(s, m) && !BetweenSettings.afterParties(s, m) && !MeetingVenues.venue(s, m)
                && !CounterpartSeats.seat(s, m) && !BodySeats.courtDestination(s, m)
                || BodySeats.seatOfListener(s, f, m) || PlaceOwners.callSource(s, f, m)
                || PlaceLocators.documentName(s, m) || PlaceOwners.claimant(s, m) || PlaceOwners.participleAgent(s, m)
                || PlaceOwners.holder(s, m)
                || PersonAffiliations.affiliation(s, m);
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

    /**
     * The preposition whose object a place's phrase is, the first item of its list or apposition standing for it ("in"
     * of "in A and B", of "in Port of Spain"), or -1.
     */
    static int preposition(SentenceView s, SentenceView.Placed m) {
        return prepositionOver(s, listHead(s, top(s, m)));
    }

    /** The preposition token {@code t} is the object ({@code pobj}) of, or -1. */
    static int prepositionOver(SentenceView s, int t) {
        int p = s.head(t);
        return s.relation(t).equals("pobj") && p >= 0 ? p : -1;
    }

    /** The token a mention's phrase hangs from when its last token hangs inside it ("Port of Spain": "Port"). */
    static int top(SentenceView s, SentenceView.Placed m) {
        int t = m.head();
        for (int steps = 0; steps < 5 && m.covers(s.head(t)); steps++) {
            t = s.head(t);
        }
        return t;
    }
}
