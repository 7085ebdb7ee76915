package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import edu.emory.mathcs.nlp.learning.util.FeatureMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Nlp4jFeatureIndexTest {

    /** Absent keys, one with the hash of a present key ("t0_w1" and "t0_vP" hash alike). */
    private static final List<String> ABSENT = List.of("", "nsubj_VBD", "f:unseen", "0", "t0_vP");

    /** Feature strings of three templates, indexed from 1 by NLP4J's own map. */
    private static FeatureMap sample(List<String> keys) {
        FeatureMap map = new FeatureMap();
        for (int type = 0; type < 3; type++) {
            for (int k = 0; k < 40; k++) {
                String key = "t" + type + "_w" + k;
                map.add(type, key);
                keys.add(type + "\t" + key);
            }
        }
        return map;
    }

    @Test
    void everyFeatureKeepsItsIndexAndUnknownFeaturesStayUnknown() {
        List<String> keys = new ArrayList<>();
        FeatureMap original = sample(keys);
        FeatureMap swapped = sample(new ArrayList<>());
        assertEquals(120, Nlp4jFeatureIndex.useFlatMaps(swapped));
        for (int type = 0; type < 3; type++) {
            assertInstanceOf(Nlp4jFeatureIndex.FlatMap.class, swapped.getIndexMaps().get(type));
        }
        assertSameIndexes(original, swapped, keys);
    }

    @Test
    void theFlatMapsReadBackFromTheirSerializedFormGiveTheSameIndexes() throws Exception {
        List<String> keys = new ArrayList<>();
        FeatureMap original = sample(keys);
        FeatureMap swapped = sample(new ArrayList<>());
        Nlp4jFeatureIndex.useFlatMaps(swapped);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(swapped);
        }
        FeatureMap read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (FeatureMap) in.readObject();
        }
        assertSameIndexes(original, read, keys);
        assertEquals(original.getMaxIndex(), read.getMaxIndex());
        assertEquals(original.getIndexMaps().get(1), read.getIndexMaps().get(1), "same entries");
    }

    private static void assertSameIndexes(FeatureMap original, FeatureMap swapped, List<String> keys) {
        assertEquals("t0_w1".hashCode(), "t0_vP".hashCode());
        for (String typed : keys) {
            int type = Integer.parseInt(typed.substring(0, typed.indexOf('\t')));
            String key = typed.substring(typed.indexOf('\t') + 1);
            assertEquals(original.index(type, key), swapped.index(type, key), key);
        }
        for (int type = 0; type < 4; type++) {
            for (String key : ABSENT) {
                assertEquals(-1, swapped.index(type, key), type + " " + key);
                assertEquals(original.index(type, key), swapped.index(type, key), type + " " + key);
            }
        }
        assertEquals(original.size(), swapped.size());
    }
}
