package org.parley.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.parley.core.EntityType;

class WikidataImportTest {

    private static List<CatalogEntry> importResource(String name, EntityType type) throws Exception {
        try (InputStream in = WikidataImportTest.class.getResourceAsStream(name)) {
            return WikidataImport.fromSparqlJson(name, in, type);
        }
    }

    private static String importError(String json) {
        return assertThrows(CatalogException.class, () -> WikidataImport.fromSparqlJson("q.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), EntityType.REGION)).getMessage();
    }

    @Test
    void convertsBindingsMergesRowsAndSkipsUnlabelledItems() throws Exception {
        List<CatalogEntry> entries = importResource("wikidata-regions.json", EntityType.REGION);
        assertEquals(List.of("Q171334", "Q163271"), entries.stream().map(CatalogEntry::key).toList());
        CatalogEntry zap = entries.get(0);
        assertEquals("Zaporizhzhia Oblast", zap.label());
        assertEquals("Q171334", zap.wikidataId());
        assertEquals(EntityType.REGION, zap.type());
        assertEquals(List.of("Zaporizhia Oblast", "Zaporozhye Oblast", "Zaporizhzhia region"), zap.aliases());
        assertEquals("Q212", zap.partOf());
        CatalogEntry kherson = entries.get(1);
        assertEquals("Kherson Oblast", kherson.label());
        assertEquals(List.of(), kherson.aliases());
        assertNull(kherson.partOf());
    }

    @Test
    void importedLinesReadBackAsTheSameEntries() throws Exception {
        List<CatalogEntry> entries = importResource("wikidata-regions.json", EntityType.REGION);
        StringWriter w = new StringWriter();
        CatalogWriter.write(entries, w);
        List<CatalogEntry> back = CatalogReader.read("imported.tsv",
                new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(entries, back);
    }

    @Test
    void writerRoundTripsTheBundledPeopleWithTheirOffices() throws Exception {
        List<CatalogEntry> people = Catalog.bundled().entries().stream()
                .filter(e -> e.type() == EntityType.PERSON).toList();
        StringWriter w = new StringWriter();
        CatalogWriter.write(people, w);
        assertEquals(people, CatalogReader.read("people.tsv",
                new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void badInputGivesOneLineErrors() {
        assertEquals("q.json: not a SPARQL JSON result: no results.bindings array", importError("{\"head\":{}}"));
        assertEquals("q.json: binding 1: variable ?itemLabel is missing",
                importError("{\"results\":{\"bindings\":[{\"item\":{\"type\":\"uri\",\"value\":\"http://www.wikidata.org/entity/Q1\"}}]}}"));
        assertEquals("q.json: binding 1: ?item \"http://example.org/x\" is not a Wikidata entity IRI (http://www.wikidata.org/entity/Q...)",
                importError("{\"results\":{\"bindings\":[{\"item\":{\"value\":\"http://example.org/x\"},\"itemLabel\":{\"value\":\"X\"}}]}}"));
        assertEquals(true, importError("{\"results\": [").startsWith("q.json:1: not JSON: "));
    }

    @Test
    void importQueryParsesAndSelectsTheVariablesTheImporterReads() throws Exception {
        Path rq = Path.of("queries/wikidata-catalog-import.rq");
        Query q = QueryFactory.create(Files.readString(rq));
        assertEquals(List.of("item", "itemLabel", "altLabels", "demonyms", "country"), q.getResultVars());
    }
}
