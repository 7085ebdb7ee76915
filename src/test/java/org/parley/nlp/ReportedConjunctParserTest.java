package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.CharSpan;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

class ReportedConjunctParserTest {

    /** Tokens and the tree a parser gave them, written as {@code word/TAG/head/relation} (head -1 for the root). */
    private record Parsed(List<Token> tokens, DependencyTree tree) {

        static Parsed of(String spec) {
            List<Token> tokens = new ArrayList<>();
            List<Integer> heads = new ArrayList<>();
            List<String> relations = new ArrayList<>();
            int at = 0;
            for (String t : spec.split(" ")) {
                String[] f = t.split("/");
                tokens.add(new Token(new CharSpan(at, at + f[0].length()), f[0], f[1], f[0].toLowerCase(), "O"));
                heads.add(Integer.parseInt(f[2]));
                relations.add(f[3]);
                at += f[0].length() + 1;
            }
            return new Parsed(tokens, new DependencyTree(heads, relations));
        }

        DependencyTree repaired() {
            return new ReportedConjunctParser(t -> tree).parse(tokens);
        }
    }

    // "Velnari said Serbia had broken the truce and demanded that monitors return ."
    private static final String MISREAD = "Velnari/NNP/1/nsubj said/VBD/-1/root Serbia/NNP/4/nsubj had/VBD/4/aux "
            + "broken/VBN/1/ccomp the/DT/6/det truce/NN/4/dobj and/CC/4/cc demanded/VBD/4/conj that/IN/11/mark "
            + "monitors/NNS/11/nsubj return/VBP/8/ccomp ././1/punct";

    @Test
    void aFinitePastConjunctOfAReportedPerfectHangsFromTheReportingVerb() {
        DependencyTree tree = Parsed.of(MISREAD).repaired();
        assertEquals(1, tree.head(8)); // "demanded": what Velnari did, not what Serbia had done
        assertEquals("conj", tree.relation(8));
        assertEquals(1, tree.head(7)); // its "and"
        assertEquals(4, tree.head(6)); // the rest of the reported clause stays
        assertEquals(11, tree.head(10));
    }

    @Test
    void aProgressiveOrModalReportedClauseLetsGoOfThePastConjunctToo() {
        // "The ministry said the rebels were regrouping and urged the army to hold ."
        DependencyTree tree = Parsed.of("The/DT/1/det ministry/NN/2/nsubj said/VBD/-1/root the/DT/4/det "
                + "rebels/NNS/6/nsubj were/VBD/6/aux regrouping/VBG/2/ccomp and/CC/6/cc urged/VBD/6/conj the/DT/10/det "
                + "army/NN/8/dobj to/TO/12/aux hold/VB/8/xcomp ././2/punct").repaired();
        assertEquals(2, tree.head(8));
        assertEquals(2, tree.head(7));
    }

    @Test
    void aParticipleSharingTheAuxiliaryStaysInTheReportedClause() {
        // "had broken the truce and abandoned the talks": "abandoned" read as the participle under "had"
        Parsed p = Parsed.of(MISREAD.replace("demanded/VBD", "abandoned/VBN"));
        assertSame(p.tree(), p.repaired());
    }

    @Test
    void aConjunctWithItsOwnSubjectOrWithoutAClauseStays() {
        Parsed ownSubject = Parsed.of("Velnari/NNP/1/nsubj said/VBD/-1/root Serbia/NNP/4/nsubj had/VBD/4/aux "
                + "broken/VBN/1/ccomp the/DT/6/det truce/NN/4/dobj and/CC/4/cc Belgium/NNP/9/nsubj "
                + "demanded/VBD/4/conj that/IN/12/mark monitors/NNS/12/nsubj return/VBP/9/ccomp ././1/punct");
        assertSame(ownSubject.tree(), ownSubject.repaired());
        // "had broken the truce and walked out": no clause of its own, nothing reported
        Parsed noClause = Parsed.of("Velnari/NNP/1/nsubj said/VBD/-1/root Serbia/NNP/4/nsubj had/VBD/4/aux "
                + "broken/VBN/1/ccomp the/DT/6/det truce/NN/4/dobj and/CC/4/cc walked/VBD/4/conj out/RP/8/prt "
                + "././1/punct");
        assertSame(noClause.tree(), noClause.repaired());
    }

    @Test
    void aConjunctInAnotherTenseThanTheReportingVerbStays() {
        // "Velnari says Serbia had broken the truce and demanded ...": "demanded" is no second act of "says"
        Parsed p = Parsed.of(MISREAD.replace("said/VBD", "says/VBZ"));
        assertSame(p.tree(), p.repaired());
    }
}
