package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.IriMinter;
import org.parley.rdf.ParleyVocab;
import org.parley.store.GraphStore;
import org.parley.store.GraphStore.NamedGraph;
import org.parley.store.Tdb2GraphStore;

class StoreUpkeepTest {

    static final IriMinter MINTER = new IriMinter(IriMinter.DEFAULT_BASE);

    static List<NamedGraph> articles(int from, int to, String version) {
        List<NamedGraph> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Node g = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "graph/article/a" + i);
            Node s = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "article/a" + i + "/statement/s1");
            out.add(new NamedGraph(g, List.of(Triple.create(s, RDF.Nodes.type, ParleyVocab.Demand),
                    Triple.create(s, ParleyVocab.cue, NodeFactory.createLiteralString(version)))));
        }
        return out;
    }

    @Test
    void compactsWhenReplacedArticlesReachTheShareAskedFor(@TempDir Path dir) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("store"))) {
            GraphStore indexed = store.withIndex(new StatementIndexing(MINTER));
            indexed.replaceGraphs(articles(0, 10, "first"));
            assertEquals(10, StoreUpkeep.articles(store, MINTER));
            indexed.replaceGraphs(articles(0, 1, "second"));
            assertEquals(1, StoreUpkeep.replacedArticles(store, MINTER));
            assertFalse(StoreUpkeep.compactIfWorthIt(store, MINTER, 20), "1 of 10 replaced: under 20 %");
            indexed.replaceGraphs(articles(1, 2, "second"));
            assertFalse(StoreUpkeep.compactIfWorthIt(store, MINTER, 0), "0: never");
            assertTrue(StoreUpkeep.compactIfWorthIt(store, MINTER, 20), "2 of 10 replaced: 20 %");
            assertEquals(0, StoreUpkeep.replacedArticles(store, MINTER), "counting starts again after compaction");
            assertEquals(10, StoreUpkeep.articles(store, MINTER));
        }
    }

    @Test
    void buildsTheIndexOfAStoreMadeWithoutOne() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            store.replaceGraphs(articles(0, 3, "old"));
            assertEquals(0, StoreUpkeep.articles(store, MINTER));
            assertTrue(StoreUpkeep.ensureIndex(store, MINTER));
            assertEquals(3, StoreUpkeep.articles(store, MINTER));
            assertFalse(StoreUpkeep.ensureIndex(store, MINTER), "once");
        }
    }
    @Test
    void rebuildsAnIndexOfAnOlderVersion() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            Node g = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "graph/article/a0");
            Node article = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "article/a0");
            Node s = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "article/a0/statement/s1");
            Node unreported = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "article/a0/statement/s2");
            Node place = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "entity/region/r");
            Node catalog = MINTER.catalogGraph();
            Node city = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "entity/city/c");
            store.withIndex(new StatementIndexing(MINTER)).replaceGraphs(List.of(new NamedGraph(g, List.of(
                    Triple.create(s, RDF.Nodes.type, ParleyVocab.Demand),
                    Triple.create(s, ParleyVocab.namesRegion, place),
                    Triple.create(place, RDF.Nodes.type, ParleyVocab.Region),
                    Triple.create(place, RDFS.Nodes.label, NodeFactory.createLiteralString("North Province")),
                    Triple.create(article, ParleyVocab.reports, s),
                    Triple.create(article, ParleyVocab.sourceName, NodeFactory.createLiteralString("a0.txt")),
                    Triple.create(unreported, RDF.Nodes.type, ParleyVocab.Offer),
                    Triple.create(unreported, ParleyVocab.by, place)))));
            Node index = MINTER.indexGraph();
            assertFalse(StoreUpkeep.ensureIndex(store, MINTER),
                    "an index of this version is left as it is, though a statement no article reports has no key");
            // what an index made before the demand keys (2026-12-05), the evidence and the label keys (2026-12-06)
            // lacks, and a catalog graph written before the label keys
            store.executeWrite(dsg -> List.of(ParleyVocab.demandKey, ParleyVocab.evidenceKey, ParleyVocab.labelKey,
                    ParleyVocab.indexVersion).forEach(p -> dsg.deleteAny(index, Node.ANY, p, Node.ANY)));
            store.replaceGraphs(List.of(new NamedGraph(catalog, List.of(
                    Triple.create(city, RDF.Nodes.type, ParleyVocab.City),
                    Triple.create(city, RDFS.Nodes.label, NodeFactory.createLiteralString("Ayville")),
                    Triple.create(city, ParleyVocab.Skos.altLabel, NodeFactory.createLiteralString("AYVILLE")),
                    Triple.create(city, ParleyVocab.Skos.altLabel, NodeFactory.createLiteralString("Ay Town"))))));
            assertTrue(StoreUpkeep.ensureIndex(store, MINTER), "no version: made by an older Parley");
            assertEquals(1, store.listObjects(index, place, ParleyVocab.demandKey).size());
            assertEquals(1, store.listObjects(index, place, ParleyVocab.evidenceKey).size());
            assertEquals(List.of(NodeFactory.createLiteralString("north province")),
                    store.listObjects(index, place, ParleyVocab.labelKey));
            assertEquals(List.of("ay town", "ayville"), store.listObjects(catalog, city, ParleyVocab.labelKey).stream()
                    .map(Node::getLiteralLexicalForm).sorted().toList(), "one key per name, whatever its case");
            assertFalse(StoreUpkeep.ensureIndex(store, MINTER), "once");
        }
    }
}
