package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class QueryLatencyTest {

    @Test
    void aValueReplacesTheRowOfItsValuesBlockOrTheVariable() {
        Query q = QueryFactory.create("SELECT ?e ?l WHERE { { SELECT ?e WHERE { VALUES ?name { \"Kyiv\" } ?e <urn:x:label> ?name } }"
                + " ?e <urn:x:label> ?l . ?e <urn:x:p> ?o }");
        Query done = QueryLatency.substitute(q, Map.of("name", NodeFactory.createLiteralString("Kherson"),
                "o", NodeFactory.createURI("urn:x:o")));
        assertEquals(QueryFactory.create("SELECT ?e ?l WHERE { { SELECT ?e WHERE { VALUES ?name { \"Kherson\" } ?e <urn:x:label> ?name } }"
                + " ?e <urn:x:label> ?l . ?e <urn:x:p> <urn:x:o> }"), QueryFactory.create(done.serialize()));
    }

    @Test
    void percentilesByNearestRank() {
        QueryLatency.Result r = new QueryLatency.Result("q", 1, new double[] {10, 20, 30, 40, 50}, null, null);
        assertEquals(30, r.percentile(0.5));
        assertEquals(50, r.percentile(0.95));
        assertEquals(10, r.percentile(0.01));
    }

    @Test
    void anAnswerTheServerCutSaysSo() {
        QueryLatency.Result cut = new QueryLatency.Result("q", 50_000, new double[] {10}, null, "rows: 50000");
        QueryLatency.Result whole = new QueryLatency.Result("q", 7, new double[] {10}, null, null);
        assertTrue(cut.line().endsWith("(cut by the server: rows: 50000)"), cut.line());
        assertFalse(whole.line().contains("cut"), whole.line());
    }
}
