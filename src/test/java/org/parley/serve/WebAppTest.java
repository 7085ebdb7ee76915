package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.export.SampleStore;
import org.parley.store.Tdb2GraphStore;

/** Our pages, their JSON calls and the exports over HTTP, on the hand-written sample. */
class WebAppTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Tdb2GraphStore store;
    private static ParleyServer server;

    @BeforeAll
    static void start() {
        store = SampleStore.open();
        server = ParleyServer.start(store.datasetGraph(), ParleyServer.Options.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void servesThePagesTheirScriptsAndCytoscapeFromTheJar() throws Exception {
        for (Map.Entry<String, String> page : Map.of("graph", "/static/graph.js", "entity/Q212", "/static/entity.js",
                "entity/?key=nato", "/static/entity.js", "", "/static/query.js").entrySet()) {
            HttpResponse<String> r = get(page.getKey());
            assertEquals(200, r.statusCode(), page.getKey());
            assertTrue(type(r).startsWith("text/html"), page.getKey());
            assertTrue(r.body().contains(page.getValue()), page.getKey());
        }
        for (String script : List.of("static/results.js", "static/graph.js", "vendor/cytoscape.min.js")) {
            HttpResponse<String> r = get(script);
            assertEquals(200, r.statusCode(), script);
            assertTrue(type(r).startsWith("text/javascript"), script + ": " + type(r));
        }
        assertTrue(get("vendor/cytoscape.min.js").body().contains("cytoscape"));
        assertEquals(404, get("static/../ParleyServer.class").statusCode());
        assertEquals(404, get("static/nothing.js").statusCode());
    }

    @Test
    void exportsTheNetworkInEachFormatWithItsFilters() throws Exception {
        HttpResponse<String> graphml = get("parley/export/actors.graphml");
        assertEquals(200, graphml.statusCode());
        assertTrue(type(graphml).startsWith("application/graphml+xml"), type(graphml));
        assertTrue(graphml.headers().firstValue("Content-Disposition").orElse("").contains("actors.graphml"));
        Graph<String, DefaultEdge> g = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true)
                .edgeClass(DefaultEdge.class).buildGraph();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(g, new StringReader(graphml.body()));
        assertEquals(6, g.vertexSet().size());
        assertEquals(8, g.edgeSet().size());

        List<String> rejections = get("parley/export/actors-edges.csv?kind=rejected").body().lines().toList();
        assertEquals(2, rejections.size(), rejections.toString());
        assertTrue(rejections.get(1).contains(",rejected,1,2024-03-05,2024-03-05,"), rejections.get(1));
        List<String> aroundOsce = get("parley/export/actors-nodes.csv?around=osce&depth=1").body().lines().toList();
        assertEquals(3, aroundOsce.size(), "header, OSCE and Ukraine: " + aroundOsce);
        assertTrue(get("parley/export/actors.gexf?since=2024-03-05").body().contains("kind=\"rejected\""));
    }

    @Test
    void exportsTheWholeRdf() throws Exception {
        HttpResponse<String> nq = get("parley/export/all.nq");
        assertEquals(200, nq.statusCode());
        assertTrue(type(nq).startsWith("application/n-quads"), type(nq));
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(nq.body(), Lang.NQUADS).parse(back);
        assertEquals(store.countQuads(), back.stream().count());
        assertTrue(get("parley/export/all.jsonld").body().contains("\"@context\""));
    }

    @Test
    void badRequestsGetAStatusAndOneLine() throws Exception {
        Map<String, Integer> expected = Map.of(
                "parley/export/actors.pdf", 404,
                "parley/export/actors.graphml?since=yesterday", 400,
                "parley/export/actors.graphml?kind=threatened", 400,
                "parley/export/actors.graphml?around=Atlantis", 400,
                "api/network?max-nodes=0", 400,
                "api/statements", 400,
                "api/statements?source=x&target=y&kind=rejected", 400,
                "api/nothing", 404);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            HttpResponse<String> r = get(e.getKey());
            assertEquals(e.getValue(), r.statusCode(), e.getKey() + ": " + r.body());
            assertTrue(type(r).startsWith("text/plain"), e.getKey());
            assertEquals(1, r.body().strip().lines().count(), e.getKey() + ": " + r.body());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), e.getKey() + ": " + r.body());
        }
    }

    @Test
    void theNetworkCallIsCappedAndSaysHowMuchThereIs() throws Exception {
        JsonNode all = new ObjectMapper().readTree(get("api/network").body());
        assertEquals(6, all.get("nodes").size());
        assertEquals(8, all.get("edges").size());
        JsonNode capped = new ObjectMapper().readTree(get("api/network?max-nodes=2").body());
        assertEquals(2, capped.get("nodes").size());
        assertEquals(6, capped.get("nodesTotal").asInt());
        assertEquals(8, capped.get("edgesTotal").asInt());
        assertEquals(4, capped.get("edges").size(), "the four links between Ukraine and Russia");
    }

    @Test
    void evidenceCallsFindEntitiesAndTheirStatementsWithSentences() throws Exception {
        JsonNode found = new ObjectMapper().readTree(get("api/entity?key=Q7184").body());
        assertEquals(SampleStore.NATO, found.at("/results/bindings/0/entity/value").asText());
        JsonNode byName = new ObjectMapper().readTree(get("api/entity?key=" + q("zaporizhzhia oblast")).body());
        assertEquals(SampleStore.ZAPORIZHZHIA, byName.at("/results/bindings/0/entity/value").asText());

        JsonNode ukraine = new ObjectMapper().readTree(get("api/statements?entity=Q212").body()).at("/results/bindings");
        assertEquals(4, ukraine.size(), ukraine.toString());
        JsonNode link = new ObjectMapper().readTree(get("api/statements?source=" + q(SampleStore.UKRAINE) + "&target="
                + q(SampleStore.RUSSIA) + "&kind=rejected").body()).at("/results/bindings");
        assertEquals(1, link.size());
        assertEquals("Kyiv rejected the Russian proposal on Tuesday.", link.at("/0/evidence/value").asText());
        assertEquals("2024-03-05", link.at("/0/date/value").asText());
    }
}
