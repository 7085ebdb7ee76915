package org.parley.serve;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops running queries before the heap runs out. Sorting and DISTINCT spill to disk, but ARQ keeps the groups of a
 * GROUP BY and the tables of its hash joins in memory; a query that grows them without end would take the server
 * down. After each garbage collection that leaves the heap fuller than {@code fraction} of its maximum, every query
 * that has run for a second or more is stopped (its client gets 503 and a message saying why). Thread-safe.
 */
final class HeapGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HeapGuard.class);
    private static final long CHECK_MILLIS = 200;
    /** Queries younger than this are spared: the short ones did not fill the heap. */
    static final long MIN_AGE_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** What the guard reads of the heap: bytes in use after the last collection, the collections so far, the maximum. */
    interface Heap {
        long usedAfterLastCollection();

        long collections();

        long max();
    }

    private final RunningQueries queries;
    private final double fraction;
    private final Heap heap;
    private final ScheduledExecutorService timer;
    private long lastCollectionActedOn = -1;

    HeapGuard(RunningQueries queries, double fraction, Heap heap, boolean schedule) {
        this.queries = queries;
        this.fraction = fraction;
        this.heap = heap;
        if (schedule) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "parley-heap-guard");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::checkQuietly, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    /** Starts a guard on this JVM's heap that checks five times a second. */
    static HeapGuard start(RunningQueries queries, double fraction) {
        return new HeapGuard(queries, fraction, new JvmHeap(), true);
    }

    /** One check; returns the number of queries stopped. Acts at most once per collection. */
    synchronized int check() {
        long collections = heap.collections();
        if (collections == lastCollectionActedOn) {
            return 0;
        }
        long used = heap.usedAfterLastCollection();
        long max = heap.max();
        if (max <= 0 || used < fraction * max) {
            return 0;
        }
        lastCollectionActedOn = collections;
        int stopped = queries.stopForMemory(MIN_AGE_NANOS);
        if (stopped > 0) {
            LOG.warn("Heap {} MB of {} MB after a collection (limit {} %): stopped {} running queries", used >> 20,
                    max >> 20, Math.round(fraction * 100), stopped);
        }
        return stopped;
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.warn("heap check failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The heap of this JVM, from its memory pool and collector beans. */
    static final class JvmHeap implements Heap {
        @Override
        public long usedAfterLastCollection() {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage after = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
                if (after != null) {
                    used += after.getUsed();
                }
            }
            return used;
        }

        @Override
        public long collections() {
            long n = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                n += Math.max(0, gc.getCollectionCount());
            }
            return n;
        }

        @Override
        public long max() {
            return Runtime.getRuntime().maxMemory();
        }
    }
}
