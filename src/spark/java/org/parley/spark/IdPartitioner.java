package org.parley.spark;

import org.apache.spark.Partitioner;

/** Partitions {@link InputItem.Key}s by article identity alone, so that every copy of an article meets in one partition. */
final class IdPartitioner extends Partitioner {

    private static final long serialVersionUID = 1L;

    private final int partitions;

    IdPartitioner(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("at least one partition: " + partitions);
        }
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        return Math.floorMod(((InputItem.Key) key).id().hashCode(), partitions);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdPartitioner p && p.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return partitions;
    }
}
