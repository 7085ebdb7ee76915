package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Nlp4jLexiconMapTest {

    /** Word clusters as NLP4J reads them: a mutable set per word, many of them equal. */
    private static Map<String, Set<String>> clusters() {
        Map<String, Set<String>> lexicon = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            lexicon.put("word" + i, new HashSet<>(Set.of("c" + (i % 7), "d" + (i % 3))));
        }
        lexicon.put("Genève", new HashSet<>(Set.of("c1")));
        return lexicon;
    }

    @Test
    void everyWordHasItsValueAndEqualValuesAreStoredOnce() {
        Map<String, Set<String>> lexicon = clusters();
        Nlp4jLexiconMap<Set<String>> map = new Nlp4jLexiconMap<>(lexicon, Set::copyOf);
        assertEquals(lexicon, map);
        assertEquals(22, map.distinctValues());
        assertSame(map.get("word1"), map.get("word22"));
        assertNull(map.get("word3000"));
        assertNull(map.get(7));
    }

    @Test
    void readBackFromItsSerializedFormItGivesTheSameValues() throws Exception {
        Map<String, Set<String>> lexicon = clusters();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Nlp4jLexiconMap<>(lexicon, Set::copyOf));
        }
        Object read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = in.readObject();
        }
        assertEquals(lexicon, read);
    }
}
