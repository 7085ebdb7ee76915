package org.parley.serve;

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
import org.parley.store.GraphStore.NamedGraph;
import org.parley.store.Tdb2GraphStore;

/** A store in memory with test graphs, served on a free port; closes both. */
final class ServedStore implements AutoCloseable {

    static final String EX = "https://example.org/test/";
    /** Counts the rows of a triple cross join: billions of rows on {@link #graphs(int, int)} of a few thousand triples. */
    static final String RUNAWAY_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?p ?y . ?c ?p ?z }";
    /** Sorts a cross join: fills the heap unless sorting spills to disk and the time limit stops it. */
    static final String RUNAWAY_SORT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f";

    final Tdb2GraphStore store;
    final ParleyServer server;

    ServedStore(List<NamedGraph> graphs, ParleyServer.Options options) {
        store = Tdb2GraphStore.inMemory();
        store.replaceGraphs(graphs);
        ParleyServer s;
        try {
            s = ParleyServer.start(store.datasetGraph(), options.withPort(0));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        server = s;
    }

    /** {@code graphs} graphs of {@code perGraph} triples {@code <s> <p> "v"}, all with one predicate. */
    static List<NamedGraph> graphs(int graphs, int perGraph) {
        List<NamedGraph> out = new ArrayList<>();
        Node p = NodeFactory.createURI(EX + "p");
        for (int g = 0; g < graphs; g++) {
            List<Triple> ts = new ArrayList<>();
            for (int i = 0; i < perGraph; i++) {
                ts.add(Triple.create(NodeFactory.createURI(EX + "s" + g + "_" + i), p, NodeFactory.createLiteralString("v" + i)));
            }
            out.add(new NamedGraph(NodeFactory.createURI(EX + "g" + g), ts));
        }
        return out;
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    /** POSTs a query to the SPARQL endpoint on a fresh connection. */
    HttpResponse<String> query(String query, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }
}
