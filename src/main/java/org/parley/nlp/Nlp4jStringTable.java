package org.parley.nlp;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * A read-only map from strings to non-negative ints (by default each string's position in the list it was built
 * from), kept in two primitive arrays: the records of all the strings one after the other (a record is the string's
 * length, its value in two chars and its characters; read only to list the table), and an open-addressing hash table
 * of longs, each slot holding a string's value beside the high bits of a 64-bit hash of its characters (its
 * fingerprint). Written by the build with NLP4J's models ({@link Nlp4jModelCompactor}), it loads as fast as the
 * arrays can be read, with no object per string and no table to rebuild. A look-up hashes the key's characters and
 * reads slots from the one the hash's low bits choose until an empty one: a slot with the key's fingerprint gives
 * its value. So a key that is there (nine look-ups in ten while parsing) costs one read from memory that misses the
 * cache, the slot, where comparing the characters with the string's record cost a second one that waited on the
 * first (the records' table before, see docs/DESIGN.md, "Ingest speed"). The build refuses two strings whose
 * fingerprints could meet on a look-up; a string that is not there finds a value only when its fingerprint equals
 * one met on its way, which the hash's bits above both the value's and the slot number's make a chance of about one
 * in 2<sup>40</sup> per slot read for NLP4J's feature maps (a million strings; one wrong feature in some hundred
 * million articles).
 */
final class Nlp4jStringTable implements Serializable {

    private static final long serialVersionUID = 3L;
    /** A record's length and value take this many chars before its characters. */
    private static final int HEADER = 3;

    /** The records, in the order of the list the table was built from. */
    private final char[] records;
    /**
     * The table, at most half full, its length a power of two: 0 for an empty slot, else a string's fingerprint (its
     * hash shifted right by {@link #valueBits}) shifted left by {@link #valueBits}, or'ed with its value plus one.
     */
    private final long[] slots;
    /** How many low bits of a slot hold the value plus one: enough for the largest value. */
    private final int valueBits;
    private final int size;

    private Nlp4jStringTable(char[] records, long[] slots, int valueBits, int size) {
        this.records = records;
        this.slots = slots;
        this.valueBits = valueBits;
        this.size = size;
    }

    /** @param keys distinct strings; a string's position in this list is what {@link #get} gives for it */
    static Nlp4jStringTable of(List<String> keys) {
        int[] positions = new int[keys.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        return of(keys, positions);
    }

    /**
     * @param keys   distinct strings of at most 65,535 characters
     * @param values what {@link #get} gives for each key, in the keys' order; none negative
     * @throws IllegalArgumentException for a key given twice, too long, or a value negative or missing
     * @throws IllegalStateException    when two keys' fingerprints meet (never seen; a different hash seed would part
     *                                  them)
     */
    static Nlp4jStringTable of(List<String> keys, int[] values) {
        if (values.length != keys.size()) {
            throw new IllegalArgumentException(keys.size() + " keys but " + values.length + " values");
        }
        long length = 0;
        int max = 0;
        for (int i = 0; i < values.length; i++) {
            String key = keys.get(i);
            if (key.length() > Character.MAX_VALUE) {
                throw new IllegalArgumentException("a string of " + key.length() + " characters is too long");
            }
            if (values[i] < 0) {
                throw new IllegalArgumentException("the value of '" + key + "' is negative: " + values[i]);
            }
            length += HEADER + key.length();
            max = Math.max(max, values[i]);
        }
        if (length >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the strings take " + length + " characters, too many for one table");
        }
        if (new HashSet<>(keys).size() != keys.size()) {
            throw new IllegalArgumentException("a string is given twice");
        }
        char[] records = new char[(int) length];
        int capacity = Integer.highestOneBit(Math.max(2, keys.size()) * 2 - 1) << 1;
        int valueBits = 64 - Long.numberOfLeadingZeros(max + 1L);
        Nlp4jStringTable table = new Nlp4jStringTable(records, new long[capacity], valueBits, keys.size());
        int offset = 0;
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            records[offset] = (char) key.length();
            records[offset + 1] = (char) (values[i] >>> 16);
            records[offset + 2] = (char) values[i];
            key.getChars(0, key.length(), records, offset + HEADER);
            table.insert(key, values[i]);
            offset += HEADER + key.length();
        }
        return table;
    }

    /** The value of {@code key} (its position in the list, unless values were given), or -1 when it is not there. */
    int get(Object key) {
        if (!(key instanceof String s)) {
            return -1;
        }
        long hash = hash(s);
        long fingerprint = hash >>> valueBits;
        int mask = slots.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (entry >>> valueBits == fingerprint) {
                return (int) (entry & (1L << valueBits) - 1) - 1;
            }
        }
    }

    /** Gives {@code action} each string and its value, in the order of the list the table was built from. */
    void forEach(ObjIntConsumer<String> action) {
        for (int offset = 0; offset < records.length; offset += HEADER + records[offset]) {
            action.accept(new String(records, offset + HEADER, records[offset]), valueAt(offset));
        }
    }

    /** The value the record at {@code offset} holds in its two chars after the length. */
    private int valueAt(int offset) {
        return records[offset + 1] << 16 | records[offset + 2];
    }

    int size() {
        return size;
    }

    /** Puts a key's fingerprint and value in the first empty slot of its run; refuses a fingerprint met on the way. */
    private void insert(String key, int value) {
        long hash = hash(key);
        long fingerprint = hash >>> valueBits;
        int mask = slots.length - 1;
        int slot = (int) hash & mask;
        while (slots[slot] != 0) {
            if (slots[slot] >>> valueBits == fingerprint) {
                throw new IllegalStateException("the strings' fingerprints meet at '" + key + "'");
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = fingerprint << valueBits | value + 1L;
    }

    /** A 64-bit hash of the characters: FNV-1a over the chars, then MurmurHash3's finalizer to spread every bit. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }
}
