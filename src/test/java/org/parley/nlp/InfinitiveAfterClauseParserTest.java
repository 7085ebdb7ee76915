package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.nlp.RelativeClauseAwareParserTest.tagged;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

class InfinitiveAfterClauseParserTest {

    /**
     * A parser that records what it was given and hangs every token on one verb: with {@code clauseFirst}, on the
     * first past-tense verb after "which" when there is one (the misreading: the infinitive after the clause hangs
     * inside it); otherwise on the first past-tense verb.
     */
    private static final class OneHead implements SentenceParser {
        final List<String> parsed = new ArrayList<>();
        private final boolean clauseFirst;

        OneHead(boolean clauseFirst) {
            this.clauseFirst = clauseFirst;
        }

        @Override
        public DependencyTree parse(List<Token> tokens) {
            parsed.add(StarTrees.words(tokens));
            int which = clauseFirst ? indexOf(tokens, "which") : -1;
            int root = -1;
            for (int i = Math.max(which, 0); i < tokens.size() && root < 0; i++) {
                root = tokens.get(i).pos().startsWith("VB") && !tokens.get(i).pos().equals("VB") ? i : -1;
            }
            return StarTrees.star(tokens.size(), Math.max(root, 0), -1);
        }

        private static int indexOf(List<Token> tokens, String word) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).text().equals(word)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static final String ASKED = "Velmar/NNP asked/VBD Tessaly/NNP ,/, which/WDT hosted/VBD the/DT talks/NNS"
            + " ,/, to/TO reopen/VB the/DT border/NN ./.";

    @Test
    void anInfinitiveTheClauseTookHangsOnTheMainVerbAfterTheClauseIsParsedApart() {
        OneHead parser = new OneHead(true);
        List<Token> t = tagged(ASKED);
        DependencyTree tree = new InfinitiveAfterClauseParser(parser).parse(t);
        assertEquals(List.of(String.join(" ", t.stream().map(Token::text).toList()),
                "Velmar asked Tessaly to reopen the border .", "which hosted the talks"), parser.parsed);
        int asked = 1;
        assertEquals(asked, tree.root());
        assertEquals(asked, tree.head(10)); // "reopen"
        assertEquals(2, tree.head(5)); // "hosted", the clause's root, on "Tessaly"
        assertEquals("relcl", tree.relation(5));
        assertEquals(5, tree.head(4)); // inside the clause, its own tree
        assertEquals("punct", tree.relation(8));
    }

    @Test
    void aWholeParseThatHangsTheInfinitiveOutsideTheClauseIsKept() {
        OneHead parser = new OneHead(false);
        List<Token> t = tagged(ASKED);
        DependencyTree whole = parser.parse(t);
        parser.parsed.clear();
        DependencyTree tree = new InfinitiveAfterClauseParser(parser).parse(t);
        assertEquals(1, parser.parsed.size());
        assertEquals(whole.head(10), tree.head(10));
        assertEquals(1, tree.root());
    }

    @Test
    void theClauseEndsOnlyAtACommaBeforeToAndABaseVerb() {
        assertEquals(8, InfinitiveAfterClauseParser.closingComma(tagged(ASKED), 3));
        assertEquals(-1, InfinitiveAfterClauseParser.closingComma(tagged("Velmar/NNP asked/VBD Tessaly/NNP ,/,"
                + " which/WDT hosted/VBD the/DT talks/NNS ,/, for/IN help/NN ./."), 3));
        assertEquals(-1, InfinitiveAfterClauseParser.closingComma(tagged("Velmar/NNP asked/VBD Tessaly/NNP ,/,"
                + " which/WDT hosted/VBD the/DT talks/NNS ;/: to/TO reopen/VB ,/, to/TO go/VB ./."), 3));
    }

    @Test
    void aSentenceWithoutSuchAClauseIsParsedOnce() {
        OneHead parser = new OneHead(true);
        List<Token> t = tagged("Velmar/NNP asked/VBD Tessaly/NNP to/TO reopen/VB the/DT border/NN ./.");
        DependencyTree tree = new InfinitiveAfterClauseParser(parser).parse(t);
        assertEquals(1, parser.parsed.size());
        assertEquals(1, tree.root());
    }
}
