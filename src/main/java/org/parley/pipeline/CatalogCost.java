package org.parley.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import org.parley.catalog.Catalog;
import org.parley.catalog.LocatedEntry;
import org.parley.extract.mention.CatalogMentionFinder;

/**
 * What the bundled catalog costs at start-up, measured afresh (not from the cached {@link Catalog#bundled()}): the
 * time to read and parse its files, the time to build the mention finder's name index over it, and the heap both
 * hold, live after a collection.
 *
 * @param entries    catalog entries
 * @param readMs     reading and parsing the files, wall clock
 * @param indexMs    building the mention finder (its name index), wall clock
 * @param readCpuMs  the same in CPU time of the measuring thread (not skewed by other load on the machine)
 * @param indexCpuMs the same in CPU time
 * @param heapBytes  heap held by the catalog and the finder, live after a collection
 */
public record CatalogCost(int entries, double readMs, double indexMs, double readCpuMs, double indexCpuMs,
                          long heapBytes) {

    /** Measures once; call before the pipeline runs, so that its garbage does not blur the heap figure. */
    public static CatalogCost measure() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = liveHeap(memory);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        Catalog catalog = Catalog.of(Catalog.readBundledLocated().stream().map(LocatedEntry::entry).toList());
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        CatalogMentionFinder finder = new CatalogMentionFinder(catalog);
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        long after = liveHeap(memory);
        Reference.reachabilityFence(catalog); // both stay reachable until the heap was measured
        Reference.reachabilityFence(finder);
        return new CatalogCost(catalog.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (c1 - c0) / 1e6, (c2 - c1) / 1e6,
                Math.max(0, after - before));
    }

    private static long liveHeap(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** One line for the benchmark report. */
    public String line() {
        return String.format("catalog: %d entries; read and parsed in %.0f ms (%.0f CPU ms), name index built in %.0f ms"
                + " (%.0f CPU ms) (aim: under 1 s added to start-up); %.0f MB of heap live after a collection", entries,
                readMs, readCpuMs, indexMs, indexCpuMs, heapBytes / 1e6);
    }
}
