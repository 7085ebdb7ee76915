package org.parley.store;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.store.GraphStore.NamedGraph;

/**
 * Data derived from a store's graphs and kept in step with them: the store asks for the change a batch makes and
 * writes it in the batch's own write transaction, so graphs and index commit or abort together. Thread-safe.
 */
public interface GraphIndex {

    /** The graph the index is kept in. */
    Node graph();

    /** The change writing {@code batch} makes to the index, before taking out what the graphs it replaces gave. */
    Change change(List<NamedGraph> batch);

    /**
     * The predicates whose triples the index reads: a graph cut down to the triples with these predicates gives the
     * same change as the whole graph (a bulk load reads its graphs back that way, see {@link Tdb2GraphStore#bulkLoader()}).
     */
    Set<Node> predicates();

    /** One batch's change to the index, or several batches' merged. Used by one thread at a time. */
    interface Change {

        /**
         * Takes out what the stored version of {@code graph} gave the index. Called inside the write transaction,
         * before that graph is replaced.
         */
        void removeStored(DatasetGraph dsg, Node graph);

        /** Adds {@code other}, a change of the same index, to this one. */
        void merge(Change other);

        /** Writes the change into {@code dsg}. Called inside the write transaction, after the batch's graphs. */
        void apply(DatasetGraph dsg);
    }
}
