package org.parley.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * What one task wrote for its partition: the attempt's shard file, its counts and the inputs it skipped. Spark returns
 * the result of exactly one successful attempt per partition, so the job's summary counts each article once.
 *
 * @param partition  the partition
 * @param file       the attempt's shard file, or null when the partition stored no article
 * @param stored     articles written
 * @param statements their statements
 * @param mentions   their mentions
 * @param tokens     their tokens
 * @param quads      quads written
 * @param skipped    the inputs skipped, with their place in the reading order
 */
record ShardResult(int partition, String file, long stored, long statements, long mentions, long tokens, long quads,
                   List<Skipped> skipped) implements Serializable {

    ShardResult {
        skipped = List.copyOf(skipped);
    }

    /** One input that gave no article graph: {@code location: reason}, and where it was in the reading order. */
    record Skipped(int file, long ordinal, String line) implements Serializable {

        static final Comparator<Skipped> READING_ORDER = Comparator.comparingInt(Skipped::file)
                .thenComparingLong(Skipped::ordinal).thenComparing(Skipped::line);
    }
}
