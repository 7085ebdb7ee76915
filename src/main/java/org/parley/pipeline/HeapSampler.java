package org.parley.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Samples the heap while it runs: the peak in use (what the collector has not yet reclaimed included)
 * and the peak left after a collection, which is what the pipeline really holds.
 */
final class HeapSampler implements AutoCloseable {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakLive;

    HeapSampler() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        thread = new Thread(this::sample, "parley-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            long used = 0;
            long live = 0;
            for (MemoryPoolMXBean pool : pools) {
                used += pool.getUsage().getUsed();
                if (pool.getCollectionUsage() != null) {
                    live += pool.getCollectionUsage().getUsed();
                }
            }
            peakUsed = Math.max(peakUsed, used);
            peakLive = Math.max(peakLive, live);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakUsed() {
        return peakUsed;
    }

    long peakLive() {
        return peakLive;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
