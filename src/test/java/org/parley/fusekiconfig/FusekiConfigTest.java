package org.parley.fusekiconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.GraphStore.NamedGraph;
import org.parley.store.Tdb2GraphStore;

/** Loads fuseki-config/parley.ttl with Fuseki, on a temporary store, and queries it over HTTP. */
class FusekiConfigTest {

    private static final String EX = "https://example.org/test/";
    private static final Path CONFIG = Path.of("fuseki-config", "parley.ttl");
    private static final String LOCATION = "tdb2:location \"parley-store\"";
    private static final String TIMEOUT = "ja:cxtValue \"30000\"";
    /**
     * A fresh HTTP/1.1 client per request: the server may close a connection after refusing a request whose body
     * it did not read, and a pooled client would send the next request on the dead connection.
     */
    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Writes a copy of the config with the store location (and the time limit, when given) replaced, and starts Fuseki on it. */
    private static FusekiServer serve(Path dir, Path storeDir, String timeoutMillis) throws Exception {
        String text = Files.readString(CONFIG);
        assertTrue(text.contains(LOCATION), "the config names the store folder as documented");
        assertTrue(text.contains(TIMEOUT), "the config sets a 30 s query time limit");
        text = text.replace(LOCATION, "tdb2:location \"" + storeDir.toAbsolutePath().toString().replace("\\", "/") + "\"");
        if (timeoutMillis != null) {
            text = text.replace(TIMEOUT, "ja:cxtValue \"" + timeoutMillis + "\"");
        }
        Path config = dir.resolve("parley.ttl");
        Files.writeString(config, text);
        return FusekiServer.create().port(0).loopback(true).parseConfigFile(config).build().start();
    }

    @Test
    void stockFusekiServesTheStoreReadOnlyWithTheUnionDefaultGraph(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("store");
        Node name = NodeFactory.createURI(EX + "name");
        try (Tdb2GraphStore store = Tdb2GraphStore.open(storeDir)) {
            store.replaceGraphs(List.of(
                    new NamedGraph(NodeFactory.createURI(EX + "a1"),
                            List.of(Triple.create(NodeFactory.createURI(EX + "x"), name, NodeFactory.createLiteralString("one")))),
                    new NamedGraph(NodeFactory.createURI(EX + "a2"),
                            List.of(Triple.create(NodeFactory.createURI(EX + "y"), name, NodeFactory.createLiteralString("two"))))));
        }
        FusekiServer server = serve(dir, storeDir, null);
        try {
            String base = "http://localhost:" + server.getPort() + "/parley";
            List<String> values = new ArrayList<>();
            try (QueryExec qe = QueryExecHTTP.service(base + "/sparql")
                    .query("SELECT ?v WHERE { ?s <" + EX + "name> ?v } ORDER BY ?v").build()) {
                qe.select().forEachRemaining(b -> values.add(b.get("v").getLiteralLexicalForm()));
            }
            assertEquals(List.of("one", "two"), values, "default graph is the union of the named graphs");

            String update = "INSERT DATA { GRAPH <" + EX + "g> { <" + EX + "s> <" + EX + "p> 1 } }";
            for (String path : List.of("/update", "", "/sparql")) {
                HttpResponse<String> r = http().send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "update via " + path + " gave " + r.statusCode());
            }
            HttpResponse<String> get = http().send(HttpRequest.newBuilder(URI.create(base + "/get?graph=" + EX + "a2"))
                    .header("Accept", "application/n-triples").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, get.statusCode());
            assertTrue(get.body().contains("\"two\""), get.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void theConfiguredTimeLimitStopsSlowQueries(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("store");
        Node p = NodeFactory.createURI(EX + "p");
        try (Tdb2GraphStore store = Tdb2GraphStore.open(storeDir)) {
            List<NamedGraph> graphs = new ArrayList<>();
            for (int g = 0; g < 20; g++) {
                List<Triple> ts = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    ts.add(Triple.create(NodeFactory.createURI(EX + "s" + g + "_" + i), p, NodeFactory.createLiteralString("v" + i)));
                }
                graphs.add(new NamedGraph(NodeFactory.createURI(EX + "g" + g), ts));
            }
            store.replaceGraphs(graphs);
        }
        FusekiServer server = serve(dir, storeDir, "100");
        try {
            // 2,000 triples with one predicate: the triple cross join has 8e9 rows.
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?p ?y . ?c ?p ?z }";
            long start = System.nanoTime();
            HttpResponse<String> r = http().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/parley/sparql"))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(slow)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, r.statusCode(), "time limit from the config gives 503: " + r.body());
            assertTrue(ms < 15_000, "stopped promptly, took " + ms + " ms");
        } finally {
            server.stop();
        }
    }
}
