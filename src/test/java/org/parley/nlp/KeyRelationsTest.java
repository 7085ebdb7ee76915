package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.CharSpan;
import org.parley.core.Token;

class KeyRelationsTest {

    private static KeyRelations read(String text) throws IOException {
        return KeyRelations.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.txt");
    }

    private static Token token(String word) {
        return new Token(new CharSpan(0, word.length()), word, "NN", word, "O");
    }

    @Test
    void readsSentencesWithTheirRelationsAndResolvesRepeatedWords() throws IOException {
        KeyRelations k = read("# comment\nBy land and by sea.\n    pobj(by~2, sea) root(ROOT, By) *(By, land)\n");
        assertEquals(1, k.sentences().size());
        List<KeyRelations.Relation> r = k.sentences().get(0).relations();
        assertEquals(3, r.size());
        List<Token> tokens = List.of(token("By"), token("land"), token("and"), token("by"), token("sea"));
        assertEquals(3, new KeyRelations.Relation("pobj", "by", "sea").headIndex(tokens));
        assertEquals(-1, r.get(1).headIndex(tokens));
        assertTrue(r.get(2).anyLabel());
    }

    @Test
    void malformedLinesAreRefusedWithTheirPlace() {
        IOException e = assertThrows(IOException.class, () -> read("A sentence.\n    nsubj(a b)\n"));
        assertTrue(e.getMessage().startsWith("t.txt:2: "), e.getMessage());
        assertThrows(IOException.class, () -> read("    nsubj(a, b)\n"));
        assertThrows(IOException.class, () -> read("One.\nTwo.\n    nsubj(a, b)\n"));
        assertThrows(IOException.class, () -> read("Alone.\n"));
    }

    @Test
    void theBundledSetHasSeventyTwoSentences() {
        KeyRelations k = KeyRelations.bundled();
        assertEquals(72, k.sentences().size());
        assertEquals(525, k.sentences().stream().mapToInt(i -> i.relations().size()).sum());
    }
}
