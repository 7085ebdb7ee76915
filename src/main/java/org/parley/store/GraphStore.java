package org.parley.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * A quad store of named graphs. Writes are atomic per call: after a crash either every graph of a
 * call is stored whole or none is. Implementations are safe for one writer and many readers.
 */
public interface GraphStore extends AutoCloseable {

    /** A named graph and all its triples. */
    record NamedGraph(Node name, List<Triple> triples) {
        public NamedGraph {
            triples = List.copyOf(triples);
        }
    }

    /** Replaces each graph (drops what it held, adds the new triples), all in one write transaction. */
    void replaceGraphs(List<NamedGraph> graphs);

    boolean containsGraph(Node name);

    /** True when the store holds this quad (a graph's fingerprint, for instance). */
    boolean contains(Quad quad);

    /**
     * This store, writing through which also keeps {@code index} in step: each {@link #replaceGraphs} writes the
     * index's change in its own transaction. The view shares the store; closing it does not close the store.
     */
    GraphStore withIndex(GraphIndex index);

    @Override
    void close();
}
