package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.GraphStore.NamedGraph;

class Tdb2GraphStoreTest {

    static final String EX = "https://example.org/test/";
    static final Node HASH = iri("contentHash");

    static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    static Triple t(String s, String p, String o) {
        return Triple.create(iri(s), iri(p), NodeFactory.createLiteralString(o));
    }

    static NamedGraph graph(String name, Triple... triples) {
        return new NamedGraph(iri(name), List.of(triples));
    }

    @Test
    void reputtingAGraphLeavesNoOldTriplesAndOtherGraphsUntouched() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            store.replaceGraphs(List.of(
                    graph("a1", t("x", "says", "old"), t("x", "about", "talks")),
                    graph("a2", t("y", "says", "other"))));
            store.replaceGraphs(List.of(graph("a1", t("x", "says", "new"))));

            Graph a1 = store.calculateRead(d -> copy(d.getGraph(iri("a1"))));
            Graph expectedA1 = GraphFactory.createDefaultGraph();
            expectedA1.add(t("x", "says", "new"));
            assertTrue(a1.isIsomorphicWith(expectedA1), "a1 holds only the new triple: " + a1);
            assertEquals(List.of(NodeFactory.createLiteralString("other")),
                    store.listObjects(iri("a2"), iri("y"), iri("says")));
            assertEquals(2, store.countQuads());
            assertEquals(Set.of(iri("a1"), iri("a2")), store.listGraphNames());
        }
    }

    @Test
    void aBatchThatFailsMidwayLeavesNothing() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            store.replaceGraphs(List.of(graph("keep", t("k", "p", "kept"))));
            List<NamedGraph> batch = List.of(
                    graph("keep", t("k", "p", "overwritten")),
                    graph("b1", t("b", "p", "1")),
                    graph("b2", t("b", "p", "2")));
            List<Node> written = new ArrayList<>();
            RuntimeException e = assertThrows(RuntimeException.class, () -> store.replaceGraphs(batch, null, g -> {
                written.add(g.name());
                if (g.name().equals(iri("b1"))) {
                    throw new IllegalStateException("simulated failure after b1");
                }
            }));
            assertTrue(e.getMessage().contains("simulated failure"), e.getMessage());
            assertEquals(List.of(iri("keep"), iri("b1")), written, "two graphs were written before the failure");
            assertFalse(store.containsGraph(iri("b1")));
            assertFalse(store.containsGraph(iri("b2")));
            assertEquals(List.of(NodeFactory.createLiteralString("kept")),
                    store.listObjects(iri("keep"), iri("k"), iri("p")));
            assertEquals(1, store.countQuads());
        }
    }

    @Test
    void invalidBatchIsRejectedBeforeAnyWrite() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            List<NamedGraph> twice = List.of(graph("d", t("s", "p", "1")), graph("d", t("s", "p", "2")));
            assertThrows(IllegalArgumentException.class, () -> store.replaceGraphs(twice));
            List<NamedGraph> withVariable = List.of(graph("ok", t("s", "p", "1")),
                    new NamedGraph(iri("bad"), List.of(Triple.create(Var.alloc("x"), iri("p"), iri("o")))));
            assertThrows(IllegalArgumentException.class, () -> store.replaceGraphs(withVariable));
            List<NamedGraph> literalName = List.of(new NamedGraph(NodeFactory.createLiteralString("g"), List.of()));
            assertThrows(IllegalArgumentException.class, () -> store.replaceGraphs(literalName));
            assertEquals(0, store.countQuads());
        }
    }

    @Test
    void queriesSeeTheUnionOfNamedGraphsAsDefaultGraph() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            store.replaceGraphs(List.of(graph("u1", t("x", "name", "one")), graph("u2", t("x", "name", "two"))));
            SparqlRunner runner = new SparqlRunner(store.datasetGraph(), Duration.ofSeconds(10));
            Query q = SparqlRunner.parse("test", "SELECT ?n WHERE { ?s ?p ?n } ORDER BY ?n");
            ResultSet rs = runner.select(q, Map.of("p", iri("name")));
            List<String> names = new ArrayList<>();
            rs.forEachRemaining(row -> names.add(row.getLiteral("n").getLexicalForm()));
            assertEquals(List.of("one", "two"), names);
        }
    }

    @Test
    void findsTheContentHashOfAGraph() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            Node g = iri("article");
            store.replaceGraphs(List.of(new NamedGraph(g,
                    List.of(Triple.create(g, HASH, NodeFactory.createLiteralString("abc123"))))));
            assertEquals(Optional.of("abc123"), store.findContentHash(g, HASH));
            assertEquals(Optional.empty(), store.findContentHash(iri("absent"), HASH));
            assertTrue(store.containsGraph(g));
            assertFalse(store.containsGraph(iri("absent")));
            assertTrue(store.contains(Quad.create(g, g, HASH, NodeFactory.createLiteralString("abc123"))));
            assertFalse(store.contains(Quad.create(g, g, HASH, NodeFactory.createLiteralString("def456"))));
        }
    }

    @Test
    void compactionKeepsDataAndShrinksAfterRewrites(@TempDir Path dir) {
        Path folder = dir.resolve("store");
        long quads;
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            for (int round = 0; round < 5; round++) {
                List<NamedGraph> batch = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    List<Triple> ts = new ArrayList<>();
                    for (int j = 0; j < 20; j++) {
                        ts.add(t("s" + i, "p" + j, "round " + round + " value " + j));
                    }
                    batch.add(new NamedGraph(iri("g" + i), ts));
                }
                store.replaceGraphs(batch);
            }
            quads = store.countQuads();
            assertEquals(50 * 20, quads);
            long before = store.sizeOnDisk();
            store.compact();
            long after = store.sizeOnDisk();
            assertEquals(quads, store.countQuads());
            assertTrue(after < before, "compaction with delete frees space: " + before + " -> " + after);
        }
        try (Tdb2GraphStore reopened = Tdb2GraphStore.open(folder)) {
            assertEquals(quads, reopened.countQuads(), "data survives close and reopen");
        }
    }

    /** An index that counts the graphs written (less those replaced) and notes which were replaced. */
    static class CountingIndex implements GraphIndex {
        static final Node GRAPH = iri("index");
        final List<Node> removed = new ArrayList<>();

        @Override
        public Node graph() {
            return GRAPH;
        }

        @Override
        public GraphIndex.Change change(List<NamedGraph> batch) {
            return new Count(batch.size());
        }

        @Override
        public Set<Node> predicates() {
            return Set.of(iri("p"));
        }

        private final class Count implements GraphIndex.Change {
            int graphs;

            Count(int graphs) {
                this.graphs = graphs;
            }

            @Override
            public void removeStored(DatasetGraph dsg, Node graph) {
                removed.add(graph);
                graphs--;
            }

            @Override
            public void merge(GraphIndex.Change other) {
                graphs += ((Count) other).graphs;
            }

            @Override
            public void apply(DatasetGraph dsg) {
                dsg.add(GRAPH, GRAPH, iri("graphs"), NodeFactory.createLiteralString("+" + graphs));
            }
        }
    }

    @Test
    void theIndexChangeCommitsOrAbortsWithItsBatch() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            CountingIndex index = new CountingIndex();
            store.withIndex(index).replaceGraphs(List.of(graph("i1", t("x", "p", "1")), graph("i2", t("x", "p", "2"))));
            assertEquals(List.of(), index.removed, "nothing replaced in an empty store");
            store.withIndex(index).replaceGraphs(List.of(graph("i1", t("x", "p", "one")), graph("i3", t("x", "p", "3"))));
            assertEquals(List.of(iri("i1")), index.removed, "only the graph the store held was taken out");
            assertEquals(List.of(NodeFactory.createLiteralString("+1"), NodeFactory.createLiteralString("+2")).stream()
                    .sorted(java.util.Comparator.comparing(Node::getLiteralLexicalForm)).toList(),
                    store.listObjects(CountingIndex.GRAPH, CountingIndex.GRAPH, iri("graphs")).stream()
                            .sorted(java.util.Comparator.comparing(Node::getLiteralLexicalForm)).toList());

            List<NamedGraph> failing = List.of(graph("i4", t("x", "p", "4")));
            assertThrows(IllegalStateException.class, () -> store.replaceGraphs(failing, index, g -> {
                throw new IllegalStateException("simulated failure");
            }));
            assertEquals(2, store.listObjects(CountingIndex.GRAPH, CountingIndex.GRAPH, iri("graphs")).size(),
                    "the failed batch's index change was rolled back with it");
            assertFalse(store.containsGraph(iri("i4")));
        }
    }

    @Test
    void theBulkLoaderFillsAnEmptyStoreAndWritesTheIndexAtTheEnd(@TempDir Path dir) {
        Path folder = dir.resolve("store");
        CountingIndex index = new CountingIndex();
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            assertTrue(store.isEmpty());
            try (GraphStore bulk = store.bulkLoader()) {
                GraphStore indexed = bulk.withIndex(index);
                indexed.replaceGraphs(List.of(graph("b1", t("x", "p", "1")), graph("b2", t("x", "p", "2"))));
                indexed.replaceGraphs(List.of(graph("b3", t("x", "p", "3"))));
                assertTrue(indexed.containsGraph(iri("b1")));
                assertThrows(IllegalArgumentException.class, () -> indexed.replaceGraphs(List.of(graph("b1", t("x", "p", "again")))),
                        "a graph once per bulk load");
                assertTrue(Files.exists(folder.resolve(BulkGraphStore.MARKER)), "a first load under way is marked");
            }
            assertFalse(Files.exists(folder.resolve(BulkGraphStore.MARKER)), "the marker goes when the load is done");
            assertEquals(List.of(NodeFactory.createLiteralString("+3")),
                    store.listObjects(CountingIndex.GRAPH, CountingIndex.GRAPH, iri("graphs")), "one index change for the whole load");
            assertThrows(IllegalStateException.class, store::bulkLoader, "only into an empty store");
        }
        try (Tdb2GraphStore reopened = Tdb2GraphStore.open(folder)) {
            assertEquals(4, reopened.countQuads());
            assertTrue(reopened.contains(Quad.create(iri("b2"), t("x", "p", "2"))));
            assertFalse(reopened.contains(Quad.create(iri("b2"), t("x", "p", "3"))));
        }
    }

    @Test
    void theBulkLoaderWritesTheIndexInPartsOfTheGraphsItReadsBack(@TempDir Path dir) {
        Path folder = dir.resolve("store");
        CountingIndex index = new CountingIndex();
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            try (GraphStore bulk = store.bulkLoader(3)) {
                GraphStore indexed = bulk.withIndex(index);
                indexed.replaceGraphs(List.of(graph("p1", t("x", "p", "1")), graph("p2", t("x", "q", "2")), graph("p3", t("x", "p", "3"))));
                indexed.replaceGraphs(List.of(graph("p4", t("x", "p", "4")), graph("p5", t("x", "p", "5"))));
            }
            assertEquals(List.of("+2", "+3"), store.listObjects(CountingIndex.GRAPH, CountingIndex.GRAPH, iri("graphs")).stream()
                    .map(Node::getLiteralLexicalForm).sorted().toList(), "five graphs in parts of three, each graph once");
            assertFalse(Files.exists(folder.resolve(BulkGraphStore.MARKER)));
        }
    }

    @Test
    void aBulkLoadWhoseIndexFailsPartWayIsEmptiedWhenNextOpened(@TempDir Path dir) {
        Path folder = dir.resolve("store");
        CountingIndex failing = new CountingIndex() {
            @Override
            public GraphIndex.Change change(List<NamedGraph> batch) {
                if (batch.get(0).name().equals(iri("f3"))) {
                    throw new IllegalStateException("simulated failure in the second part");
                }
                return super.change(batch);
            }
        };
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            GraphStore bulk = store.bulkLoader(2);
            bulk.withIndex(failing).replaceGraphs(List.of(graph("f1", t("x", "p", "1")), graph("f2", t("x", "p", "2")),
                    graph("f3", t("x", "p", "3"))));
            assertThrows(IllegalStateException.class, bulk::close);
            assertTrue(Files.exists(folder.resolve(BulkGraphStore.MARKER)), "the load is not done: the marker stays");
        }
        try (Tdb2GraphStore reopened = Tdb2GraphStore.open(folder)) {
            assertTrue(reopened.isEmpty(), "neither the graphs nor the first part of the index are left");
        }
    }

    @Test
    void aStoreWhoseFirstLoadWasInterruptedOpensEmpty(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("store");
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            store.replaceGraphs(List.of(graph("half", t("x", "p", "loaded"))));
        }
        Files.writeString(folder.resolve(BulkGraphStore.MARKER), "interrupted");
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            assertTrue(store.isEmpty(), "what the interrupted load left is gone");
            assertFalse(Files.exists(folder.resolve(BulkGraphStore.MARKER)));
            store.replaceGraphs(List.of(graph("again", t("x", "p", "1"))));
            assertEquals(1, store.countQuads());
        }
    }

    @Test
    void rebuildsAnIndexFromEveryGraph() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            store.replaceGraphs(List.of(graph("r1", t("x", "p", "1")), graph("r2", t("x", "p", "2"))));
            CountingIndex index = new CountingIndex();
            store.rebuildIndex(index);
            assertEquals(List.of(NodeFactory.createLiteralString("+2")),
                    store.listObjects(CountingIndex.GRAPH, CountingIndex.GRAPH, iri("graphs")), "both graphs, in one change");
        }
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }
}
