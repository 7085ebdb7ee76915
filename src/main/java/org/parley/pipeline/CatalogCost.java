package org.parley.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;
import org.parley.catalog.Catalog;
import org.parley.catalog.LocatedEntry;
import org.parley.extract.CatalogMentionFinder;

/**
 * What the bundled catalog costs at start-up, measured afresh (not from the cached {@link Catalog#bundled()}): the
 * time to read and parse its files, the time to build the mention finder's name index over it, and the heap both
 * hold, live after a collection.
 *
 * @param entries   catalog entries
 * @param readMs    reading and parsing the files
 * @param indexMs   building the mention finder (its name index)
 * @param heapBytes heap held by the catalog and the finder, live after a collection
 */
public record CatalogCost(int entries, double readMs, double indexMs, long heapBytes) {

    /** Measures once; call before the pipeline runs, so that its garbage does not blur the heap figure. */
    public static CatalogCost measure() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = liveHeap(memory);
        long t0 = System.nanoTime();
        Catalog catalog = Catalog.of(Catalog.readBundledLocated().stream().map(LocatedEntry::entry).toList());
        long t1 = System.nanoTime();
        CatalogMentionFinder finder = new CatalogMentionFinder(catalog);
        long t2 = System.nanoTime();
        long after = liveHeap(memory);
        Reference.reachabilityFence(catalog); // both stay reachable until the heap was measured
        Reference.reachabilityFence(finder);
        return new CatalogCost(catalog.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, Math.max(0, after - before));
    }

    private static long liveHeap(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** One line for the benchmark report. */
    public String line() {
        return String.format("catalog: %d entries; read and parsed in %.0f ms, name index built in %.0f ms (aim: under"
                + " 1 s added to start-up); %.0f MB of heap live after a collection", entries, readMs, indexMs, heapBytes / 1e6);
    }
}
