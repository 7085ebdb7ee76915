package org.parley.store;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.parley.store.GraphStore.NamedGraph;

/**
 * A store seen through an index ({@link GraphStore#withIndex}): reads and {@code withIndex} go to the store, writes
 * to {@code writes} (which keeps the index in step), and closing the view leaves the store open. Thread-safe as the
 * store is.
 */
record StoreView(GraphStore store, Consumer<List<NamedGraph>> writes) implements GraphStore {

    StoreView {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(writes, "writes");
    }

    @Override
    public void replaceGraphs(List<NamedGraph> graphs) {
        writes.accept(graphs);
    }

    @Override
    public boolean containsGraph(Node name) {
        return store.containsGraph(name);
    }

    @Override
    public boolean contains(Quad quad) {
        return store.contains(quad);
    }

    @Override
    public GraphStore withIndex(GraphIndex other) {
        return store.withIndex(other);
    }

    @Override
    public void close() {
        // the view owns nothing
    }
}
