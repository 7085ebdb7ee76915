package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.IriMinter;
import org.parley.store.Tdb2GraphStore;

/** {@code parley load}'s core: shards into empty and filled stores, replacement, and shards refused before any write. */
class ShardLoadingTest {

    private static final String EX = "https://example.org/shards/";
    private static final IriMinter MINTER = new IriMinter(IriMinter.DEFAULT_BASE);

    @TempDir
    Path dir;

    private static Node node(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** Graph {@code g} whose {@code n} triples all say {@code version}. */
    private static List<Quad> graph(String g, int n, String version) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            quads.add(Quad.create(node(g), node("s" + i), node("says"), NodeFactory.createLiteralString(version)));
        }
        return quads;
    }

    private Path shard(String name, List<Quad> quads) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(file))
                : Files.newOutputStream(file)) {
            RDFDataMgr.writeQuads(out, quads.iterator());
        }
        return file;
    }

    private static List<Node> objects(Tdb2GraphStore store, String g) {
        return store.calculateRead(d -> {
            List<Node> out = new ArrayList<>();
            d.find(node(g), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
            return out;
        });
    }

    private static List<Quad> concat(List<Quad> a, List<Quad> b) {
        List<Quad> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void anEmptyStoreIsBulkLoadedWithTheCatalogAndOntologyGraphs() throws Exception {
        Path shards = shard("out/a.nq.gz", concat(graph("g1", 3, "v1"), graph("g2", 2, "v1")));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("store"))) {
            ShardLoading.Report r = ShardLoading.run(store, List.of(shards.getParent()), ShardLoading.Options.defaults());
            assertTrue(r.bulk());
            assertEquals(2, r.graphs());
            assertEquals(5, r.quads());
            assertEquals(0, r.replaced());
            assertEquals(Set.of(node("g1"), node("g2"), MINTER.catalogGraph(), MINTER.ontologyGraph(),
                    MINTER.indexGraph()), store.listGraphNames(), "the statement index is built after a bulk load");
            assertEquals(3, objects(store, "g1").size());
        }
    }

    @Test
    void aGraphLoadedAgainReplacesTheStoredOneAndOthersStay() throws Exception {
        Path first = shard("v1/a.nq.gz", concat(graph("g1", 3, "v1"), graph("g2", 2, "v1")));
        Path second = shard("v2/a.nq", graph("g1", 1, "v2"));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("store"))) {
            ShardLoading.run(store, List.of(first), ShardLoading.Options.defaults());
            ShardLoading.Report r = ShardLoading.run(store, List.of(second), ShardLoading.Options.defaults());
            assertFalse(r.bulk());
            assertEquals(1, r.replaced());
            assertEquals(List.of(NodeFactory.createLiteralString("v2")), objects(store, "g1"));
            assertEquals(2, objects(store, "g2").size());
            assertEquals(5, store.listGraphNames().size(), "no catalog, ontology or index graph twice: " + store.listGraphNames());
        }
    }

    @Test
    void ofTwoArgumentsHoldingOneGraphTheLaterWins() throws Exception {
        Path older = shard("older/a.nq.gz", graph("g1", 3, "old"));
        Path newer = shard("newer/a.nq.gz", concat(graph("g2", 1, "new"), graph("g1", 2, "new")));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("store"))) {
            ShardLoading.run(store, List.of(older, newer), ShardLoading.Options.defaults());
            assertEquals(List.of(NodeFactory.createLiteralString("new"), NodeFactory.createLiteralString("new")),
                    objects(store, "g1"));
        }
    }

    @Test
    void twoVersionsOfAGraphInOneFolderAreNotMergedByTheBulkLoader() throws Exception {
        shard("jobs/run1/a.nq.gz", concat(graph("g1", 3, "old"), graph("g2", 1, "old")));
        shard("jobs/run2/a.nq.gz", graph("g1", 2, "new"));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("store"))) {
            ShardLoading.Report r = ShardLoading.run(store, List.of(dir.resolve("jobs")), ShardLoading.Options.defaults());
            assertFalse(r.bulk(), "loaded by replacing, in the folder's order");
            assertEquals(List.of(NodeFactory.createLiteralString("new"), NodeFactory.createLiteralString("new")),
                    objects(store, "g1"));
            assertEquals(1, objects(store, "g2").size());
        }
    }

    @Test
    void aMalformedShardStopsTheLoadBeforeAnythingIsWritten() throws Exception {
        Path good = shard("out/a.nq.gz", graph("g1", 2, "v1"));
        Path bad = dir.resolve("out/b.nq");
        String quad = "<" + EX + "s> <" + EX + "p> <" + EX + "o> <" + EX + "g>";
        Files.writeString(bad, quad + " .\n" + quad + " <" + EX + "extra> .\n", StandardCharsets.UTF_8);
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("store"))) {
            ShardException e = assertThrows(ShardException.class,
                    () -> ShardLoading.run(store, List.of(good, bad), ShardLoading.Options.defaults()));
            assertTrue(e.getMessage().startsWith(bad + ": ") && e.getMessage().contains("[line: 2,"), e.getMessage());
            assertEquals(0, store.countQuads(), "nothing written");
        }
    }

    @Test
    void aGraphSplitInAShardOrATripleOutsideAGraphIsRefused() throws Exception {
        List<Quad> split = concat(concat(graph("g1", 1, "a"), graph("g2", 1, "a")), graph("g1", 1, "b"));
        Path splitShard = shard("split.nq.gz", split);
        Path tripleFile = dir.resolve("triple.nq");
        Files.writeString(tripleFile, "<" + EX + "s> <" + EX + "p> <" + EX + "o> .\n");
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("store"))) {
            String splitMessage = assertThrows(ShardException.class,
                    () -> ShardLoading.run(store, List.of(splitShard), ShardLoading.Options.defaults())).getMessage();
            assertTrue(splitMessage.contains(EX + "g1") && splitMessage.contains("not together"), splitMessage);
            String tripleMessage = assertThrows(ShardException.class,
                    () -> ShardLoading.run(store, List.of(tripleFile), ShardLoading.Options.defaults())).getMessage();
            assertTrue(tripleMessage.startsWith(tripleFile + ": a triple outside a named graph"), tripleMessage);
        }
    }

    @Test
    void aJobOutputIsLoadedOnlyWhenFinishedAndWithItsBase() throws Exception {
        Path out = dir.resolve("job");
        shard("job/quads/part-00000.nq.gz", graph("g1", 2, "v1"));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("store"))) {
            String unfinished = assertThrows(ShardException.class,
                    () -> ShardLoading.run(store, List.of(out), ShardLoading.Options.defaults())).getMessage();
            assertTrue(unfinished.contains("has not finished"), unfinished);

            ShardFolder.Summary summary = new ShardFolder.Summary("run-1", "test", "2025-01-01T00:00:00Z", "local[1]",
                    EX + "base/", List.of(), List.of("in"), 1, 1, List.of(), 0, 0, 0, 2, 1.0);
            try (OutputStream json = Files.newOutputStream(out.resolve(ShardFolder.SUMMARY))) {
                summary.write(json);
            }
            Files.createFile(out.resolve(ShardFolder.SUCCESS));
            String otherBase = assertThrows(ShardException.class, () -> ShardLoading.run(store, List.of(out),
                    new ShardLoading.Options(IriMinter.DEFAULT_BASE, List.of(), 256))).getMessage();
            assertTrue(otherBase.contains("--base " + EX + "base/"), otherBase);

            ShardLoading.run(store, List.of(out), ShardLoading.Options.defaults());
            IriMinter jobMinter = new IriMinter(EX + "base/");
            assertEquals(Set.of(node("g1"), jobMinter.catalogGraph(), jobMinter.ontologyGraph(), jobMinter.indexGraph()),
                    store.listGraphNames(), "the reference and index graphs are named under the job's base");
        }
    }

    @Test
    void noShardsAddTheCatalogAndOntologyGraphsOnly() throws Exception {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("store"))) {
            ShardLoading.Report r = ShardLoading.run(store, List.of(), ShardLoading.Options.defaults());
            assertEquals(0, r.graphs());
            assertEquals(Set.of(MINTER.catalogGraph(), MINTER.ontologyGraph(), MINTER.indexGraph()), store.listGraphNames());
        }
    }

    @Test
    void aMissingArgumentOrAFileOfAnotherTypeIsRefused() throws Exception {
        Path turtle = dir.resolve("data.ttl");
        Files.writeString(turtle, "");
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir.resolve("store"))) {
            assertEquals(dir.resolve("nope") + ": no such file or folder", assertThrows(ShardException.class,
                    () -> ShardLoading.run(store, List.of(dir.resolve("nope")), ShardLoading.Options.defaults())).getMessage());
            assertTrue(assertThrows(ShardException.class, () -> ShardLoading.run(store, List.of(turtle),
                    ShardLoading.Options.defaults())).getMessage().contains("not an N-Quads shard"));
            assertEquals(0, store.countQuads());
        }
    }
}
