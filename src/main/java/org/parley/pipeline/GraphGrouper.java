package org.parley.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.parley.store.GraphStore.NamedGraph;

/**
 * Turns the quads of one shard into whole named graphs: a graph ends where the next quad names another graph. Refuses
 * a triple outside a named graph and a graph whose quads are not together (it would be loaded in pieces, each
 * replacing the last). Holds one graph at a time. Not thread-safe.
 */
final class GraphGrouper extends StreamRDFBase {

    private final Consumer<NamedGraph> graphs;
    private final Set<Node> finished = new HashSet<>();
    private final List<Triple> triples = new ArrayList<>();
    private Node current;
    private long quads;

    GraphGrouper(Consumer<NamedGraph> graphs) {
        this.graphs = graphs;
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph() || !quad.getGraph().isURI()) {
            throw new RiotException("a triple outside a named graph (every triple of a shard belongs to an article graph): "
                    + quad.asTriple());
        }
        if (!quad.getGraph().equals(current)) {
            flush();
            if (!finished.add(quad.getGraph())) {
                throw new RiotException("the quads of graph " + quad.getGraph() + " are not together (a shard holds each"
                        + " graph whole, as spark-ingest writes it)");
            }
            current = quad.getGraph();
        }
        triples.add(quad.asTriple());
        quads++;
    }

    @Override
    public void triple(Triple triple) {
        throw new RiotException("a triple outside a named graph (every triple of a shard belongs to an article graph): " + triple);
    }

    @Override
    public void finish() {
        flush();
    }

    /** Graphs seen. */
    long graphCount() {
        return finished.size();
    }

    /** The names of the graphs seen. */
    Set<Node> graphNames() {
        return Set.copyOf(finished);
    }

    /** Quads seen. */
    long quadCount() {
        return quads;
    }

    private void flush() {
        if (current != null) {
            graphs.accept(new NamedGraph(current, triples));
            triples.clear();
            current = null;
        }
    }
}
