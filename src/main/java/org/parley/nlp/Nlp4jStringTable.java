package org.parley.nlp;

import java.io.Serializable;
import java.util.List;

/**
 * A read-only set of strings, each with its position in the list it was built from, kept in four primitive arrays:
 * the characters of all the strings one after the other, where each ends, and an open-addressing hash table (slots
 * holding a string's position and its hash). Written by the build with NLP4J's models ({@link Nlp4jModelCompactor}),
 * it loads as fast as the arrays can be read, with no object per string and no table to rebuild; a look-up hashes
 * the key once (a string caches its hash) and compares characters only when the hashes are equal.
 */
final class Nlp4jStringTable implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The characters of every string, in order. */
    private final char[] chars;
    /** String {@code i} ends (exclusive) at {@code ends[i]} and starts where string {@code i - 1} ends. */
    private final int[] ends;
    /** Slot {@code s} holds the position of a string plus one, 0 when empty; the table is at most half full. */
    private final int[] slots;
    /** The hash of the string in slot {@code s}. */
    private final int[] slotHashes;

    private Nlp4jStringTable(char[] chars, int[] ends, int[] slots, int[] slotHashes) {
        this.chars = chars;
        this.ends = ends;
        this.slots = slots;
        this.slotHashes = slotHashes;
    }

    /** @param keys distinct strings; a string's position in this list is what {@link #indexOf} gives for it */
    static Nlp4jStringTable of(List<String> keys) {
        int[] ends = new int[keys.size()];
        int length = 0;
        for (int i = 0; i < keys.size(); i++) {
            length += keys.get(i).length();
            ends[i] = length;
        }
        char[] chars = new char[length];
        for (int i = 0; i < keys.size(); i++) {
            keys.get(i).getChars(0, keys.get(i).length(), chars, i == 0 ? 0 : ends[i - 1]);
        }
        int capacity = Integer.highestOneBit(Math.max(2, keys.size()) * 2 - 1) << 1;
        Nlp4jStringTable table = new Nlp4jStringTable(chars, ends, new int[capacity], new int[capacity]);
        for (int i = 0; i < keys.size(); i++) {
            table.insert(keys.get(i), i);
        }
        return table;
    }

    /** The position of {@code key} in the list the table was built from, or -1 when it is not there. */
    int indexOf(Object key) {
        if (!(key instanceof String s)) {
            return -1;
        }
        int hash = s.hashCode();
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (slotHashes[slot] == hash && equalsKey(slots[slot] - 1, s)) {
                return slots[slot] - 1;
            }
        }
        return -1;
    }

    /** The string at {@code index}. */
    String key(int index) {
        int start = start(index);
        return new String(chars, start, ends[index] - start);
    }

    int size() {
        return ends.length;
    }

    private void insert(String key, int index) {
        int hash = key.hashCode();
        int mask = slots.length - 1;
        int slot = mix(hash) & mask;
        while (slots[slot] != 0) {
            if (slotHashes[slot] == hash && equalsKey(slots[slot] - 1, key)) {
                throw new IllegalArgumentException("the string '" + key + "' is given twice");
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = index + 1;
        slotHashes[slot] = hash;
    }

    private boolean equalsKey(int index, String key) {
        int start = start(index);
        if (ends[index] - start != key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (chars[start + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int start(int index) {
        return index == 0 ? 0 : ends[index - 1];
    }

    /** Spreads the hash's high bits into the low ones the table's mask keeps (as fastutil's HashCommon.mix does). */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
