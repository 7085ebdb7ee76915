package org.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyTreeTest {

    /** "Kyiv rejected the offer ." */
    private static final DependencyTree TREE = new DependencyTree(
            List.of(1, -1, 3, 1, 1), List.of("nsubj", "root", "det", "dobj", "punct"));

    @Test
    void headsRelationsChildrenAndRootReadBack() {
        assertEquals(5, TREE.size());
        assertEquals(1, TREE.root());
        assertEquals(-1, TREE.head(1));
        assertEquals("dobj", TREE.relation(3));
        assertEquals(List.of(0, 3, 4), TREE.children(1));
        assertEquals(List.of(3), TREE.children(1, "dobj"));
        assertEquals(List.of(), TREE.children(0));
        assertEquals(List.of(2, 3), TREE.subtree(3));
        assertTrue(TREE.dominates(1, 2));
        assertFalse(TREE.dominates(3, 0));
    }

    @Test
    void subjectsAuxiliariesAndOtherHeadsReadBack() {
        // "Kyiv has rejected the offer ."
        DependencyTree t = new DependencyTree(List.of(2, 2, -1, 4, 2, 2),
                List.of("nsubj", "aux", "root", "det", "dobj", "punct"));
        assertTrue(t.hasSubject(2));
        assertFalse(t.hasSubject(4));
        assertTrue(t.auxiliary(1));
        assertFalse(t.auxiliary(0));
        DependencyTree moved = t.withHeads(List.of(1, 2, -1, 4, 2, 2)); // the subject on the auxiliary
        assertEquals(1, moved.head(0));
        assertEquals("nsubj", moved.relation(0));
        assertFalse(moved.hasSubject(2));
        assertTrue(moved.hasSubject(1));
    }

    @Test
    void headOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DependencyTree(List.of(-1, 2), List.of("root", "dep")));
        assertThrows(IllegalArgumentException.class, () -> new DependencyTree(List.of(-1, 1), List.of("root", "dep")));
    }

    @Test
    void cycleIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new DependencyTree(List.of(-1, 2, 1), List.of("root", "dep", "dep")));
    }

    @Test
    void treeWithoutRootOrTokensIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DependencyTree(List.of(1, 0), List.of("dep", "dep")));
        assertThrows(IllegalArgumentException.class, () -> new DependencyTree(List.of(), List.of()));
    }

    @Test
    void relationsMustMatchHeadsAndNotBeBlank() {
        assertThrows(IllegalArgumentException.class, () -> new DependencyTree(List.of(-1), List.of("root", "dep")));
        assertThrows(IllegalArgumentException.class, () -> new DependencyTree(List.of(-1), List.of(" ")));
    }

    @Test
    void sentenceKeepsItsThreeArgumentConstructorAndChecksTheTreeSize() {
        List<Token> tokens = List.of(
                new Token(new CharSpan(0, 4), "Kyiv", "NNP", "kyiv", "B-NP"),
                new Token(new CharSpan(5, 13), "objected", "VBD", "object", "B-VP"));
        Sentence unparsed = new Sentence(0, new CharSpan(0, 13), tokens);
        assertNull(unparsed.tree());
        assertFalse(unparsed.isParsed());
        DependencyTree tree = new DependencyTree(List.of(1, -1), List.of("nsubj", "root"));
        assertEquals(tree, unparsed.withTree(tree).tree());
        assertThrows(IllegalArgumentException.class, () -> unparsed.withTree(TREE));
    }
}
