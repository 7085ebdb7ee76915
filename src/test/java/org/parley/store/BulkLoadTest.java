package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.GraphStore.NamedGraph;

class BulkLoadTest {

    @Test
    void loadsQuadsIntoAnEmptyStoreThatThenOpensAsAGraphStore(@TempDir Path dir) {
        List<NamedGraph> graphs = StoreLoadBenchmark.articleLikeGraphs(30, 10);
        Iterator<Quad> quads = graphs.stream()
                .flatMap(g -> g.triples().stream().map(t -> Quad.create(g.name(), t))).iterator();
        assertEquals(300, BulkLoad.loadIntoEmptyStore(dir, quads));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir)) {
            assertEquals(300, store.countQuads());
            assertEquals(30, store.listGraphNames().size());
        }
        Node g = NodeFactory.createURI("https://example.org/test/more");
        Iterator<Quad> more = List.of(Quad.create(g, g, g, g)).iterator();
        assertThrows(IllegalStateException.class, () -> BulkLoad.loadIntoEmptyStore(dir, more), "store is not empty");
    }

    @Test
    void skipsQuadsInTheDefaultGraph(@TempDir Path dir) {
        Node x = NodeFactory.createURI("https://example.org/test/x");
        Node y = NodeFactory.createURI("https://example.org/test/y");
        Iterator<Quad> quads = List.of(Quad.create(x, x, x, x), Quad.create(Quad.defaultGraphIRI, y, y, y)).iterator();
        assertEquals(1, BulkLoad.loadIntoEmptyStore(dir, quads));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir)) {
            assertEquals(1, store.countQuads());
            assertEquals(java.util.Set.of(x), store.listGraphNames());
            long inDefault = store.calculateRead(d -> (long) d.getDefaultGraph().size());
            assertEquals(0, inDefault, "nothing in the stored default graph");
        }
    }
}
