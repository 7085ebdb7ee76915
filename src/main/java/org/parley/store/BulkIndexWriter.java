package org.parley.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.store.GraphStore.NamedGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the index of a finished bulk load in parts, so that its heap does not grow with the load: reads the loaded
 * graphs back, {@code graphsPerPart} at a time and only the triples of the index's predicates, and applies each
 * part's change in a write transaction of its own. The index ends the same as one change of every graph would leave
 * it, since the store held nothing before the load and nothing is replaced: counts add up, and of each description
 * the least value is kept whatever the order.
 */
final class BulkIndexWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BulkIndexWriter.class);

    private final DatasetGraph dsg;
    private final GraphIndex index;
    private final int graphsPerPart;

    BulkIndexWriter(DatasetGraph dsg, GraphIndex index, int graphsPerPart) {
        this.dsg = dsg;
        this.index = index;
        this.graphsPerPart = graphsPerPart;
    }

    /** Writes what the graphs {@code names} (each stored, none the index's own) give the index; returns the parts (none for no graphs). */
    int write(Collection<Node> names) {
        List<Node> part = new ArrayList<>(Math.min(graphsPerPart, names.size()));
        int parts = 0;
        for (Node name : names) {
            part.add(name);
            if (part.size() == graphsPerPart) {
                writePart(part);
                part.clear();
                parts++;
            }
        }
        if (!part.isEmpty()) {
            writePart(part);
            parts++;
        }
        LOG.debug("Wrote the index {} of {} graphs in {} parts", index.graph(), names.size(), parts);
        return parts;
    }

    private void writePart(List<Node> part) {
        dsg.executeWrite(() -> {
            GraphIndex.Change change = null;
            for (Node name : part) {
                GraphIndex.Change one = index.change(List.of(new NamedGraph(name, indexedTriples(name))));
                if (change == null) {
                    change = one;
                } else {
                    change.merge(one);
                }
            }
            change.apply(dsg);
        });
    }

    /** The triples of graph {@code name} whose predicate the index reads. */
    private List<Triple> indexedTriples(Node name) {
        List<Triple> triples = new ArrayList<>();
        for (Node predicate : index.predicates()) {
            dsg.find(name, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
        }
        return triples;
    }
}
