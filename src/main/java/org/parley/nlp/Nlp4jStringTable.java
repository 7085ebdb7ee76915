package org.parley.nlp;

import java.io.Serializable;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * A read-only map from strings to non-negative ints (by default each string's position in the list it was built
 * from), kept in two primitive arrays: the records of all the strings one after the other (a record is the string's
 * length, its value in two chars and its characters), and an open-addressing hash table whose slots hold a record's
 * offset and the string's hash side by side. Written by the build with NLP4J's models ({@link Nlp4jModelCompactor}),
 * it loads as fast as the arrays can be read, with no object per string and no table to rebuild. A look-up hashes the
 * key once (a string caches its hash) and compares characters only when the hashes are equal; a key that is there
 * (nine look-ups in ten while parsing) costs two reads from memory that miss the cache, the slot and the record,
 * where a table of positions, an array of where each string ends and an array of values cost four (see
 * docs/DESIGN.md, "Ingest speed", fourth round).
 */
final class Nlp4jStringTable implements Serializable {

    private static final long serialVersionUID = 2L;
    /** A record's length and value take this many chars before its characters. */
    private static final int HEADER = 3;

    /** The records, in the order of the list the table was built from. */
    private final char[] records;
    /** Slot {@code s}: {@code slots[2s]} is the offset of a record plus one (0 when empty), {@code slots[2s + 1]} the
     * hash of its string; the table is at most half full. */
    private final int[] slots;
    private final int size;

    private Nlp4jStringTable(char[] records, int[] slots, int size) {
        this.records = records;
        this.slots = slots;
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
     */
    static Nlp4jStringTable of(List<String> keys, int[] values) {
        if (values.length != keys.size()) {
            throw new IllegalArgumentException(keys.size() + " keys but " + values.length + " values");
        }
        long length = 0;
        for (String key : keys) {
            if (key.length() > Character.MAX_VALUE) {
                throw new IllegalArgumentException("a string of " + key.length() + " characters is too long");
            }
            length += HEADER + key.length();
        }
        if (length >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the strings take " + length + " characters, too many for one table");
        }
        char[] records = new char[(int) length];
        int capacity = Integer.highestOneBit(Math.max(2, keys.size()) * 2 - 1) << 1;
        Nlp4jStringTable table = new Nlp4jStringTable(records, new int[capacity * 2], keys.size());
        int offset = 0;
        for (int i = 0; i < keys.size(); i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException("the value of '" + keys.get(i) + "' is negative: " + values[i]);
            }
            String key = keys.get(i);
            records[offset] = (char) key.length();
            records[offset + 1] = (char) (values[i] >>> 16);
            records[offset + 2] = (char) values[i];
            key.getChars(0, key.length(), records, offset + HEADER);
            table.insert(key, offset);
            offset += HEADER + key.length();
        }
        return table;
    }

    /** The value of {@code key} (its position in the list, unless values were given), or -1 when it is not there. */
    int get(Object key) {
        if (!(key instanceof String s)) {
            return -1;
        }
        int hash = s.hashCode();
        int mask = slots.length / 2 - 1;
        for (int slot = mix(hash) & mask; slots[2 * slot] != 0; slot = (slot + 1) & mask) {
            int offset = slots[2 * slot] - 1;
            if (slots[2 * slot + 1] == hash && equalsKey(offset, s)) {
                return valueAt(offset);
            }
        }
        return -1;
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

    private void insert(String key, int offset) {
        int hash = key.hashCode();
        int mask = slots.length / 2 - 1;
        int slot = mix(hash) & mask;
        while (slots[2 * slot] != 0) {
            if (slots[2 * slot + 1] == hash && equalsKey(slots[2 * slot] - 1, key)) {
                throw new IllegalArgumentException("the string '" + key + "' is given twice");
            }
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = offset + 1;
        slots[2 * slot + 1] = hash;
    }

    private boolean equalsKey(int offset, String key) {
        if (records[offset] != key.length()) {
            return false;
        }
        int start = offset + HEADER;
        for (int i = 0; i < key.length(); i++) {
            if (records[start + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Spreads the hash's high bits into the low ones the table's mask keeps (as fastutil's HashCommon.mix does). */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
