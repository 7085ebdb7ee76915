package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Tdb2GraphStore;

/** {@code parley bench --store DIR}: the named queries timed on a kept store, and nothing else. */
class BenchmarkQueriesOnTest {

    @TempDir
    Path dir;

    @Test
    void timesOnlyTheQueriesAskedForOnAKeptStore() {
        Path store = dir.resolve("store-1");
        Tdb2GraphStore.open(store).close();
        List<String> progress = new ArrayList<>();
        List<String> lines = Benchmark.queriesOn(store, 1, Set.of(), Set.of("find-entity", "label-of-entity"), progress::add);
        assertEquals(3, lines.size(), "a heading and one line per query: " + lines);
        assertTrue(lines.get(0).startsWith("queries on " + store), lines.get(0));
        assertTrue(lines.get(1).trim().startsWith("find-entity"), lines.get(1));
        assertTrue(lines.get(2).trim().startsWith("label-of-entity"), lines.get(2));
        assertTrue(lines.get(1).contains("p50"), "timed, not failed: " + lines.get(1));
    }

    @Test
    void buildsTheStatementIndexOfAStoreAnOlderParleyMadeFirst() {
        Path store = dir.resolve("store-old");
        try (Tdb2GraphStore old = Tdb2GraphStore.open(store)) {
            old.replaceGraphs(StoreUpkeepTest.articles(0, 2, "old"));
        }
        List<String> lines = Benchmark.queriesOn(store, 1, Set.of(), Set.of("find-entity"), line -> { });
        assertTrue(lines.get(0).startsWith("statement index of " + store + " built again"), lines.get(0));
        assertTrue(lines.get(1).startsWith("queries on " + store), lines.get(1));
        try (Tdb2GraphStore indexed = Tdb2GraphStore.open(store)) {
            assertEquals(2, StoreUpkeep.articles(indexed, StoreUpkeepTest.MINTER), "the index is there for serve too");
        }
    }

    @Test
    void refusesAFolderWithoutAStoreAndNamesNoQueryHas() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Benchmark.queriesOn(dir.resolve("none"), 1, Set.of(), Set.of(), line -> { }));
        assertTrue(missing.getMessage().contains("--keep"), missing.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Benchmark.queriesOn(dir, 1, Set.of(), Set.of("no-such-query"), line -> { }));
        assertTrue(unknown.getMessage().contains("no-such-query"), unknown.getMessage());
    }
}
