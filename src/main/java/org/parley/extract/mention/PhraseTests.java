package org.parley.extract.mention;

import static java.util.Map.entry;

import java.util.Map;
import java.util.function.Predicate;

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
            entry("media-name", PhraseTests::mediaName),
            entry("demonym-government", PhraseTests::demonymGovernment),
            entry("generic-words", Phrase::allGeneric),
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
            entry("region-noun-after", PlaceCues::regionNounAfter),
            entry("plural-region-noun-after-list", PlaceCues::pluralRegionNounAfterList),
            entry("city-noun-after", PlaceCues::cityNounAfter),
            entry("city-noun-before-of", PlaceCues::cityNounBeforeOf),
            entry("region-noun-before-of", PlaceCues::regionNounBeforeOf),
            entry("after-location-preposition", PlaceCues::afterLocationPreposition),
            entry("settlement-apposition", PlaceCues::settlementApposition),
            entry("city-in-list", PlaceLists::cityInList),
            entry("region-in-list", PlaceLists::regionInList),
            entry("lower-title-before", PersonCues::lowerTitleBefore),
            entry("speaker-or-described", PersonCues::speakerOrDescribed),
            entry("role-noun-before", PersonCues::roleNounBefore),
            entry("leader-after-by", PersonCues::leaderAfterBy),
            entry("title-office", OrganizationCues::titleOffice),
            entry("title-phrase", PhraseTests::titlePhrase));

    /** "Middle East", "the Sahel": an area larger than a country or under no one state. */
    static boolean supranationalArea(Phrase ph) {
        return Words.SUPRANATIONAL_AREAS.contains(ph.p().key(ph.a(), ph.e()));
    }

    /**
     * "Kerch Strait", "Valdor Agreement", "Tessaly Process": a capitalized head of a name that is no entity of ours,
     * unless it ends a territory's name ("Gaza Strip"), sits inside an organization's name ("Velmar Canal
     * Authority") or ends the name of a forum of people.
     */
    static boolean unannotatedHead(Phrase ph) {
        SentencePieces p = ph.p();
        int a = ph.a();
        int e = ph.e();
        String lastNorm = ph.lastNorm();
        boolean organizationNamed = e - a >= 2 && p.get(e - 1).cap() && Words.ORG_HEADS.contains(lastNorm)
                && !Words.MEDIA_HEADS.contains(lastNorm);
        for (int k = a; k < e; k++) {
            Piece x = p.get(k);
            String n = x.norm();
            if (!x.cap() || !Words.UNANNOTATED_HEADS.contains(n)) {
                continue;
            }
            boolean last = k == e - 1 && e - a >= 2;
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
     * "Minister of Foreign Affairs and International Cooperation": a phrase that opens with a capitalized title and
     * holds no catalog name (a name after the title was split off before) is a title, not an organization.
     */
    static boolean titlePhrase(Phrase ph) {
        Piece first = ph.p().get(ph.a());
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

    /** "the Chinese Government": a demonym and a capitalized "Government". */
    static boolean demonymGovernment(Phrase ph) {
        return ph.length() == 2 && ph.isDemonym(ph.p().norm(ph.a())) && ph.lastNorm().equals("government")
                && ph.p().cap(ph.a() + 1);
    }
}
