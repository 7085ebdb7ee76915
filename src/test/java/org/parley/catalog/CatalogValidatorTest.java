package org.parley.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogValidatorTest {

    private final CatalogValidator validator = new CatalogValidator();

    private static String row(String key, String type, String label, String qid, String aliases, String metonyms,
                              String partOf, String offices) {
        return String.join("\t", key, type, label, qid, aliases, "", metonyms, partOf, offices, "") + "\n";
    }

    private List<String> problems(String text, Catalog base) throws Exception {
        return validator.validate(CatalogReaderTest.read(CatalogReaderTest.HEADER + text), base)
                .stream().map(CatalogProblem::toString).toList();
    }

    @Test
    void cleanFileHasNoProblems() throws Exception {
        assertEquals(List.of(), problems(
                row("Q1", "Country", "Freedonia", "Q1", "Republic of Freedonia", "Fredville", "", "")
                        + row("city/fredville", "City", "Fredville", "", "", "", "Q1", "")
                        + row("person/rufus-t-firefly", "Person", "Rufus T. Firefly", "", "", "", "", "Leader@Q1@1933-01-01@"),
                null));
    }

    @Test
    void duplicateKeyAndSharedQidAreErrorsWithBothLines() throws Exception {
        List<String> p = problems(row("Q1", "Country", "Freedonia", "Q1", "", "", "", "")
                + row("Q1", "Country", "Sylvania", "Q1", "", "", "", "")
                + row("city/x", "City", "X", "", "", "", "", "")
                + row("Q5", "City", "Y", "Q5", "", "", "", "")
                + row("Q6", "City", "Z", "Q6", "", "", "", ""), null);
        assertEquals(List.of("test.tsv:3: error: duplicate key \"Q1\", first defined at test.tsv:2"), p);
        List<String> q = problems(row("city/a", "City", "A", "Q7", "", "", "", "")
                + row("Q7", "City", "B", "Q7", "", "", "", ""), null);
        assertEquals(List.of("test.tsv:2: error: key \"city/a\" should be the Wikidata id Q7",
                "test.tsv:3: error: Wikidata id Q7 is also used by \"A\" at test.tsv:2"), q);
    }

    @Test
    void unresolvedPartOfAndOfficeKeysAreErrors() throws Exception {
        List<String> p = problems(row("city/a", "City", "A", "", "", "", "Q404", "")
                + row("person/b", "Person", "B", "", "", "", "", "Mayor@city/a@@;Envoy@org/nowhere@@"), null);
        assertEquals(List.of("test.tsv:2: error: part_of \"Q404\" is not the key of any entry",
                "test.tsv:3: error: office \"Envoy\" of \"org/nowhere\": not the key of any entry"), p);
    }

    @Test
    void referencesMayPointIntoTheBaseCatalog() throws Exception {
        assertEquals(List.of(), problems(row("city/mariupol-test", "City", "Mariupol Test", "", "", "", "Q212", "")
                + row("person/c", "Person", "C", "", "", "", "", "Envoy@Q159@2024-01-01@"), Catalog.bundled()));
        assertEquals(List.of("test.tsv:2: error: Wikidata id Q159 is already used by \"Russia\" (key Q159) in the base catalog",
                        "test.tsv:2: error: key \"city/moscow2\" should be the Wikidata id Q159"),
                problems(row("city/moscow2", "City", "Moscow2", "Q159", "", "", "", ""), Catalog.bundled()).stream()
                        .sorted().toList());
    }

    @Test
    void sharedNameWithinATypeAndCommonWordsAreWarnings() throws Exception {
        List<String> p = problems(row("org/a", "Organization", "Alpha Front", "", "AF", "", "", "")
                + row("org/b", "Organization", "Another Force", "", "AF|Union|WHO", "", "", "")
                + row("city/af", "City", "AF", "", "", "", "", ""), null);
        assertEquals(List.of(
                "test.tsv:3: warning: name \"Union\" is a common English word; a mention finder would match ordinary text",
                "test.tsv:3: warning: Organization name \"AF\" also names \"Alpha Front\" at test.tsv:2"), p);
    }

    @Test
    void keyMustBeQidOrTypeSlug() throws Exception {
        assertEquals(List.of("test.tsv:2: error: key \"Kyiv City\" is neither a Wikidata id nor type/slug (e.g. city/kherson)"),
                problems(row("Kyiv City", "City", "Kyiv", "", "", "", "", ""), null));
    }

    @Test
    void validateFilesReportsReaderErrorsWithTheirLineAndCrossFileProblems(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.tsv");
        Path bad = dir.resolve("bad.tsv");
        Path dup = dir.resolve("dup.tsv");
        Files.writeString(good, CatalogReaderTest.HEADER + row("city/a", "City", "A", "", "", "", "Q212", ""),
                StandardCharsets.UTF_8);
        Files.writeString(bad, CatalogReaderTest.HEADER + "\n" + row("city/b", "Town", "B", "", "", "", "", ""),
                StandardCharsets.UTF_8);
        Files.writeString(dup, CatalogReaderTest.HEADER + row("city/a", "City", "A again", "", "", "", "Q999999999", ""),
                StandardCharsets.UTF_8);
        List<CatalogProblem> p = validator.validateFiles(List.of(good, bad, dup), Catalog.bundled());
        assertEquals(3, p.size(), p.toString());
        assertEquals(bad + ":3: error: unknown entity type \"Town\", expected one of Person, Organization, Country, Region, City",
                p.get(0).toString());
        assertEquals(dup + ":2: error: duplicate key \"city/a\", first defined at " + good + ":2", p.get(1).toString());
        assertEquals(dup + ":2: error: part_of \"Q999999999\" is not the key of any entry", p.get(2).toString());
        assertTrue(p.stream().allMatch(CatalogProblem::isError));
    }
}
