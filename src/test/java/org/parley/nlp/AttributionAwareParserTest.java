package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.CharSpan;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

class AttributionAwareParserTest {

    /** A parser that records what it was given and hangs every token on the last one, its root. */
    private static final class Chain implements SentenceParser {
        final List<String> parsed = new ArrayList<>();

        @Override
        public DependencyTree parse(List<Token> tokens) {
            parsed.add(StarTrees.words(tokens));
            return StarTrees.star(tokens.size(), tokens.size() - 1, -1);
        }
    }

    /** Tokens of a sentence written with spaces between them, each tagged NN (also used by the other parser tests). */
    static List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : sentence.split(" ")) {
            out.add(new Token(new CharSpan(at, at + w.length()), w, "NN", w.toLowerCase(), "O"));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void anOpeningAttributionIsParsedApartAndHangsFromTheSentencesRoot() {
        Chain chain = new Chain();
        List<Token> t = tokens("According to the Harbour Wire , Chad sought new guarantees .");
        DependencyTree tree = new AttributionAwareParser(chain).parse(t);
        assertEquals(List.of("According to the Harbour Wire", "Chad sought new guarantees ."), chain.parsed);
        int root = t.size() - 1;
        assertEquals(root, tree.root());
        assertEquals(4, tree.head(0)); // inside the attribution, its own tree
        assertEquals(root, tree.head(4));
        assertEquals("prep", tree.relation(4));
        assertEquals(root, tree.head(5));
        assertEquals("punct", tree.relation(5));
        assertEquals(root, tree.head(6));
    }

    @Test
    void otherSentencesAndAnAttributionWithoutACommaGoToTheParserWhole() {
        Chain chain = new Chain();
        new AttributionAwareParser(chain).parse(tokens("Chad sought new guarantees , officials said ."));
        new AttributionAwareParser(chain).parse(tokens("According to officials Chad sought new guarantees ."));
        assertEquals(List.of("Chad sought new guarantees , officials said .",
                "According to officials Chad sought new guarantees ."), chain.parsed);
        assertEquals(-1, AttributionAwareParser.attributionComma(tokens("According to Chad , no .")));
    }
}
