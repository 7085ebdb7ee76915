package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.parley.export.NetworkFilter;
import org.parley.export.NetworkSnapshot;
import org.parley.export.SampleStore;
import org.parley.store.GraphStore.NamedGraph;
import org.parley.store.Tdb2GraphStore;

class NetworkCacheTest {

    @Test
    void aNetworkIsAggregatedOncePerFilterUntilTheStoreChanges() {
        try (Tdb2GraphStore store = SampleStore.open()) {
            NetworkCache cache = new NetworkCache(store.datasetGraph());
            NetworkSnapshot all = cache.get(NetworkFilter.all());
            assertSame(all, cache.get(NetworkFilter.all()));
            assertSame(all, cache.get(NetworkFilter.all().withAround(SampleStore.OSCE, 1)), "around is applied in memory");
            NetworkSnapshot later = cache.get(new NetworkFilter(LocalDate.of(2024, 3, 5), null, null, null, 1));
            assertNotSame(all, later);
            assertSame(later, cache.get(new NetworkFilter(LocalDate.of(2024, 3, 5), null, null, null, 1)));

            store.replaceGraphs(List.of(new NamedGraph(NodeFactory.createURI("https://example.org/g"), List.of(Triple.create(
                    NodeFactory.createURI("https://example.org/s"), NodeFactory.createURI("https://example.org/p"),
                    NodeFactory.createLiteralString("o"))))));
            assertNotSame(all, cache.get(NetworkFilter.all()), "a write makes it aggregate again");
        }
    }
}
