package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.store.GraphStore.NamedGraph;

class SparqlRunnerTest {

    private static final String EX = Tdb2GraphStoreTest.EX;
    private Tdb2GraphStore store;
    private SparqlRunner runner;

    @BeforeEach
    void fill() {
        store = Tdb2GraphStore.inMemory();
        Node label = NodeFactory.createURI(EX + "label");
        store.replaceGraphs(List.of(
                new NamedGraph(NodeFactory.createURI(EX + "g1"), List.of(
                        Triple.create(NodeFactory.createURI(EX + "alpha"), label, NodeFactory.createLiteralString("Alpha, \"the first\"")))),
                new NamedGraph(NodeFactory.createURI(EX + "g2"), List.of(
                        Triple.create(NodeFactory.createURI(EX + "beta"), label, NodeFactory.createLiteralLang("Beta", "en"))))));
        runner = new SparqlRunner(store.datasetGraph(), Duration.ofSeconds(10));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String run(String query, Map<String, Node> bindings, SparqlRunner.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run("test.rq", query, bindings, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final String SELECT = "PREFIX ex: <" + EX + "> SELECT ?thing ?name WHERE { ?thing ex:label ?name } ORDER BY ?thing";

    @Test
    void csvHasAHeaderRowOfVariableNamesWithoutQuestionMarks() {
        String csv = run(SELECT, Map.of(), SparqlRunner.Format.CSV);
        String[] lines = csv.split("\r?\n");
        assertEquals("thing,name", lines[0]);
        assertEquals(3, lines.length, csv);
        assertEquals(EX + "alpha,\"Alpha, \"\"the first\"\"\"", lines[1], "CSV quotes commas and doubles quotes");
    }

    @Test
    void tsvAndTableCarryTheValues() {
        String tsv = run(SELECT, Map.of(), SparqlRunner.Format.TSV);
        assertTrue(tsv.startsWith("?thing\t?name"), tsv);
        assertTrue(tsv.contains("\"Beta\"@en"), tsv);
        String table = run(SELECT, Map.of(), SparqlRunner.Format.TABLE);
        assertTrue(table.contains("| thing") && table.contains("\"Beta\"@en"), table);
    }

    @Test
    void jsonFollowsTheSparqlResultsFormat() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run(SELECT, Map.of(), SparqlRunner.Format.JSON));
        assertEquals("thing", json.at("/head/vars/0").asText());
        JsonNode rows = json.at("/results/bindings");
        assertEquals(2, rows.size());
        assertEquals("uri", rows.get(0).at("/thing/type").asText());
        assertEquals("en", rows.get(1).at("/name/xml:lang").asText());
    }

    @Test
    void valuesAreSubstitutedNotPasted() {
        String csv = run(SELECT, Map.of("thing", NodeFactory.createURI(EX + "beta")), SparqlRunner.Format.CSV);
        String[] lines = csv.split("\r?\n");
        assertEquals(2, lines.length, csv);
        assertEquals(EX + "beta,Beta", lines[1]);
        // A value that would break a pasted query is just a literal that matches nothing.
        String evil = run(SELECT, Map.of("name", NodeFactory.createLiteralString("x\" } ?a ?b ?c . { \"")), SparqlRunner.Format.CSV);
        assertEquals(1, evil.split("\r?\n").length, evil);
    }

    @Test
    void askAndConstructWriteTheirForms() {
        assertEquals("yes", run("ASK { ?s ?p \"Beta\"@en }", Map.of(), SparqlRunner.Format.TABLE).strip());
        String ttl = run("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", Map.of(), SparqlRunner.Format.TURTLE);
        Graph got = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(got);
        assertEquals(2, got.size());
        String nt = run("DESCRIBE <" + EX + "alpha>", Map.of(), SparqlRunner.Format.NTRIPLES);
        Graph described = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(nt.getBytes(StandardCharsets.UTF_8))).lang(Lang.NTRIPLES).parse(described);
        assertEquals(1, described.size());
        assertThrows(IllegalArgumentException.class, () -> run("CONSTRUCT WHERE { ?s ?p ?o }", Map.of(), SparqlRunner.Format.CSV));
    }

    @Test
    void syntaxErrorNamesTheSource() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run("SELECT ?x WHERE { ?x ", Map.of(), SparqlRunner.Format.CSV));
        assertTrue(e.getMessage().startsWith("test.rq: SPARQL syntax error"), e.getMessage());
    }

    @Test
    void aSlowQueryStopsCleanlyAtTheTimeLimit() {
        List<NamedGraph> many = new ArrayList<>();
        Node p = NodeFactory.createURI(EX + "p");
        for (int g = 0; g < 20; g++) {
            List<Triple> ts = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                ts.add(Triple.create(NodeFactory.createURI(EX + "s" + g + "_" + i), p, NodeFactory.createLiteralString("v" + i)));
            }
            many.add(new NamedGraph(NodeFactory.createURI(EX + "big" + g), ts));
        }
        store.replaceGraphs(many);
        SparqlRunner impatient = new SparqlRunner(store.datasetGraph(), Duration.ofMillis(50));
        // 2,000^3 rows: far more than 50 ms.
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?p ?y . ?c ?p ?z }";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        SparqlRunner.QueryTimeoutException e = assertThrows(SparqlRunner.QueryTimeoutException.class,
                () -> impatient.run("slow.rq", slow, Map.of(), SparqlRunner.Format.CSV, out));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.getMessage().contains("50 ms"), e.getMessage());
        assertEquals(0, out.size(), "nothing written on timeout");
        assertTrue(ms < 10_000, "stopped promptly, took " + ms + " ms");
        // The store is still usable: the read transaction ended.
        assertEquals(2002, store.countQuads());
    }
}
