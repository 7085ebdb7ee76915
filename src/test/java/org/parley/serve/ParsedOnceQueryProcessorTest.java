package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;

/** The server answers as Fuseki's own query operation does, the first time a text is sent and again. */
class ParsedOnceQueryProcessorTest {

    private static final String P = "<" + ServedStore.EX + "p>";

    /** Queries of every form, with the parts a copy of a parsed query must keep. */
    private static final List<String> QUERIES = List.of(
            "PREFIX ex: <" + ServedStore.EX + "> SELECT ?o (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s ex:p ?o } }"
                    + " GROUP BY ?o HAVING (COUNT(?s) > 1) ORDER BY DESC(?n) ?o LIMIT 5 OFFSET 1",
            "SELECT * WHERE { GRAPH ?g { ?s " + P + " ?o } VALUES ?o { \"v1\" \"v3\" } } ORDER BY ?s",
            "SELECT ?g (SAMPLE(?o) AS ?one) WHERE { { SELECT DISTINCT ?g ?o WHERE { GRAPH ?g { ?s " + P
                    + " ?o FILTER(STRSTARTS(?o, \"v2\")) } } } } GROUP BY ?g ORDER BY ?g",
            "CONSTRUCT { ?s <" + ServedStore.EX + "q> ?o } WHERE { GRAPH ?g { ?s " + P + " ?o } } ORDER BY ?s LIMIT 4",
            "ASK { GRAPH ?g { ?s " + P + " \"v4\" } }",
            "DESCRIBE ?s WHERE { GRAPH <" + ServedStore.EX + "g1> { ?s " + P + " \"v0\" } }");

    @Test
    void answersAndParseErrorsAreFusekisOwnTheFirstTimeAndAfter() throws Exception {
        try (ServedStore s = new ServedStore(ServedStore.graphs(3, 6), ParleyServer.Options.defaults())) {
            FusekiServer plain = FusekiServer.create().port(0).loopback(true).add("/plain", s.store.datasetGraph())
                    .build().start();
            try {
                String plainUrl = "http://localhost:" + plain.getHttpPort() + "/plain/sparql";
                for (String query : QUERIES) {
                    String expected = body(post(plainUrl, query));
                    for (int time = 1; time <= 3; time++) {
                        assertEquals(expected, body(s.query(query, accept(query))), "time " + time + ": " + query);
                    }
                }
                for (String bad : List.of("SELECT ?s WHERE { ?s ?p }", "SELEC * { }", "", "  ")) {
                    String expected = body(post(plainUrl, bad));
                    for (int time = 1; time <= 2; time++) {
                        assertEquals(expected, body(s.query(bad, accept(bad))), "time " + time + ": " + bad);
                    }
                }
            } finally {
                plain.stop();
            }
        }
    }

    private static String accept(String query) {
        return query.startsWith("CONSTRUCT") || query.startsWith("DESCRIBE") ? "application/n-triples" : "text/csv";
    }

    private static HttpResponse<String> post(String url, String query) throws Exception {
        return ServedStore.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-query").header("Accept", accept(query))
                .POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    private static String body(HttpResponse<String> r) {
        return r.statusCode() + "\n" + r.body();
    }
}
