package org.parley.store;

import java.util.Iterator;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Reads a whole dataset one graph at a time inside one read transaction, so that a writer can stream it out
 * without a copy: the stored default graph first (when it holds anything), then each named graph.
 */
public final class NamedGraphReader {

    /** Receives one graph: its name ({@link Quad#defaultGraphIRI} for the default graph) and its triples. */
    @FunctionalInterface
    public interface GraphVisitor {
        /** Called once per graph; {@code triples} is valid only during the call. */
        void graph(Node name, Iterator<Triple> triples);
    }

    private NamedGraphReader() {
    }

    /** Visits every non-empty graph of {@code dsg}; the triples of one graph come grouped by subject in TDB2. */
    public static void forEachGraph(DatasetGraph dsg, GraphVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        Txn.executeRead(dsg, () -> {
            visitIfNotEmpty(dsg, Quad.defaultGraphIRI, visitor);
            Iterator<Node> names = dsg.listGraphNodes();
            while (names.hasNext()) {
                visitIfNotEmpty(dsg, names.next(), visitor);
            }
        });
    }

    private static void visitIfNotEmpty(DatasetGraph dsg, Node name, GraphVisitor visitor) {
        Iterator<Quad> quads = dsg.find(name, Node.ANY, Node.ANY, Node.ANY);
        if (!quads.hasNext()) {
            return;
        }
        visitor.graph(name, new Iterator<>() {
            @Override
            public boolean hasNext() {
                return quads.hasNext();
            }

            @Override
            public Triple next() {
                return quads.next().asTriple();
            }
        });
    }
}
