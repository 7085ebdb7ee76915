package org.parley.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import org.parley.nlp.Nlp4jDependencyParser;
import org.parley.nlp.Nlp4jNameTagger;

/**
 * What the statistical name tagger's model (NLP4J's named-entity model with its compact gazetteers and embeddings)
 * adds to start-up: its load time and the heap it holds, live after a collection. The parser's models, which the
 * tagger shares, are loaded first and not counted.
 *
 * @param loadMs    loading the model, wall clock
 * @param loadCpuMs the same in CPU time of the measuring thread
 * @param heapBytes heap the model holds, live after a collection
 */
public record NameTaggerCost(double loadMs, double loadCpuMs, long heapBytes) {

    /** Measures once, in a JVM that has not loaded the tagger yet; call before the pipeline runs. */
    public static NameTaggerCost measure() {
        new Nlp4jDependencyParser();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = liveHeap(memory);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        new Nlp4jNameTagger();
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        return new NameTaggerCost((t1 - t0) / 1e6, (c1 - c0) / 1e6, Math.max(0, liveHeap(memory) - before));
    }

    private static long liveHeap(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** One line for the benchmark report. */
    public String line() {
        return String.format("name tagger (NLP4J named-entity model, compact): loaded in %.0f ms (%.0f CPU ms); %.0f MB"
                + " of heap live after a collection", loadMs, loadCpuMs, heapBytes / 1e6);
    }
}
