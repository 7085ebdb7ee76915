package org.parley.pipeline;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.parley.rdf.IriMinter;
import org.parley.rdf.LabelKeys;
import org.parley.rdf.ParleyVocab;
import org.parley.rdf.StatementIndex;
import org.parley.store.Tdb2GraphStore;

/**
 * Compaction when it pays: TDB2 keeps the old triples of a replaced graph until the store is compacted, and
 * compacting costs what the whole store costs, so it runs when the article graphs replaced since the last
 * compaction (counted in the statement index) reach a share of the store, or when asked.
 */
public final class StoreUpkeep {

    private StoreUpkeep() {
    }

    /**
     * Builds the statement index of a store that has graphs but no index, or an index of an older version (without
     * {@code parley:indexVersion} {@link StatementIndex#VERSION}: one an older Parley made, without the demand keys of
     * 2026-12-05 or the evidence and label keys of 2026-12-06), and then gives the catalog graph the label keys an
     * older Parley did not write ({@link LabelKeys#addMissing}). Returns whether it did. Reads every graph once.
     */
    public static boolean ensureIndex(Tdb2GraphStore store, IriMinter minter) {
        Node index = minter.indexGraph();
        if (store.isEmpty()
                || store.contains(Quad.create(index, index, ParleyVocab.indexVersion, StatementIndex.VERSION))) {
            return false;
        }
        store.rebuildIndex(new StatementIndexing(minter));
        store.executeWrite(dsg -> LabelKeys.addMissing(dsg, minter.catalogGraph()));
        return true;
    }

    /** Article graphs the store holds, from the statement index (0 when it has none). */
    public static long articles(Tdb2GraphStore store, IriMinter minter) {
        return count(store, minter, ParleyVocab.articles);
    }

    /** Article graphs replaced since the last compaction, from the statement index. */
    public static long replacedArticles(Tdb2GraphStore store, IriMinter minter) {
        return count(store, minter, ParleyVocab.replacedArticles);
    }

    /**
     * Compacts the store when the article graphs replaced since the last compaction are at least {@code percent}
     * percent of those it holds; {@code percent} 0 never compacts. Returns whether it compacted.
     */
    public static boolean compactIfWorthIt(Tdb2GraphStore store, IriMinter minter, int percent) {
        long replaced = replacedArticles(store, minter);
        if (percent <= 0 || replaced == 0 || replaced * 100 < (long) percent * articles(store, minter)) {
            return false;
        }
        compact(store, minter);
        return true;
    }

    /** Compacts the store and starts counting replaced article graphs again. */
    public static void compact(Tdb2GraphStore store, IriMinter minter) {
        store.compact();
        Node index = minter.indexGraph();
        store.executeWrite(dsg -> dsg.deleteAny(index, index, ParleyVocab.replacedArticles, Node.ANY));
    }

    private static long count(Tdb2GraphStore store, IriMinter minter, Node property) {
        Node index = minter.indexGraph();
        List<Node> values = store.listObjects(index, index, property);
        return values.stream().filter(Node::isLiteral).mapToLong(n -> Long.parseLong(n.getLiteralLexicalForm())).sum();
    }
}
