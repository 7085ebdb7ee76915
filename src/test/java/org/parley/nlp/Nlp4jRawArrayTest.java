package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Nlp4jRawArrayTest {

    @TempDir
    Path dir;

    @Test
    void onlyPrimitiveArraysOfAtLeastTheThresholdAreReplaced() {
        int[] small = new int[Nlp4jRawArray.MIN_BYTES / 4 - 1];
        int[] large = new int[Nlp4jRawArray.MIN_BYTES / 4];
        String[] strings = new String[Nlp4jRawArray.MIN_BYTES];
        assertSame(small, Nlp4jRawArray.replace(small));
        assertSame(strings, Nlp4jRawArray.replace(strings));
        assertSame("text", Nlp4jRawArray.replace("text"));
        assertInstanceOf(Nlp4jRawArray.class, Nlp4jRawArray.replace(large));
        assertInstanceOf(Nlp4jRawArray.class, Nlp4jRawArray.replace(new byte[Nlp4jRawArray.MIN_BYTES]));
    }

    @Test
    void aCompactFileGivesBackEveryArrayWithTheSameContentsAndSharing() throws Exception {
        Random random = new Random(7);
        int n = 100_003; // not a multiple of a chunk's elements
        int[] ints = random.ints(n).toArray();
        long[] longs = random.longs(n).toArray();
        double[] doubles = random.doubles(n).toArray();
        doubles[5] = Double.NaN;
        doubles[6] = -0.0;
        float[] floats = new float[n];
        char[] chars = new char[n];
        short[] shorts = new short[n];
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        for (int i = 0; i < n; i++) {
            floats[i] = (float) random.nextGaussian();
            chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
            shorts[i] = (short) random.nextInt();
        }
        floats[3] = Float.intBitsToFloat(0x7fc00001); // a NaN with a payload keeps its bits
        List<Object> holder = new ArrayList<>(List.of(ints, ints, new int[] {1, 2, 3}));
        Path file = dir.resolve("arrays.ser");
        Nlp4jCompactFile.write(file, "test-format", System.nanoTime(), ints, longs, doubles, floats, chars, shorts,
                bytes, holder);
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
            assertEquals("test-format", in.readUTF());
            int[] readInts = (int[]) in.readObject();
            assertArrayEquals(ints, readInts);
            assertArrayEquals(longs, (long[]) in.readObject());
            assertArrayEquals(doubles, (double[]) in.readObject());
            float[] readFloats = (float[]) in.readObject();
            assertArrayEquals(floats, readFloats);
            assertEquals(0x7fc00001, Float.floatToRawIntBits(readFloats[3]));
            assertArrayEquals(chars, (char[]) in.readObject());
            assertArrayEquals(shorts, (short[]) in.readObject());
            assertArrayEquals(bytes, (byte[]) in.readObject());
            List<?> readHolder = (List<?>) in.readObject();
            assertSame(readInts, readHolder.get(0), "an array written twice is read once");
            assertSame(readInts, readHolder.get(1));
            assertArrayEquals(new int[] {1, 2, 3}, (int[]) readHolder.get(2));
        }
        assertThrows(java.io.NotSerializableException.class, () ->
                Nlp4jCompactFile.write(dir.resolve("other.ser"), "test-format", System.nanoTime(), new Object()));
    }

    @Test
    void theObjectsThatHoldLargeArraysReadBackTheSame() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            keys.add("f" + i + ":" + (i * 7919 % 1000));
        }
        Path file = dir.resolve("table.ser");
        Nlp4jCompactFile.write(file, "test-format", System.nanoTime(), Nlp4jStringTable.of(keys));
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
            in.readUTF();
            Nlp4jStringTable read = (Nlp4jStringTable) in.readObject();
            assertEquals(keys.size(), read.size());
            for (int i = 0; i < keys.size(); i++) {
                assertEquals(i, read.get(keys.get(i)));
            }
            List<String> inOrder = new ArrayList<>();
            read.forEach((key, value) -> inOrder.add(key));
            assertEquals(keys, inOrder);
            assertEquals(-1, read.get("f1:7919"));
        }
    }
}
