package org.parley.pipeline;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.rdf.IriMinter;
import org.parley.rdf.StatementIndex;
import org.parley.store.GraphIndex;
import org.parley.store.GraphStore.NamedGraph;

/** The statement index ({@link StatementIndex}) as the store keeps it: updated in every write transaction. */
final class StatementIndexing implements GraphIndex {

    private final StatementIndex index;

    StatementIndexing(IriMinter minter) {
        this.index = new StatementIndex(minter);
    }

    @Override
    public Node graph() {
        return index.graphName();
    }

    @Override
    public GraphIndex.Change change(List<NamedGraph> batch) {
        StatementIndex.Change change = index.newChange();
        for (NamedGraph g : batch) {
            change.addGraph(g.name(), g.triples());
        }
        return new Change(change);
    }

    @Override
    public Set<Node> predicates() {
        return StatementIndex.PREDICATES;
    }

    private record Change(StatementIndex.Change change) implements GraphIndex.Change {

        @Override
        public void removeStored(DatasetGraph dsg, Node graph) {
            change.removeStored(dsg, graph);
        }

        @Override
        public void merge(GraphIndex.Change other) {
            change.merge(((Change) other).change);
        }

        @Override
        public void apply(DatasetGraph dsg) {
            change.apply(dsg);
        }
    }
}
