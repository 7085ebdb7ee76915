package org.parley.extract.mention;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * The named tests the typing rules of {@code phrase-types.tsv} call, like the builtins a rule engine registers by
 * name: each asks one question about a {@link Phrase} and its context. Stateless.
 */
final class PhraseTests {

    private PhraseTests() {
    }

    /** Every test by the name the rule table uses. */
    static final Map<String, Predicate<Phrase>> BY_NAME = Map.ofEntries(
            entry("supranational-area", PhraseTests::supranationalArea),
            entry("unannotated-head", PhraseTests::unannotatedHead),
            entry("public-space-after-place-word", PublicSpaces::publicSpaceAfterPlaceWord),
            entry("media-name", PhraseTests::mediaName),
            entry("legislature-name", PhraseTests::legislatureName),
            entry("outlet-first-word", MediaCues::outletFirstWord),
            entry("hyphenated-outlet", MediaCues::hyphenatedOutlet),
            entry("reporting-outlet", MediaCues::reportingOutlet),
            entry("outlet-after-cue", MediaCues::outletAfterCue),
            entry("outlet-article-name", MediaCues::articleOutlet),
            entry("initials-in-parentheses", InitialsAcronyms::initialsInParentheses),
            entry("agency-noun-after", MediaCues::agencyNounAfter),
            entry("state-government", PhraseTests::stateGovernment),
            entry("region-adjective", PhraseTests::regionAdjective),
            entry("demonym-of-several-states-government", PhraseTests::demonymOfSeveralStatesGovernment),
            entry("known-no-entity", PhraseTests::knownNoEntity),
            entry("company-suffix", OrganizationCues::companySuffix),
            entry("person-before-body", PersonBeforeBody::personBeforeBody),
            entry("named-as-organization", OrganizationCues::namedAsOrganization),
            entry("opening-dateline", ph -> CapitalSense.openingDateline(ph.p(), ph.a(), ph.e())),
            entry("named-as-city", PlaceCues::namedAsCity),
            entry("named-as-region", PlaceCues::namedAsRegion),
            entry("acronym-after-the", OrganizationCues::acronymAfterThe),
            entry("acronym-told", OrganizationCues::acronymTold),
            entry("generic-words", Phrase::allGeneric),
            entry("capitals-headline", HeadlineCaps::headline),
            entry("forum-of-people", OrganizationCues::forumOfPeople),
            entry("organization-head", OrganizationCues::headInside),
            entry("acronym-apposition", OrganizationCues::acronymApposition),
            entry("acronym-beside-noun", OrganizationCues::acronymBesideNoun),
            entry("company-name-ending", OrganizationCues::companyNameEnding),
            entry("apposition-head", OrganizationCues::appositionHead),
            entry("company-noun-before", OrganizationCues::companyNounBefore),
            entry("party-noun-after", OrganizationCues::partyNounAfter),
            entry("company-example", OrganizationCues::companyExample),
            entry("region-head", PlaceCues::regionHead),
            entry("territory-head", PlaceCues::territoryHead),
            entry("city-head", PlaceCues::cityHead),
            entry("lettered-division", PlaceAfterOf::letteredDivision),
            entry("region-noun-after", PlaceCues::regionNounAfter),
            entry("plural-region-noun-after-list", PlaceCues::pluralRegionNounAfterList),
            entry("city-noun-after", PlaceCues::cityNounAfter),
            entry("city-noun-before-of", PlaceCues::cityNounBeforeOf),
            entry("region-noun-before-of", PlaceCues::regionNounBeforeOf),
            entry("residents-of", PlaceCues::residentsOf),
            entry("after-location-preposition", PlaceCues::afterLocationPreposition),
            entry("settlement-apposition", PlaceCues::settlementApposition),
            entry("after-settlement-noun-comma", PlaceCues::afterSettlementNounComma),
            entry("after-region-possessive", PlaceCues::afterRegionPossessive),
            entry("after-movement-to", PlaceCues::afterMovementTo),
            entry("after-leaving-from", PlaceCues::afterLeavingFrom),
            entry("before-in-place", PlaceCues::beforeInPlace),
            entry("place-element-first", PlaceCues::placeElementFirst),
            entry("after-nearness", TownCues::afterNearness),
            entry("after-place-verb", TownCues::afterPlaceVerb),
            entry("compass-part-of", TownCues::compassPartOf),
            entry("city-in-list", PlaceLists::cityInList),
            entry("region-in-list", PlaceLists::regionInList),
            entry("lower-title-before", PersonCues::lowerTitleBefore),
            entry("speaker-or-described", PersonCues::speakerOrDescribed),
            entry("role-noun-before", PersonCues::roleNounBefore),
            entry("person-in-list", PersonCues::personInList),
            entry("initials-name", PersonCues::initialsName),
            entry("known-given-name", PersonCues::knownGivenName),
            entry("leader-after-by", PersonCues::leaderAfterBy),
            entry("title-office", OrganizationCues::titleOffice),
            entry("title-phrase", PhraseTests::titlePhrase));

    /** "GERD" after "Grand Ethiopian Renaissance Dam (GERD)": an acronym the article gave to no entity. */
    static boolean knownNoEntity(Phrase ph) {
        return ph.length() == 1 && ph.known().isNotAnEntity(ph.p().norm(ph.a()));
    }

    /** "Middle East", "the Sahel": an area larger than a country or under no one state. */
    static boolean supranationalArea(Phrase ph) {
        return Words.SUPRANATIONAL_AREAS.contains(ph.p().key(ph.a(), ph.e()));
    }

    /**
     * "Kerch Strait", "Valdor Agreement", "Tessaly Process": a capitalized head of a name that is no entity of ours,
     * unless it ends a territory's name ("Gaza Strip"), sits inside an organization's name ("Velmar Canal
     * Authority", "Delta Radio") or ends the name of a forum of people, or is a word of place names opening one before
     * a capitalized word ({@code place-name-elements}: "Port Lamberton"); and a building's name ({@link BuildingNames}:
     * "State House").
     */
    static boolean unannotatedHead(Phrase ph) {
        SentencePieces p = ph.p();
        int a = ph.a();
        int e = ph.e();
        String lastNorm = ph.lastNorm();
        boolean organizationNamed = e - a >= 2 && p.get(e - 1).cap() && Words.ORG_HEADS.contains(lastNorm);
        if (BuildingNames.phrase(ph)) {
            return true; // "State House", "Government House": the building of a seat of office
        }
        for (int k = a; k < e; k++) {
            Piece x = p.get(k);
            String n = x.norm();
            if (!x.cap() || !Words.UNANNOTATED_HEADS.contains(n)
                    || k == a && p.cap(k + 1) && k + 1 < e && Words.PLACE_NAME_ELEMENTS.contains(n)) {
                continue; // "Port Lamberton": a word of place names opening one is no head
            }
            boolean last = k == e - 1 && e - a >= 2;
            if (k < e - 1 && outletNumbered(ph)) {
                continue; // "Channel 12": a channel with a number is a broadcaster
            }
            if (last && Words.TERRITORY_HEADS.contains(n) || k < e - 1 && organizationNamed
                    || last && n.equals("forum") && OrganizationCues.forumOfPeople(ph)) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** "Washington Post", "Kyiv Independent Times": a newspaper's or broadcaster's name, not an actor. */
    static boolean mediaName(Phrase ph) {
        String last = ph.lastNorm();
        return ph.length() >= 2 && ph.p().cap(ph.e() - 1) && Words.MEDIA_HEADS.contains(last) && !last.equals("agency");
    }

    /**
     * "the Senate", "the House of Representatives": a capitalized name many countries give a legislature, not as the
     * first word of a title ("Parliament Speaker Nabih Berri" names the speaker).
     */
    static boolean legislatureName(Phrase ph) {
        SentencePieces p = ph.p();
        Piece next = p.at(ph.e());
        boolean titleAfter = next != null && p.joined(ph.e()) && next.cap() && Words.TITLES.contains(next.norm());
        return p.cap(ph.a()) && p.cap(ph.e() - 1) && !titleAfter && Words.LEGISLATURE_NAMES.contains(p.key(ph.a(), ph.e()));
    }

    /**
     * "Minister of Foreign Affairs and International Cooperation": a phrase that opens with a capitalized title and
     * holds no catalog name (a name after the title was split off before) is a title, not an organization.
     */
    /**
     * "the National Security Adviser", "Information Minister": capitalized words of a portfolio or a rank before a
     * title, and nothing else, name an office, not a body.
     */
    private static boolean modifiedTitle(Phrase ph) {
        SentencePieces p = ph.p();
        String last = ph.lastNorm();
        if (ph.length() < 2 || !p.get(ph.e() - 1).cap() || !Words.TITLES.contains(last)
                || Words.ORG_HEADS.contains(last)) {
            return false;
        }
        for (int k = ph.a(); k < ph.e() - 1; k++) {
            if (!p.get(k).cap() || !Words.TITLE_MODIFIERS.contains(p.norm(k))) {
                return false;
            }
        }
        return true;
    }

    /** The phrase ends in a number of one to three digits after a capitalized word ("Channel 12", "Pagina 12"). */
    private static boolean outletNumbered(Phrase ph) {
        return ph.length() >= 2 && ph.p().get(ph.e() - 1).shortNumber() && ph.p().cap(ph.e() - 2);
    }

    static boolean titlePhrase(Phrase ph) {
        Piece first = ph.p().get(ph.a());
        if (modifiedTitle(ph)) {
            return true;
        }
        if (!first.cap() || !Words.TITLES.contains(first.norm()) || Words.ORG_HEADS.contains(first.norm())) {
            return false;
        }
        for (int k = ph.a() + 1; k < ph.e(); k++) {
            if (ph.p().get(k).cap() && ph.matcher().match(ph.p(), k, ph.e()) != null) {
                return false; // a catalog name inside: "President-elect Donald Trump" as the tagger split it
            }
        }
        return true;
    }

    /** "the Chinese Government", "the UK Government", "the Federal Government of Somalia": a state's government. */
    static boolean stateGovernment(Phrase ph) {
        return governedState(ph) != null;
    }

    /** "the Transnistrian region": the adjective of a catalog region before a region noun (not a landform's). */
    static boolean regionAdjective(Phrase ph) {
        return adjectiveRegion(ph) != null;
    }

    /**
     * The catalog region whose adjective the one-word phrase is ("Transnistrian" of Transnistria, "Tigrayan" of
     * Tigray: the name with "n", "an" or "ian" added) before a region noun; else null.
     */
    static CatalogEntry adjectiveRegion(Phrase ph) {
        String next = ph.nextLowerWord();
        if (!Words.REGION_NOUNS_AFTER_NAMES.contains(next) || Words.LANDFORM_NOUNS.contains(next)) {
            return null;
        }
        return regionOfAdjective(ph);
    }

    /** The catalog region whose adjective the one-word phrase is ("Tibetan" of Tibet), wherever it stands; else null. */
    static CatalogEntry regionOfAdjective(Phrase ph) {
        String word = ph.p().norm(ph.a());
        if (ph.length() != 1) {
            return null;
        }
        for (String ending : List.of("ian", "an", "n")) {
            if (word.endsWith(ending) && word.length() > ending.length() + 3) {
                for (NameIndex.Form f : ph.matcher().index().forms(word.substring(0, word.length() - ending.length()))) {
                    if (f.kind() == MentionKind.NAME && f.entry().type() == EntityType.REGION && !f.cueOnly()) {
                        return f.entry();
                    }
                }
            }
        }
        return null;
    }

    /** "the American Government" when "American" is the demonym of several catalog states: which one is unsaid. */
    static boolean demonymOfSeveralStatesGovernment(Phrase ph) {
        return ph.length() == 2 && ph.p().norm(ph.e() - 1).equals("government") && ph.p().cap(ph.e() - 1)
                && ph.matcher().index().demonym(ph.p().norm(ph.a())).size() > 1;
    }

    /**
     * The state (the catalog entry of a country, or of a region) whose government the phrase names: a capitalized
     * "Government" after the state's demonym or name, or before "of" and its name, with modifiers such as "Federal"
     * before it; null when the phrase is no such name.
     */
    static CatalogEntry governedState(Phrase ph) {
        SentencePieces p = ph.p();
        int g = ph.a();
        while (g < ph.e() && Words.GOVERNMENT_MODIFIERS.contains(p.norm(g)) && p.cap(g)) {
            g++;
        }
        int head = ph.e() - 1;
        if (p.norm(head).equals("government") && p.cap(head) && head > g) {
            return stateBefore(ph, g, head);
        }
        if (g < ph.e() && p.norm(g).equals("government") && p.cap(g) && p.norm(g + 1).equals("of")) {
            int s = p.norm(g + 2).equals("the") ? g + 3 : g + 2;
            CatalogMatch m = s < ph.e() ? ph.matcher().match(p, s, ph.e()) : null;
            return m != null && m.end() == ph.e() ? state(m) : null;
        }
        return null;
    }

    /** The state named by pieces {@code [s, head)} before "Government": one demonym, or a catalog country name. */
    private static CatalogEntry stateBefore(Phrase ph, int s, int head) {
        SentencePieces p = ph.p();
        if (head - s == 1 && ph.isDemonym(p.norm(s))) {
            List<CatalogEntry> states = ph.matcher().index().demonym(p.norm(s));
            return states.size() == 1 ? states.get(0) : null;
        }
        CatalogMatch m = ph.matcher().match(p, s, head);
        return m != null && m.end() == head ? state(m) : null;
    }

    private static CatalogEntry state(CatalogMatch m) {
        for (NameIndex.Form f : m.forms()) {
            if (f.kind() == MentionKind.NAME && (f.entry().type() == EntityType.COUNTRY || f.entry().type() == EntityType.REGION)) {
                return f.entry();
            }
        }
        return null;
    }
}
