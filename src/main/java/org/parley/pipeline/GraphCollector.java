package org.parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.parley.store.GraphStore.NamedGraph;

/** Collects what a mapper writes into one named graph; refuses triples outside it or in a second graph. */
final class GraphCollector extends StreamRDFBase {

    private final List<Triple> triples = new ArrayList<>();
    private Node graph;

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph()) {
            throw new IllegalStateException("a triple outside a named graph: " + quad);
        }
        if (graph == null) {
            graph = quad.getGraph();
        } else if (!graph.equals(quad.getGraph())) {
            throw new IllegalStateException("quads in two graphs: " + graph + " and " + quad.getGraph());
        }
        triples.add(quad.asTriple());
    }

    @Override
    public void triple(Triple triple) {
        throw new IllegalStateException("a triple outside a named graph: " + triple);
    }

    /** The collected graph; {@code what} names the input in the error when nothing was written. */
    NamedGraph toNamedGraph(String what) {
        if (graph == null) {
            throw new IllegalStateException("nothing was written for " + what);
        }
        return new NamedGraph(graph, triples);
    }
}
