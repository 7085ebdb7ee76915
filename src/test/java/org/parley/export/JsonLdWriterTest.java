package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.parley.rdf.ParleyVocab;
import org.parley.store.Tdb2GraphStore;

/** Jena's JSON-LD reader reads back exactly the dataset the streaming writer wrote. */
class JsonLdWriterTest {

    private static DatasetGraph readBack(byte[] jsonld) {
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(jsonld)).lang(Lang.JSONLD).parse(back);
        return back;
    }

    @Test
    void theSampleStoreRoundTripsThroughJenaIsomorphic() {
        try (Tdb2GraphStore store = SampleStore.open()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RdfDump.write(store.datasetGraph(), ExportFormat.JSONLD, out);
            DatasetGraph source = DatasetGraphFactory.createTxnMem();
            store.calculateRead(d -> {
                d.find().forEachRemaining(source::add);
                return null;
            });
            DatasetGraph back = readBack(out.toByteArray());
            assertTrue(source.stream().count() > 100, "the sample has quads");
            assertEquals(source.stream().count(), back.stream().count());
            assertTrue(IsoMatcher.isomorphic(source, back), "JSON-LD read back differs from the store");
        }
    }

    @Test
    void literalsOfEveryKindBlankNodesAndIrisOutsideThePrefixesSurvive() {
        String trig = """
                PREFIX ex: <https://example.org/>
                ex:d { ex:s ex:p "plain", "chat"@fr, "3"^^<http://www.w3.org/2001/XMLSchema#integer>, "x"^^ex:custom,
                             <https://w3id.org/parley/ontology#>, <https://w3id.org/parley/id/a/b#c>, _:b1 .
                       _:b1 ex:p "quote \\" and\\nline" . }
                ex:s ex:p ex:default .
                """;
        DatasetGraph source = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(trig, Lang.TRIG).parse(source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfDump.write(source, ExportFormat.JSONLD, out);
        assertTrue(IsoMatcher.isomorphic(source, readBack(out.toByteArray())), out.toString());
    }

    @Test
    void theContextFileInTheRepositoryIsTheOneWrittenAndCoversTheVocabularies() throws IOException {
        Map<String, String> file = new HashMap<>();
        try (InputStream in = Files.newInputStream(Path.of("ontology/context.jsonld"))) {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("@context").fields()
                    .forEachRemaining(f -> file.put(f.getKey(), f.getValue().asText()));
        }
        assertEquals(file, JsonLdWriter.prefixes());
        ParleyVocab.prefixes().getNsPrefixMap().forEach((prefix, ns) ->
                assertTrue(file.containsValue(ns), "context lacks the namespace " + ns + " (" + prefix + ")"));
        assertEquals("parley:by", JsonLdWriter.compact(ParleyVocab.by.getURI()));
        assertEquals("https://example.org/x", JsonLdWriter.compact("https://example.org/x"));
    }
}
