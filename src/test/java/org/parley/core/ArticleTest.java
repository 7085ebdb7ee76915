package org.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    @Test
    void identityComesFromTheUrlWhenThereIsOne() {
        assertEquals(Article.identityOf("http://Example.org/a/", "x"), Article.identityOf("https://example.org/a", "y"));
        assertTrue(Article.identityOf("https://example.org/a", "x").startsWith("url:"));
    }

    @Test
    void identityComesFromTheBodyWithoutUrl() {
        assertEquals(Article.identityOf(null, "same text"), Article.identityOf("", "same text"));
        assertNotEquals(Article.identityOf(null, "one text"), Article.identityOf(null, "another text"));
    }

    @Test
    void blankBodyIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Article("id", "doc", "f.txt", null, null, null, List.of(), null, "  \n"));
    }

    @Test
    void slugIsAsciiLowerCase() {
        assertEquals("cote-d-ivoire", Entity.slug("Côte d'Ivoire"));
    }
}
