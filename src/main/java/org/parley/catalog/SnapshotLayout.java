package org.parley.catalog;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of the snapshots the build writes of the catalog ({@link CatalogSnapshot}) and of the mention finder's
 * name index: a format number, a table of distinct strings (how many, where each ends, how many characters, then the
 * characters, as UTF-16) and a run of ints (how many, then each) that refer to the strings by position. Reading it
 * back is a few bulk array copies. Stateless.
 */
public final class SnapshotLayout {

    private SnapshotLayout() {
    }

    /** The distinct strings of a snapshot in the order first met, each with its position. Not thread-safe. */
    public static final class StringTable {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> all = new ArrayList<>();

        /** The position of {@code s}, added at the end when new. */
        public int id(String s) {
            return ids.computeIfAbsent(s, x -> {
                all.add(x);
                return all.size() - 1;
            });
        }
    }

    /** The bytes of a snapshot of format {@code format}: its strings, then {@code ints}. */
    public static byte[] write(int format, StringTable strings, List<Integer> ints) {
        try (ByteArrayOutputStream buffer = new ByteArrayOutputStream();
             DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(format);
            out.writeInt(strings.all.size());
            int end = 0;
            for (String s : strings.all) {
                end += s.length();
                out.writeInt(end);
            }
            out.writeInt(end);
            out.writeChars(String.join("", strings.all));
            out.writeInt(ints.size());
            for (int i : ints) {
                out.writeInt(i);
            }
            out.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the format number: true when {@code file} is a snapshot of {@code format}, positioned at its strings. */
    public static boolean opens(ByteBuffer file, int format) {
        return file.remaining() >= 8 && file.getInt() == format;
    }

    /** Reads the table of strings, in their positions. */
    public static String[] strings(ByteBuffer file) {
        int[] ends = new int[file.getInt()];
        file.asIntBuffer().get(ends);
        file.position(file.position() + 4 * ends.length);
        char[] chars = new char[file.getInt()];
        file.asCharBuffer().get(chars);
        file.position(file.position() + 2 * chars.length);
        String[] out = new String[ends.length];
        for (int i = 0, start = 0; i < ends.length; start = ends[i], i++) {
            out[i] = new String(chars, start, ends[i] - start);
        }
        return out;
    }

    /** Reads the run of ints that follows the strings. */
    public static int[] ints(ByteBuffer file) {
        int[] out = new int[file.getInt()];
        file.asIntBuffer().get(out);
        return out;
    }
}
