package org.parley.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.core.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class BundledCatalogTest {

    private static final Logger LOG = LoggerFactory.getLogger(BundledCatalogTest.class);
    private final Catalog catalog = Catalog.bundled();

    @Test
    void bundledCatalogHasNoValidationErrors() {
        List<CatalogProblem> problems = new CatalogValidator().validate(Catalog.readBundledLocated(), null);
        problems.stream().filter(p -> !p.isError()).forEach(p -> LOG.info("{}", p));
        String errors = problems.stream().filter(CatalogProblem::isError).map(CatalogProblem::toString)
                .collect(Collectors.joining("\n"));
        assertEquals("", errors);
    }

    @Test
    void bundledCatalogMeetsItsSizeTargets() {
        assertTrue(count(EntityType.COUNTRY) + count(EntityType.REGION) >= 250, "countries and territories");
        assertTrue(count(EntityType.REGION) + count(EntityType.CITY) >= 300 + 50, "regions and cities");
        assertTrue(count(EntityType.ORGANIZATION) >= 150, "organizations");
        assertTrue(count(EntityType.PERSON) >= 150, "people");
    }

    @Test
    void putinHeldThePresidencyOfRussiaOnTheFoundingSampleDate() {
        List<CatalogEntry> holders = catalog.listHolders("President", "Q159", LocalDate.of(2024, 6, 14));
        assertEquals(List.of("Vladimir Putin"), holders.stream().map(CatalogEntry::label).toList());
        assertEquals(List.of("Dmitry Medvedev"), catalog.listHolders("president", "Q159", LocalDate.of(2010, 1, 1))
                .stream().map(CatalogEntry::label).toList());
    }

    @Test
    void officesChangeHandsOnTheirDates() {
        assertEquals(List.of("Joe Biden"), labels(catalog.listHolders("President", "Q30", LocalDate.of(2024, 5, 31))));
        assertEquals(List.of("Donald Trump"), labels(catalog.listHolders("President", "Q30", LocalDate.of(2025, 7, 28))));
        assertEquals(List.of("Tsai Ing-wen"), labels(catalog.listHolders("President", "Q865", LocalDate.of(2019, 1, 2))));
    }

    @Test
    void annexedGroupHoldsTheFourOblasts() {
        List<CatalogEntry> annexed = catalog.listByGroup("annexed-by-russia-2022");
        assertEquals(List.of("Donetsk Oblast", "Zaporizhzhia Oblast", "Luhansk Oblast", "Kherson Oblast"),
                labels(annexed));
        assertTrue(annexed.stream().allMatch(e -> e.type() == EntityType.REGION && "Q212".equals(e.partOf())));
    }

    @Test
    void capitalIsBothACityAndAMetonymOfItsCountry() {
        List<CatalogEntry> kyiv = catalog.listByName("Kiev");
        assertEquals(List.of(EntityType.COUNTRY, EntityType.CITY), kyiv.stream().map(CatalogEntry::type).toList());
        assertEquals("Q212", kyiv.get(0).key());
        assertEquals("Q1899", kyiv.get(1).wikidataId());
        assertTrue(catalog.findZeroOrOne("Q159").orElseThrow().metonyms().contains("Kremlin"));
    }

    @Test
    void oblastCarriesItsShortNameBesideTheCityOfTheSameName() {
        List<CatalogEntry> zap = catalog.listByName("Zaporizhzhia");
        assertEquals(List.of("Zaporizhzhia Oblast", "Zaporizhzhia"), labels(zap));
        assertEquals(EntityType.REGION, zap.get(0).type());
        assertEquals("Q171334", zap.get(0).wikidataId());
        assertEquals(EntityType.CITY, zap.get(1).type());
    }

    @Test
    void countryQidsAgreeWithTheSharedFactsFile() throws Exception {
        // The team's facts file sits beside the project in the workplace, not in a user's clone: skipped there.
        Path facts = Path.of("../shared/reference/countries.tsv");
        assumeTrue(Files.exists(facts), "facts file not present");
        List<String> lines = Files.readAllLines(facts);
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            String qid = c[7];
            CatalogEntry e = catalog.findZeroOrOne(qid).orElse(null);
            assertTrue(e != null, "no catalog entry for " + c[0] + " " + qid);
            assertEquals(qid, e.wikidataId());
            checked++;
        }
        assertEquals(250, checked);
    }

    @Test
    void importedDivisionsAndTownsCarryIdsFactsAndCueNames() {
        assertTrue(count(EntityType.REGION) >= 4_000 && count(EntityType.CITY) >= 12_000, "the reference lists are in");
        assertEquals("Q171965", catalog.listByName("Luhansk Oblast").get(0).wikidataId());
        CatalogEntry police = catalog.findZeroOrOne("Q208022").orElseThrow();
        assertEquals("Police (Poland)", police.label());
        assertEquals(List.of("Police"), police.place().cueNames(), "a common word names the town only with a cue");
        assertTrue(police.place().population() > 15_000);
        assertEquals(List.of(), catalog.listByName("Police"));
    }

    @Test
    void everyCountryHasOneForeignMinistry() {
        long countries = count(EntityType.COUNTRY) - catalog.listByGroup("former-state").size();
        long withMinistry = catalog.entries().stream().filter(e -> e.type() == EntityType.COUNTRY)
                .filter(c -> !c.groups().contains("former-state"))
                .filter(c -> !catalog.listByName("Ministry of Foreign Affairs of " + c.label()).isEmpty()
                        || !catalog.listByName(c.demonyms().isEmpty() ? "-" : c.demonyms().get(0) + " Foreign Ministry").isEmpty())
                .count();
        assertTrue(withMinistry >= countries - 15, withMinistry + " of " + countries);
        assertEquals(List.of("Ministry of Foreign Affairs (Algeria)"), labels(catalog.listByName("Algerian Foreign Ministry")));
    }

    private long count(EntityType type) {
        return catalog.entries().stream().filter(e -> e.type() == type).count();
    }

    private static List<String> labels(List<CatalogEntry> entries) {
        return entries.stream().map(CatalogEntry::label).toList();
    }
}
