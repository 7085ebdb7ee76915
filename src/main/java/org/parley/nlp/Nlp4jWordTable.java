package org.parley.nlp;

/**
 * A set of strings and string sequences kept as 64-bit hashes in one open-addressing array, for NLP4J's word-keyed
 * lexica: a million words or phrases as {@code HashMap}s of strings cost several hundred MB of heap, as hashes about
 * 13 bytes each. A lookup answers the slot of a key, or -1. Two keys could share a hash; at 64 bits and a few million
 * keys the chance is about one in ten million per lexicon, and a clash only adds a wrong lexicon feature.
 */
final class Nlp4jWordTable {

    private static final long SEED = 0x2545F4914F6CDD1DL;
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private final long[] keys;
    private final int mask;

    private Nlp4jWordTable(long[] keys) {
        if (Integer.bitCount(keys.length) != 1) {
            throw new IllegalArgumentException("table size " + keys.length + " is not a power of two");
        }
        this.keys = keys;
        this.mask = keys.length - 1;
    }

    /** An empty table for up to {@code capacity} keys (filled at most to two thirds). */
    static Nlp4jWordTable withCapacity(int capacity) {
        int slots = Integer.highestOneBit(Math.max(2, capacity * 3 / 2)) << 1;
        return new Nlp4jWordTable(new long[slots]);
    }

    /** The table whose slots are {@code keys} (as {@link #keys()} gave them). */
    static Nlp4jWordTable of(long[] keys) {
        return new Nlp4jWordTable(keys);
    }

    /** The slots, to serialize; 0 marks an empty slot. */
    long[] keys() {
        return keys;
    }

    int slots() {
        return keys.length;
    }

    /** The hash of a sequence before its first word. */
    static long start() {
        return SEED;
    }

    /** The hash of a sequence {@code prefix} followed by {@code word}; never 0. */
    static long extend(long prefix, String word) {
        long h = prefix;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * MULTIPLIER;
        }
        h = (h ^ (h >>> 29) ^ word.length()) * MULTIPLIER;
        h ^= h >>> 32;
        return h == 0 ? 1 : h;
    }

    /** The hash of one word. */
    static long word(String word) {
        return extend(start(), word);
    }

    /** The slot of {@code key}, or -1 when it is not in the table. */
    int find(long key) {
        int i = (int) key & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == 0) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The slot of {@code key}, added when it is not there yet. */
    int add(long key) {
        int i = (int) key & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        return i;
    }
}
