package org.parley.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.EntityType;

class CatalogReaderTest {

    static final String HEADER = String.join("\t", CatalogReader.COLUMNS) + "\n";

    static List<LocatedEntry> read(String text) throws Exception {
        return CatalogReader.readLocated("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String error(String text) {
        return assertThrows(CatalogException.class, () -> read(text)).getMessage();
    }

    @Test
    void readsAllColumnsAndKeepsLineNumbers() throws Exception {
        List<LocatedEntry> entries = read("# a comment\n" + HEADER + "\n"
                + "person/ana-ruiz\tperson\tAna Ruiz\t\tRuiz|A. Ruiz\t\t\t\tMayor@city/ostrava@2021-03-01@2023-02-28;Envoy@@@\tnegotiator\n");
        assertEquals(1, entries.size());
        LocatedEntry le = entries.get(0);
        assertEquals("test.tsv:4", le.where());
        CatalogEntry e = le.entry();
        assertEquals(EntityType.PERSON, e.type());
        assertNull(e.wikidataId());
        assertEquals(List.of("Ruiz", "A. Ruiz"), e.aliases());
        assertEquals(List.of("negotiator"), e.groups());
        assertEquals(new Office("Mayor", "city/ostrava", LocalDate.of(2021, 3, 1), LocalDate.of(2023, 2, 28)),
                e.offices().get(0));
        assertEquals(new Office("Envoy", null, null, null), e.offices().get(1));
    }

    @Test
    void badHeaderNamesTheLineAndWhatWasFound() {
        assertEquals("test.tsv:2: header must be the tab-separated columns "
                        + "key,type,label,wikidata,aliases,demonyms,metonyms,part_of,offices,groups, found \"key,type,label\"",
                error("# header below\nkey\ttype\tlabel\n"));
    }

    @Test
    void badTypeIsReportedWithItsLine() {
        String msg = error(HEADER + "x/y\tPlanet\tMars\t\t\t\t\t\t\t\n");
        assertEquals("test.tsv:2: unknown entity type \"Planet\", expected one of Person, Organization, Country, Region, City", msg);
    }

    @Test
    void badWikidataIdIsReported() {
        assertEquals("test.tsv:3: wikidata \"P31\" is not a Q-identifier",
                error(HEADER + "\ncity/a\tCity\tA\tP31\t\t\t\t\t\t\n"));
    }

    @Test
    void badOfficeDateIsReported() {
        assertEquals("test.tsv:2: \"2024-13-01\" is not an ISO date (YYYY-MM-DD)",
                error(HEADER + "person/b\tPerson\tB\t\t\t\t\t\tPresident@Q1@2024-13-01@\t\n"));
    }

    @Test
    void officeThatEndsBeforeItStartsIsReported() {
        assertEquals("test.tsv:2: office \"President@Q1@2024-01-02@2023-01-01\" ends before it starts",
                error(HEADER + "person/b\tPerson\tB\t\t\t\t\t\tPresident@Q1@2024-01-02@2023-01-01\t\n"));
    }

    @Test
    void malformedOfficeIsReported() {
        assertEquals("test.tsv:2: office \"President of Q1\" is not Title@OfKey@From@To",
                error(HEADER + "person/b\tPerson\tB\t\t\t\t\t\tPresident of Q1\t\n"));
    }

    @Test
    void wrongColumnCountIsReported() {
        assertEquals("test.tsv:2: 9 columns, expected 10", error(HEADER + "city/a\tCity\tA\t\t\t\t\t\t\n"));
    }

    @Test
    void emptyKeyIsReported() {
        assertEquals("test.tsv:2: key and label must not be empty", error(HEADER + " \tCity\tA\t\t\t\t\t\t\t\n"));
    }

    @Test
    void readsTheOptionalPlaceColumnsInAnyOrder() throws Exception {
        String header = String.join("\t", CatalogReader.COLUMNS) + "\tcue_names\tpopulation\tlocated_in\n";
        CatalogEntry e = read(header + "city/ostrava\tCity\tOstrava\t\t\t\t\tQ213\t\t\tOstrava city\t284982\tregion/moravia\n")
                .get(0).entry();
        assertEquals(new PlaceFacts(284982, "region/moravia", null, null, List.of("Ostrava city")), e.place());
    }

    @Test
    void aFileWithTheTenBaseColumnsHasNoPlaceFacts() throws Exception {
        assertEquals(PlaceFacts.NONE, read(HEADER + "city/a\tCity\tA\t\t\t\t\t\t\t\n").get(0).entry().place());
    }

    @Test
    void unknownOrRepeatedOptionalColumnsAndBadPopulationsAreReported() {
        String base = String.join("\t", CatalogReader.COLUMNS);
        assertEquals("test.tsv:1: header column 11 \"area\" is not one of the optional columns "
                + "population,located_in,iso_code,division,cue_names (each once)", error(base + "\tarea\n"));
        assertEquals("test.tsv:1: header column 12 \"division\" is not one of the optional columns "
                + "population,located_in,iso_code,division,cue_names (each once)", error(base + "\tdivision\tdivision\n"));
        assertEquals("test.tsv:2: population \"many\" is not a whole number",
                error(base + "\tpopulation\ncity/a\tCity\tA\t\t\t\t\t\t\t\tmany\n"));
        assertEquals("test.tsv:2: 10 columns, expected 11",
                error(base + "\tpopulation\ncity/a\tCity\tA\t\t\t\t\t\t\t\n"));
    }

    @Test
    void placeFactsSurviveTheWriter() throws Exception {
        String header = String.join("\t", CatalogReader.COLUMNS) + "\tpopulation\tlocated_in\tiso_code\tdivision\tcue_names\n";
        String text = header + "region/north\tRegion\tNorth Region\t\tNorth\t\t\tQ1009\t\t\t\t\tCM-NO\tregion\tNorth\n";
        List<CatalogEntry> entries = read(text).stream().map(LocatedEntry::entry).toList();
        java.io.StringWriter out = new java.io.StringWriter();
        CatalogWriter.write(entries, out);
        assertEquals(text, out.toString());
    }
}
