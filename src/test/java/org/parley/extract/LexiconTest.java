package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void everyBundledListLoadsWithADescriptionAndEntries() {
        Lexicon lexicon = Lexicon.bundled();
        assertFalse(lexicon.lists().isEmpty());
        lexicon.lists().values().forEach(l -> {
            assertFalse(l.description().isBlank(), l.name());
            assertFalse(l.entries().isEmpty(), l.name());
        });
    }

    @Test
    void anUnknownListNameFailsWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.bundled().list("no-such-list"));
        assertTrue(e.getMessage().contains("no-such-list"), e.getMessage());
    }

    @Test
    void aRepeatedEntryIsRefusedWithFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicon.parse("demo", List.of("# demo words", "press", "urge", "press")));
        assertTrue(e.getMessage().contains("demo.txt:4:"), e.getMessage());
    }

    @Test
    void anUpperCaseEntryIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicon.parse("demo", List.of("# demo words", "Urge")));
        assertTrue(e.getMessage().contains("demo.txt:2:"), e.getMessage());
    }

    @Test
    void aLoneMarkOfPunctuationIsAnEntryAndAWordWithAMarkIsNot() {
        WordList l = Lexicon.parse("demo", List.of("# demo marks", ":", "\u2014", "--"));
        assertTrue(l.contains(":") && l.contains("\u2014") && l.contains("--"));
        assertThrows(IllegalStateException.class, () -> Lexicon.parse("demo", List.of("# demo", "terms:")));
    }

    @Test
    void aListWithoutADescriptionIsRefused() {
        assertThrows(IllegalStateException.class, () -> Lexicon.parse("demo", List.of("urge")));
    }

    @Test
    void phrasesMatchLongestFirst() {
        WordList l = Lexicon.parse("demo", List.of("# demo", "call", "call on", "call on all"));
        assertEquals(2, l.matchAt(List.of("they", "call", "on", "them"), 1));
        assertEquals(3, l.matchAt(List.of("call", "on", "all"), 0));
        assertEquals(0, l.matchAt(List.of("they", "urge"), 0));
        assertEquals(List.of("call on", "call on all"), l.phrases());
    }
}
