package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;

class QueryLimitsTest {

    private static ParleyServer.Options options(ServingLimits limits, Duration timeout) {
        return ParleyServer.Options.defaults().withLimits(limits).withQueryTimeout(timeout);
    }

    @Test
    void anAnswerPastTheRowCapIsCutAndSaysSo() throws Exception {
        try (ServedStore s = new ServedStore(ServedStore.graphs(3, 10),
                options(ServingLimits.defaults().withMaxRows(12), Duration.ofSeconds(10)))) {
            HttpResponse<String> cut = s.query("SELECT ?s WHERE { ?s ?p ?o }", "text/csv");
            assertEquals(200, cut.statusCode());
            assertEquals(1 + 12, cut.body().strip().lines().count(), "header line and 12 rows");
            String why = cut.headers().firstValue(LimitedQueryProcessor.TRUNCATED_HEADER).orElse("");
            assertTrue(why.contains("12 rows") && why.contains("LIMIT"), why);

            HttpResponse<String> whole = s.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 12", "text/csv");
            assertEquals(1 + 12, whole.body().strip().lines().count());
            assertFalse(whole.headers().firstValue(LimitedQueryProcessor.TRUNCATED_HEADER).isPresent(),
                    "exactly the cap is not a cut answer");
        }
    }

    @Test
    void anAnswerPastTheSizeCapIsCutAndSaysSo() throws Exception {
        try (ServedStore s = new ServedStore(ServedStore.graphs(2, 50),
                options(ServingLimits.defaults().withMaxResultBytes(1000), Duration.ofSeconds(10)))) {
            HttpResponse<String> cut = s.query("SELECT * WHERE { ?s ?p ?o }", "text/csv");
            assertEquals(200, cut.statusCode());
            long rows = cut.body().strip().lines().count() - 1;
            assertTrue(rows > 0 && rows < 100, rows + " rows");
            assertTrue(cut.headers().firstValue(LimitedQueryProcessor.TRUNCATED_HEADER).orElse("").contains("1000 characters"));
        }
    }

    @Test
    void constructAndDescribeAreCappedToo() throws Exception {
        try (ServedStore s = new ServedStore(ServedStore.graphs(3, 10),
                options(ServingLimits.defaults().withMaxRows(5), Duration.ofSeconds(10)))) {
            HttpResponse<String> construct = s.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals(5, construct.body().strip().lines().count(), construct.body());
            assertTrue(construct.headers().firstValue(LimitedQueryProcessor.TRUNCATED_HEADER).isPresent());
            HttpResponse<String> describe = s.query("DESCRIBE ?s WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals(5, describe.body().strip().lines().count(), describe.body());
        }
    }

    @Test
    void sortsAndDistinctSpillToDiskPastTheThreshold() throws Exception {
        try (ServedStore s = new ServedStore(ServedStore.graphs(1, 300),
                options(ServingLimits.defaults().withSpillThreshold(50), Duration.ofSeconds(10)))) {
            try (QueryExec qe = QueryExec.dataset(s.store.datasetGraph()).query("SELECT * { ?s ?p ?o }").build()) {
                assertEquals(50L, qe.getContext().getLong(ARQ.spillToDiskThreshold, -1), "ARQ reads the threshold from the query's context");
            }
            HttpResponse<String> sorted = s.query("SELECT DISTINCT ?o WHERE { ?s ?p ?o } ORDER BY DESC(?o)", "text/csv");
            assertEquals(200, sorted.statusCode());
            assertEquals(1 + 300, sorted.body().strip().lines().count());
            assertEquals("v99", sorted.body().lines().skip(1).findFirst().orElse(""), "sorted across spilled runs");
        }
    }

    @Test
    void runawayCountingAndSortingAreStoppedByTheTimeLimit() throws Exception {
        try (ServedStore s = new ServedStore(ServedStore.graphs(20, 100),
                options(ServingLimits.defaults(), Duration.ofMillis(500)))) {
            for (String runaway : new String[] {ServedStore.RUNAWAY_COUNT, ServedStore.RUNAWAY_SORT}) {
                long start = System.nanoTime();
                HttpResponse<String> r = s.query(runaway, "text/csv");
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertEquals(503, r.statusCode(), r.body());
                assertEquals("5", r.headers().firstValue("Retry-After").orElse(""), "a 503 says when to try again");
                assertTrue(ms < 500 + 5_000, "stopped within the limit plus 5 s, took " + ms + " ms");
            }
        }
    }
}
