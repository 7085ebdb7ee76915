package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.store.GraphStore.NamedGraph;
import org.parley.store.Tdb2GraphStore;

class ParleyServerTest {

    private static final String EX = "https://example.org/test/";
    private static Tdb2GraphStore store;
    private static ParleyServer server;

    @BeforeAll
    static void start() {
        store = Tdb2GraphStore.inMemory();
        Node name = NodeFactory.createURI(EX + "name");
        store.replaceGraphs(List.of(
                new NamedGraph(NodeFactory.createURI(EX + "a1"),
                        List.of(Triple.create(NodeFactory.createURI(EX + "kyiv"), name, NodeFactory.createLiteralString("Kyiv")))),
                new NamedGraph(NodeFactory.createURI(EX + "a2"),
                        List.of(Triple.create(NodeFactory.createURI(EX + "oslo"), name, NodeFactory.createLiteralString("Oslo"))))));
        List<NamedQuery> library = List.of(NamedQueryLibrary.parse("places.rq",
                "# title: Places by name\n# description: Every place with its name.\nSELECT ?p ?n WHERE { ?p ?x ?n }\n"));
        server = ParleyServer.start(store.datasetGraph(),
                ParleyServer.Options.defaults().withPort(0).withQueries(library).withFusekiUi(true));
    }

    @AfterAll
    static void stop() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }

    private static String url(String path) {
        return server.baseUrl() + path;
    }

    /**
     * Sends on a fresh connection: the server may close a connection after refusing a request whose body it did
     * not read, and a pooled client would then send the next request on the dead connection.
     */
    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return http.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnLoopbackAtTheRealPort() {
        assertTrue(server.port() > 0);
        assertTrue(server.baseUrl().startsWith("http://127.0.0.1:" + server.port()));
    }

    @Test
    void answersQueriesOverHttpOnTheUnionGraph() {
        for (String endpoint : List.of("parley/sparql", "parley/query")) {
            List<String> names = new ArrayList<>();
            try (QueryExec qe = QueryExecHTTP.service(url(endpoint))
                    .query("SELECT ?n WHERE { ?s <" + EX + "name> ?n } ORDER BY ?n").build()) {
                RowSet rows = qe.select();
                rows.forEachRemaining(b -> names.add(b.get("n").getLiteralLexicalForm()));
            }
            assertEquals(List.of("Kyiv", "Oslo"), names, endpoint);
        }
    }

    @Test
    void refusesUpdatesAndUploads() throws Exception {
        String update = "INSERT DATA { GRAPH <" + EX + "evil> { <" + EX + "s> <" + EX + "p> \"x\" } }";
        List<HttpResponse<String>> responses = List.of(
                send(HttpRequest.newBuilder(URI.create(url("parley/update")))
                        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update))),
                send(HttpRequest.newBuilder(URI.create(url("parley")))
                        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update))),
                send(HttpRequest.newBuilder(URI.create(url("parley/sparql")))
                        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update))),
                send(HttpRequest.newBuilder(URI.create(url("parley?graph=" + EX + "evil")))
                        .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString("<" + EX + "s> <" + EX + "p> 1 ."))),
                send(HttpRequest.newBuilder(URI.create(url("parley/get?default")))
                        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<" + EX + "s> <" + EX + "p> 1 ."))),
                send(HttpRequest.newBuilder(URI.create(url("parley?graph=" + EX + "a1"))).DELETE()),
                send(HttpRequest.newBuilder(URI.create(url("$/datasets?dbName=x&dbType=mem"))).POST(HttpRequest.BodyPublishers.noBody())));
        for (HttpResponse<String> r : responses) {
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                    r.request().method() + " " + r.uri() + " gave " + r.statusCode());
        }
        assertFalse(store.containsGraph(NodeFactory.createURI(EX + "evil")));
        assertTrue(store.containsGraph(NodeFactory.createURI(EX + "a1")));
    }

    @Test
    void servesGraphsReadOnlyOverGsp() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("parley/get?graph=" + EX + "a1")))
                .header("Accept", "application/n-triples").GET());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"Kyiv\""), r.body());
    }

    @Test
    void servesTheQueryPageAndTheQueryLibrary() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url(""))).GET());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("/static/query.js") && page.body().contains("<textarea"), "our query page");

        HttpResponse<String> queries = send(HttpRequest.newBuilder(URI.create(url("queries"))).GET());
        assertEquals(200, queries.statusCode());
        JsonNode json = new ObjectMapper().readTree(queries.body());
        assertEquals(1, json.size());
        assertEquals("places", json.get(0).get("name").asText());
        assertEquals("Places by name", json.get(0).get("title").asText());
        assertEquals("Every place with its name.", json.get(0).get("description").asText());
        assertTrue(json.get(0).get("text").asText().contains("SELECT ?p ?n"));
    }

    @Test
    void servesTheFusekiUiAtItsOwnPathWithItsReadOnlyAdminCallsAndTheDataset() throws Exception {
        assertTrue(server.servesFusekiUi(), "jena-fuseki-ui is on the test classpath");
        HttpResponse<String> redirect = send(HttpRequest.newBuilder(URI.create(url("fuseki"))).GET());
        assertEquals(301, redirect.statusCode());
        assertEquals("/fuseki/", redirect.headers().firstValue("Location").orElse(""));
        HttpResponse<String> ui = send(HttpRequest.newBuilder(URI.create(url("fuseki/"))).GET());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Fuseki"), ui.body());
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(ui.body());
        assertTrue(script.find(), "the UI page loads its script");
        HttpResponse<String> js = send(HttpRequest.newBuilder(URI.create(url("fuseki/" + script.group(1)))).GET());
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"), "module scripts need a JavaScript type");
        HttpResponse<String> datasets = send(HttpRequest.newBuilder(URI.create(url("fuseki/$/datasets"))).GET());
        assertEquals(200, datasets.statusCode(), datasets.body());
        assertTrue(datasets.body().contains("\"/parley\""), datasets.body());
        for (String call : List.of("fuseki/$/server", "fuseki/$/ping", "fuseki/$/stats/parley")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url(call))).GET());
            assertEquals(200, r.statusCode(), call + ": " + r.body());
        }
        // The UI's query tab posts to the dataset relative to its own page.
        HttpResponse<String> query = send(HttpRequest.newBuilder(URI.create(url("fuseki/parley/query")))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT ?n WHERE { ?s <" + EX + "name> ?n } ORDER BY ?n")));
        assertEquals(200, query.statusCode(), query.body());
        assertEquals(List.of("n", "Kyiv", "Oslo"), query.body().lines().toList());
        HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(url("fuseki/parley/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + EX + "evil> { <" + EX + "s> <" + EX + "p> 1 } }")));
        assertEquals(405, update.statusCode(), "read-only there too");
        HttpResponse<String> addDataset = send(HttpRequest.newBuilder(URI.create(url("fuseki/$/datasets?dbName=x&dbType=mem")))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, addDataset.statusCode());
        assertFalse(store.containsGraph(NodeFactory.createURI(EX + "evil")));
    }

    @Test
    void aSlowQueryHitsTheTimeLimitOverHttp() throws Exception {
        try (Tdb2GraphStore slowStore = Tdb2GraphStore.inMemory()) {
            slowStore.replaceGraphs(ServedStore.graphs(20, 100));
            try (ParleyServer strict = ParleyServer.start(slowStore.datasetGraph(), ParleyServer.Options.defaults()
                    .withPort(0).withFusekiUi(false).withQueryTimeout(Duration.ofMillis(100)))) {
                long start = System.nanoTime();
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(strict.sparqlUrl()))
                        .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(ServedStore.RUNAWAY_COUNT)));
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertEquals(503, r.statusCode(), "Fuseki answers a timed-out query with 503: " + r.body());
                assertTrue(ms < 15_000, "stopped promptly, took " + ms + " ms");
            }
        }
    }
}
