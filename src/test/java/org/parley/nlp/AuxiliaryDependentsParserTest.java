package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

class AuxiliaryDependentsParserTest {

    @Test
    void theSubjectAndPhraseHungOnAnAuxiliaryMoveToItsVerb() {
        // "Velnari has in the past dismissed such offers ." as the parser reads it: subject and phrase on "has"
        List<Token> t = AttributionAwareParserTest.tokens("Velnari has in the past dismissed such offers .");
        DependencyTree misread = new DependencyTree(List.of(1, 5, 1, 4, 2, -1, 7, 5, 5),
                List.of("nsubj", "aux", "prep", "det", "pobj", "root", "amod", "dobj", "punct"));
        DependencyTree tree = new AuxiliaryDependentsParser(x -> misread).parse(t);
        assertEquals(5, tree.head(0)); // "Velnari" is the subject of "dismissed"
        assertEquals("nsubj", tree.relation(0));
        assertEquals(5, tree.head(2)); // "in the past" too
        assertEquals(2, tree.head(4)); // what hangs lower stays
        assertEquals(5, tree.head(1)); // the auxiliary itself stays on its verb
    }

    @Test
    void aParseWhoseAuxiliariesHaveNoDependentsIsKept() {
        List<Token> t = AttributionAwareParserTest.tokens("Velnari has dismissed the offer .");
        DependencyTree good = new DependencyTree(List.of(2, 2, -1, 4, 2, 2),
                List.of("nsubj", "aux", "root", "det", "dobj", "punct"));
        assertSame(good, new AuxiliaryDependentsParser(x -> good).parse(t));
    }
}
