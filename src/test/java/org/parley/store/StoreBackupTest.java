package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.GraphStore.NamedGraph;

class StoreBackupTest {

    private static final String EX = "https://example.org/backup/";

    @TempDir
    Path dir;

    /** Graph {@code g} with {@code n} triples that all carry {@code version}. */
    private static NamedGraph graph(int g, int n, int version) {
        List<Triple> ts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ts.add(Triple.create(NodeFactory.createURI(EX + "s" + i), NodeFactory.createURI(EX + "v"),
                    NodeFactory.createLiteralString(Integer.toString(version))));
        }
        return new NamedGraph(NodeFactory.createURI(EX + "g" + g), ts);
    }

    @Test
    void aStoreRebuiltFromABackupHoldsTheSameQuads() throws IOException {
        Path backup = dir.resolve("b.nq.gz");
        DatasetGraph original = DatasetGraphFactory.create();
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("store"))) {
            store.replaceGraphs(List.of(graph(1, 3, 1), graph(2, 4, 1)));
            store.replaceGraphs(List.of(new NamedGraph(NodeFactory.createURI(EX + "lit"), List.of(Triple.create(
                    NodeFactory.createURI(EX + "s"), NodeFactory.createURI(EX + "label"),
                    NodeFactory.createLiteralLang("Kyjiw \"Київ\"\nline", "uk"))))));
            assertEquals(8, StoreBackup.writeFile(store, backup));
            store.calculateRead(d -> {
                d.find().forEachRemaining(original::add);
                return null;
            });
        }
        Path restored = dir.resolve("restored");
        assertEquals(8, StoreBackup.restore(backup, restored));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(restored)) {
            DatasetGraph copy = DatasetGraphFactory.create();
            store.calculateRead(d -> {
                d.find().forEachRemaining(copy::add);
                return null;
            });
            assertEquals(quads(original), quads(copy));
        }
        assertThrows(IllegalStateException.class, () -> StoreBackup.restore(backup, restored), "only into an empty store");
    }

    private static Set<Quad> quads(DatasetGraph d) {
        Set<Quad> out = new HashSet<>();
        d.find().forEachRemaining(out::add);
        return out;
    }

    @Test
    void aBackupTakenWhileWritesGoOnHoldsEveryBatchWholeOrNotAtAll() throws Exception {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("busy"))) {
            store.replaceGraphs(List.of(graph(0, 50, 0), graph(1, 50, 0)));
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int version = 1; writing.get(); version++) {
                    store.replaceGraphs(List.of(graph(0, 50, version), graph(1, 50, version)));
                }
            });
            writer.start();
            try {
                for (int i = 0; i < 5; i++) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    StoreBackup.write(store, out);
                    DatasetGraph snapshot = DatasetGraphFactory.create();
                    RDFParser.source(new GZIPInputStream(new java.io.ByteArrayInputStream(out.toByteArray())))
                            .lang(Lang.NQUADS).parse(snapshot);
                    Map<Node, Set<String>> versionsByGraph = new HashMap<>();
                    snapshot.find().forEachRemaining(q -> versionsByGraph.computeIfAbsent(q.getGraph(), g -> new HashSet<>())
                            .add(q.getObject().getLiteralLexicalForm()));
                    Set<String> all = new HashSet<>();
                    versionsByGraph.values().forEach(all::addAll);
                    assertEquals(1, all.size(), "both graphs of one batch, at one version: " + versionsByGraph);
                    assertEquals(100, quads(snapshot).size());
                }
            } finally {
                writing.set(false);
                writer.join();
            }
        }
        assertTrue(Files.exists(dir.resolve("busy")));
    }
}
