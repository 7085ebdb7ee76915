package org.parley.catalog.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.CatalogException;
import org.parley.catalog.CatalogReader;
import org.parley.catalog.LocatedEntry;

/** The reference import on a small set of rows written for the test, beside a small hand-made catalog. */
class ReferenceImportTest {

    static final String HAND_MADE = String.join("\n",
            "key\ttype\tlabel\twikidata\taliases\tdemonyms\tmetonyms\tpart_of\toffices\tgroups",
            "Q212\tCountry\tUkraine\tQ212\t\tUkrainian\tKyiv\t\t\t",
            "Q796\tCountry\tIraq\tQ796\t\tIraqi\tBaghdad\t\t\t",
            "Q974\tCountry\tDemocratic Republic of the Congo\tQ974\tDRC\tCongolese\tKinshasa\t\t\t",
            "Q36\tCountry\tPoland\tQ36\t\tPolish\tWarsaw\t\t\t",
            "Q414\tCountry\tArgentina\tQ414\t\tArgentine\tBuenos Aires\t\t\t",
            "Q869\tCountry\tThailand\tQ869\t\tThai\tBangkok\t\t\t",
            "Q252\tCountry\tIndonesia\tQ252\t\tIndonesian\tJakarta\t\t\t",
            "Q757\tCountry\tSaint Vincent and the Grenadines\tQ757\t\tVincentian\tKingstown\t\t\t",
            "city/fallujah\tCity\tFallujah\t\t\t\t\tQ796\t\t",
            "city/verkhivka\tCity\tVerkhivka\t\t\t\t\tQ212\t\t",
            "Q1899\tCity\tKyiv\tQ1899\tKiev\t\t\tQ212\t\t",
            "region/zaporizhzhia-oblast\tRegion\tZaporizhzhia Oblast\t\tZaporizhzhia region\t\t\tQ212\t\t",
            "region/kurdistan-region\tRegion\tKurdistan Region\t\tIraqi Kurdistan\t\t\tQ796\t\t",
            "person/jan-kowalski\tPerson\tJan Kowalski\t\t\t\t\t\t\t") + "\n";

    static final String COUNTRIES = String.join("\n",
            "name\tiso2\tiso3\tcapital\tnationality\tregion\tsubregion\twikidata\tnative",
            "Ukraine\tUA\tUKR\tKyiv\tUkrainian\tEurope\tEastern Europe\tQ212\tУкраїна",
            "Iraq\tIQ\tIRQ\tBaghdad\tIraqi\tAsia\tWestern Asia\tQ796\tالعراق",
            "DR Congo\tCD\tCOD\tKinshasa\tCongolese\tAfrica\tMiddle Africa\tQ974\tRDC",
            "Poland\tPL\tPOL\tWarsaw\tPolish\tEurope\tCentral Europe\tQ36\tPolska",
            "Argentina\tAR\tARG\tBuenos Aires\tArgentine\tAmericas\tSouth America\tQ414\tArgentina",
            "Thailand\tTH\tTHA\tBangkok\tThai\tAsia\tSouth-Eastern Asia\tQ869\tประเทศไทย",
            "Indonesia\tID\tIDN\tJakarta\tIndonesian\tAsia\tSouth-Eastern Asia\tQ252\tIndonesia",
            "Saint Vincent and the Grenadines\tVC\tVCT\tKingstown\tVincentian\tAmericas\tCaribbean\tQ757\tSaint Vincent") + "\n";

    static final String REGIONS = String.join("\n",
            "name\tnative\ttype\tiso3166_2\tcountry_iso2\tcountry\twikidata\tparent_wikidata",
            "Luhanska\tLuhanska\tregion\tUA-09\tUA\tUkraine\tQ171965\t",
            "Zaporizka\tЗапорізька\tregion\tUA-23\tUA\tUkraine\tQ171334\t",
            "Kyiv\tКиїв\tcity\tUA-30\tUA\tUkraine\tQ1899\t",
            "Kirkuk\tكركوك\tgovernorate\tIQ-KI\tIQ\tIraq\tQ193268\t",
            "Iqlim Kurdistan\tھەرێمی کوردستان\tregion\tIQ-KR\tIQ\tIraq\tQ205047\t",
            "Nord-Kivu\tNord-Kivu\tprovince\tCD-NK\tCD\tDR Congo\tQ1130\t",
            "Sud-Ubangi\tMousse\tprovince\tCD-SU\tCD\tDR Congo\tQ834551\t",
            "Lesser Poland\tMałopolska\tvoivodship\tPL-12\tPL\tPoland\tQ54159\t",
            "Buenos Aires\tBuenos Aires\tprovince\tAR-B\tAR\tArgentina\tQ1486\t",
            "Chaco\tChaco\tprovince\tAR-H\tAR\tArgentina\tQ44757\t",
            "Formosa\tFormosa\tprovince\tAR-P\tAR\tArgentina\tQ44757\t",
            "Si Sa Ket\tศรีสะเกษ\tprovince\tTH-33\tTH\tThailand\tQ380761\t",
            "Sulawesi Tenggara\tSulawesi Tenggara\tprovince\tID-SG\tID\tIndonesia\tQ5075\t",
            "Papua Barat\tPapua Barat\tprovince\tID-PB\tID\tIndonesia\tQ5096\t") + "\n";

    static final String TOWNS = String.join("\n",
            "name\tnative\tcountry_iso2\tregion_wikidata\tpopulation\twikidata",
            "Luhansk\tЛуганськ\tUA\tQ171965\t401297\tQ134279",
            "Kyiv\tКиїв\tUA\tQ1899\t2797553\tQ517568",
            "Kirkuk\tكركوك\tIQ\tQ193268\t975000\tQ173310",
            "Police\tPolice\tPL\tQ54159\t30623\tQ208022",
            "Kowalski\tKowalski\tPL\tQ54159\t20000\tQ999999",
            "Tarnów\tTarnow\tPL\tQ54159\t110000\tQ159",
            "Tarnów\tTarnów\tPL\tQ54159\t110000\tQ160",
            "Si Sa Ket\tศรีสะเกษ\tTH\tQ380761\t42000\tQ1207432",
            "Ar Rutbah\tالرطبة\tIQ\tQ193268\t30000\tQ1000001",
            "Al Fallujah\tالفلوجة\tIQ\tQ193268\t250000\tQ191170",
            "Kingstown\tKingstown\tVC\tQ2300294\t24518\tQ41474",
            "Kingstown Park\tKingstown Park\tVC\tQ2300294\t24518\tQ41474",
            "Skadovs’k\tСкадовськ\tUA\tQ171334\t17000\tQ1000002",
            "L’Anse Verte\tL’Anse Verte\tVC\tQ2300294\t16000\tQ1000003",
            "Mary’s Landing\tMary’s Landing\tVC\tQ2300294\t15500\tQ1000004",
            "Verkhiv'ka\tВерхівка\tUA\tQ171334\t16500\tQ1000005",
            "Tal'nivka\tТальнівка\tUA\tQ171334\t15800\tQ1000006",
            "Anna's Hope\tAnna's Hope\tVC\tQ2300294\t15200\tQ1000007") + "\n";

    static ReferenceImport.Result result;

    @BeforeAll
    static void runImport(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("regions.tsv"), REGIONS);
        Files.writeString(dir.resolve("cities.tsv"), TOWNS);
        Files.writeString(dir.resolve("countries.tsv"), COUNTRIES);
        List<LocatedEntry> handMade = CatalogReader.readLocated("hand.tsv",
                new ByteArrayInputStream(HAND_MADE.getBytes(StandardCharsets.UTF_8)));
        result = ReferenceImport.run(ReferenceRows.read(dir.resolve("regions.tsv"), dir.resolve("cities.tsv"),
                dir.resolve("countries.tsv")), handMade);
    }

    static CatalogEntry entry(String label) {
        return java.util.stream.Stream.concat(result.regions().stream(), result.towns().stream())
                .filter(e -> e.label().equals(label)).findFirst().orElse(null);
    }

    @Test
    void anAdjectivalOblastIsNamedAfterItsTownAndLeavesTheBareNameToTheTown() {
        CatalogEntry luhansk = entry("Luhansk Oblast");
        assertEquals("Q171965", luhansk.wikidataId());
        assertTrue(luhansk.aliases().containsAll(List.of("Luhansk oblast", "Luhansk region", "Luhanska")), luhansk.aliases().toString());
        assertEquals(List.of("Luhansk"), luhansk.place().cueNames());
        assertEquals("UA-09", luhansk.place().isoCode());
        CatalogEntry town = entry("Luhansk");
        assertEquals("Q171965", town.place().locatedIn());
        assertEquals(401297, town.place().population());
    }

    @Test
    void aHandMadeRegionKeepsItsEntryAndIsOfferedTheReferenceId() {
        assertNull(entry("Zaporizhzhia Oblast"), "the hand-made entry is the place");
        assertTrue(result.report().section("ids a hand-made entry could take (R2)").stream()
                .anyMatch(l -> l.contains("region/zaporizhzhia-oblast") && l.contains("<- Q171334")));
        assertNull(entry("Kurdistan Region"), "Iqlim Kurdistan is the hand-made Kurdistan Region");
    }

    @Test
    void theCatalogsIdWinsOverTheTownsListAndTheCityDivisionIsOnePlace() {
        assertNull(entry("Kyiv"));
        assertTrue(result.towns().stream().noneMatch(e -> "Q517568".equals(e.wikidataId())));
        assertTrue(result.regions().stream().noneMatch(e -> "Q1899".equals(e.wikidataId())));
    }

    @Test
    void governoratesAndFrenchCompassNamesGetTheFormsNewsUses() {
        CatalogEntry kirkuk = entry("Kirkuk Governorate");
        assertTrue(kirkuk.aliases().containsAll(List.of("Kirkuk governorate", "Kirkuk province")), kirkuk.aliases().toString());
        assertEquals(List.of("Kirkuk"), kirkuk.place().cueNames(), "named after the town of Kirkuk");
        assertTrue(entry("Kirkuk").aliases().isEmpty());
        CatalogEntry kivu = entry("North Kivu");
        assertTrue(kivu.aliases().containsAll(List.of("North Kivu province", "Nord-Kivu")), kivu.aliases().toString());
        assertFalse(entry("South Ubangi").aliases().contains("Mousse"), "a native name that is another word");
        assertTrue(entry("Lesser Poland").aliases().contains("Małopolska") == false,
                "a native name that is no spelling of the English one is not an alias");
    }

    @Test
    void townsGetTheirNameWithoutTheArabicArticleAndThaiNamesTheirJoinedSpelling() {
        assertEquals(List.of("Rutbah"), entry("Ar Rutbah").aliases());
        assertEquals(List.of("Sisaket"), entry("Si Sa Ket").aliases());
        CatalogEntry province = entry("Si Sa Ket Province");
        assertTrue(province.aliases().contains("Sisaket province"), province.aliases().toString());
        assertEquals(List.of("Si Sa Ket", "Sisaket"), province.place().cueNames(), "both name the town");
    }

    @Test
    void aTransliterationsApostropheIsLeftOutInOneMoreAliasButNotAnElisionNorAPossessive() {
        assertEquals(List.of("Skadovsk"), entry("Skadovs’k").aliases());
        assertTrue(entry("L’Anse Verte").aliases().isEmpty(), "an elided article keeps its mark");
        assertTrue(entry("Mary’s Landing").aliases().isEmpty(), "a possessive keeps its mark");
    }

    @Test
    void theStraightApostropheIsLeftOutTooAndMatchesTheTownToItsHandMadeEntry() {
        assertEquals(List.of("Talnivka"), entry("Tal'nivka").aliases());
        assertTrue(entry("Anna's Hope").aliases().isEmpty(), "a possessive keeps its mark");
        assertNull(entry("Verkhiv'ka"), "the hand-made Verkhivka is the place");
        assertTrue(result.report().section("ids a hand-made entry could take (R2)").stream()
                .anyMatch(l -> l.contains("city/verkhivka") && l.contains("<- Q1000005")));
    }

    @Test
    void indonesianProvincesGetTheCompassWordFirstButWestPapuaIsLeftToTheWholeRegion() {
        CatalogEntry sulawesi = entry("Southeast Sulawesi");
        assertEquals("Q5075", sulawesi.wikidataId());
        assertTrue(sulawesi.aliases().contains("Sulawesi Tenggara"), sulawesi.aliases().toString());
        assertNull(entry("West Papua"));
        assertNotNull(entry("Papua Barat"));
    }

    @Test
    void aTownWhoseNameWithoutTheArticleIsAHandMadeTownIsThatTown() {
        assertNull(entry("Al Fallujah"), "the hand-made Fallujah is the place");
        assertTrue(result.report().section("ids a hand-made entry could take (R2)").stream()
                .anyMatch(l -> l.contains("city/fallujah") && l.contains("<- Q191170")));
    }

    @Test
    void theJoinedModeGluesTheWordsAndKeepsOnlyTheFirstCapital() {
        assertEquals("Sisaket", NameTables.Rewrite.joinWords("Si Sa Ket"));
        assertEquals("Pyinoolwin", NameTables.Rewrite.joinWords("Pyin Oo Lwin"));
    }

    @Test
    void commonWordsAndPeoplesNamesAreCueNamesAndTheLabelNamesTheCountry() {
        CatalogEntry police = entry("Police (Poland)");
        assertEquals(List.of("Police"), police.place().cueNames());
        assertEquals(List.of(), police.aliases());
        assertEquals(List.of("Kowalski"), entry("Kowalski (Poland)").place().cueNames(), "a word of a catalog person's name");
    }

    @Test
    void doubtfulIdsAreDropped() {
        assertNull(entry("Buenos Aires Province").wikidataId(), "listed in the errata");
        assertNull(entry("Chaco").wikidataId(), "two names share Q44757");
        assertNull(entry("Formosa").wikidataId());
        CatalogEntry tarnow = entry("Tarnów");
        assertNull(tarnow.wikidataId(), "one town, one population, two ids");
        assertEquals(1, result.towns().stream().filter(e -> e.label().startsWith("Tarnów")).count());
    }

    @Test
    void aRowTheErrataListForItsIdSharesItWithNoOtherRow() {
        List<CatalogEntry> towns = result.towns().stream().filter(e -> e.label().startsWith("Kingstown")).toList();
        assertEquals(2, towns.size(), towns.toString());
        assertEquals("Q41474", towns.get(0).wikidataId(), "the suburb's row, listed in the errata, is no sharer");
        assertNull(towns.get(1).wikidataId(), "listed in the errata");
        assertTrue(towns.get(1).label().startsWith("Kingstown Park"), towns.get(1).label());
    }

    @Test
    void everyRuleIsPrintedFirst() {
        List<String> lines = result.report().lines();
        assertEquals("# rules", lines.get(0));
        assertEquals(ImportReport.RULES, lines.subList(1, 1 + ImportReport.RULES.size()));
    }

    @Test
    void aMalformedReferenceLineNamesItsFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("regions.tsv"), REGIONS);
        Files.writeString(dir.resolve("countries.tsv"), COUNTRIES);
        Files.writeString(dir.resolve("cities.tsv"), TOWNS + "Lviv\tЛьвів\tUA\tQ164193\tmany\tQ36036\n");
        CatalogException e = assertThrows(CatalogException.class, () -> ReferenceRows.read(dir.resolve("regions.tsv"),
                dir.resolve("cities.tsv"), dir.resolve("countries.tsv")));
        int line = TOWNS.split("\n").length + 1;
        assertEquals("cities.tsv:" + line + ": population \"many\" is not a whole number", e.getMessage());
    }
}
