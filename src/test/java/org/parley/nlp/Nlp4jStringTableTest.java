package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Nlp4jStringTableTest {

    /** Keys of every kind: empty, non-Latin, and pairs with equal hashes ("Aa" and "BB", "AaAa" and "BBBB"). */
    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("", "Aa", "AaAa", "BBAa", "Zürich", "Łódź", "Москва", "東京",
                "f:w=the|p=DT", "nsubj_VBD"));
        for (int i = 0; i < 5000; i++) {
            keys.add("w" + i + "_" + (i * 7919 % 1000));
        }
        return keys;
    }

    @Test
    void everyKeyHasItsPositionAndAbsentKeysNone() {
        List<String> keys = keys();
        Nlp4jStringTable table = Nlp4jStringTable.of(keys);
        assertEquals(keys.size(), table.size());
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(i, table.get(new String(keys.get(i).toCharArray())), keys.get(i));
        }
        List<String> inOrder = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        table.forEach((key, value) -> {
            inOrder.add(key);
            values.add(value);
        });
        assertEquals(keys, inOrder);
        for (int i = 0; i < values.size(); i++) {
            assertEquals(i, values.get(i));
        }
        for (String absent : List.of("BB", "BBBB", "AaBB", "Zurich", "w5000_0", "w1_7919", " ", "nsubj_VBZ")) {
            assertEquals(-1, table.get(absent), absent);
        }
        for (int i = 0; i < 50_000; i++) { // absent strings find nothing through the fingerprints alone
            assertEquals(-1, table.get("w" + i + "_" + (i * 7919 % 1000) + "x"));
            assertEquals(-1, table.get("v" + i));
        }
        assertEquals(-1, table.get(42));
        assertEquals(-1, table.get(null));
    }

    @Test
    void readBackFromItsSerializedFormItFindsTheSameKeys() throws Exception {
        List<String> keys = keys();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Nlp4jStringTable.of(keys));
        }
        Nlp4jStringTable read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (Nlp4jStringTable) in.readObject();
        }
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(i, read.get(keys.get(i)), keys.get(i));
        }
        assertEquals(-1, read.get("BB"));
    }

    @Test
    void givenValuesAreWhatTheKeysFindIncludingOnesPastSixteenBits() {
        List<String> keys = keys();
        int[] values = new int[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 3 == 0 ? Integer.MAX_VALUE - i : i * 65_537;
        }
        Nlp4jStringTable table = Nlp4jStringTable.of(keys, values);
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(values[i], table.get(keys.get(i)), keys.get(i));
        }
        assertEquals(-1, table.get("BB"));
        assertThrows(IllegalArgumentException.class, () -> Nlp4jStringTable.of(List.of("a"), new int[] {-2}));
        assertThrows(IllegalArgumentException.class, () -> Nlp4jStringTable.of(List.of("a", "b"), new int[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Nlp4jStringTable.of(List.of("x".repeat(65_536))));
    }

    @Test
    void anEmptyTableFindsNothingAndAKeyGivenTwiceIsRefused() {
        assertEquals(-1, Nlp4jStringTable.of(List.of()).get(""));
        assertThrows(IllegalArgumentException.class, () -> Nlp4jStringTable.of(List.of("a", "b", "a")));
    }
}
