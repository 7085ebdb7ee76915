package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.catalog.Catalog;
import org.parley.rdf.IriMinter;
import org.parley.rdf.ParleyVocab;
import org.parley.store.GraphStore;
import org.parley.store.GraphStore.NamedGraph;
import org.parley.store.Tdb2GraphStore;

/**
 * A bulk load writes the statement index in parts (graphs read back a few at a time, each part in a transaction of
 * its own); the index must end exactly as one change of every graph leaves it. On the ingested samples' article
 * graphs and varied copies of them, so that actors, places and pairs recur across parts.
 */
class BulkIndexPartsIT {

    private static final IriMinter MINTER = new IriMinter(IriMinter.DEFAULT_BASE);
    private static final int COPIES = 4;

    @Test
    void theIndexWrittenInPartsIsTheOneWrittenInOnePiece(@TempDir Path dir) {
        List<NamedGraph> graphs = samplesAndCopies();
        StatementIndexing index = new StatementIndexing(MINTER);

        Set<Triple> inOnePiece;
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            store.withIndex(index).replaceGraphs(graphs);
            inOnePiece = indexTriples(store, index);
        }
        Set<Triple> inParts;
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("parts"))) {
            try (GraphStore bulk = store.bulkLoader(7)) {
                GraphStore indexed = bulk.withIndex(index);
                for (int i = 0; i < graphs.size(); i += 10) {
                    indexed.replaceGraphs(graphs.subList(i, Math.min(graphs.size(), i + 10)));
                }
            }
            inParts = indexTriples(store, index);
        }

        assertTrue(graphs.size() > 3 * 7, "several parts: " + graphs.size() + " graphs");
        long pairs = inOnePiece.stream().filter(t -> t.getPredicate().equals(RDF.Nodes.type)
                && t.getObject().equals(ParleyVocab.ActorPair)).count();
        assertTrue(pairs > 10, "pairs of actors to compare: " + pairs);
        assertTrue(inOnePiece.stream().anyMatch(t -> t.getPredicate().equals(ParleyVocab.demandsNaming)), "regions in demands");
        Set<Triple> missing = new HashSet<>(inOnePiece);
        missing.removeAll(inParts);
        Set<Triple> extra = new HashSet<>(inParts);
        extra.removeAll(inOnePiece);
        assertEquals(Set.of(), missing, "in one piece only");
        assertEquals(Set.of(), extra, "in parts only");
    }

    /** The samples' article graphs, then {@value #COPIES} varied copies of each. */
    private static List<NamedGraph> samplesAndCopies() {
        Tdb2GraphStore samples = IngestedSamples.store();
        List<NamedGraph> originals = samples.calculateRead(dsg -> {
            List<NamedGraph> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (MINTER.isArticleGraph(g)) {
                    List<Triple> triples = new ArrayList<>();
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
                    out.add(new NamedGraph(g, triples));
                }
            });
            return out;
        });
        GraphVariants variants = new GraphVariants(Catalog.bundled(), MINTER, 1);
        List<NamedGraph> all = new ArrayList<>(originals);
        for (int copy = 1; copy <= COPIES; copy++) {
            for (NamedGraph g : originals) {
                all.add(variants.variant(g, copy));
            }
        }
        return all;
    }

    private static Set<Triple> indexTriples(Tdb2GraphStore store, StatementIndexing index) {
        return store.calculateRead(dsg -> {
            Set<Triple> out = new HashSet<>();
            dsg.find(index.graph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
            return out;
        });
    }
}
