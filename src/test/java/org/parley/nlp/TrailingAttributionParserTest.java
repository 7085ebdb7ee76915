package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

class TrailingAttributionParserTest {

    /**
     * A parser that records what it was given. A whole sentence gets the misreading this class repairs: every token
     * hangs on the first, "said" without a subject. A part starting with "the" is an attribution: its verb "said"
     * is the root and the noun before it its subject. Any other part hangs on its first token.
     */
    private static final class Misreading implements SentenceParser {
        final List<String> parsed = new ArrayList<>();
        private final boolean subjectInWhole;

        Misreading(boolean subjectInWhole) {
            this.subjectInWhole = subjectInWhole;
        }

        @Override
        public DependencyTree parse(List<Token> tokens) {
            parsed.add(StarTrees.words(tokens));
            int said = -1;
            for (int i = 0; i < tokens.size(); i++) {
                said = tokens.get(i).text().equals("said") ? i : said;
            }
            boolean attribution = tokens.get(0).text().equals("the");
            int root = attribution ? said : 0;
            List<Integer> heads = new ArrayList<>();
            List<String> relations = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                boolean subject = said > 0 && i == said - 1 && (attribution || subjectInWhole);
                heads.add(i == root ? -1 : subject ? said : root);
                relations.add(i == root ? DependencyTree.ROOT : subject ? "nsubj" : "dep");
            }
            return new DependencyTree(heads, relations);
        }
    }

    @Test
    void aClosingAttributionLeftWithoutItsSpeakerIsParsedApartAndTakesTheClause() {
        Misreading parser = new Misreading(false);
        List<Token> t = AttributionAwareParserTest.tokens("Chad must leave the border , the ministry in Sarh said .");
        DependencyTree tree = new TrailingAttributionParser(parser).parse(t);
        assertEquals(List.of("Chad must leave the border , the ministry in Sarh said .", "Chad must leave the border",
                "the ministry in Sarh said ."), parser.parsed);
        int said = 10;
        assertEquals(said, tree.root());
        assertEquals(said, tree.head(0)); // the clause's root
        assertEquals("ccomp", tree.relation(0));
        assertEquals(said, tree.head(5));
        assertEquals("punct", tree.relation(5));
        assertEquals(said, tree.head(9)); // "Sarh" before "said": the attribution's own subject
        assertEquals("nsubj", tree.relation(9));
    }

    @Test
    void aSentenceWhoseReportingVerbHasItsSubjectKeepsItsFirstParse() {
        Misreading parser = new Misreading(true);
        TrailingAttributionParser trailing = new TrailingAttributionParser(parser);
        trailing.parse(AttributionAwareParserTest.tokens("Chad must leave the border , the ministry in Sarh said ."));
        trailing.parse(AttributionAwareParserTest.tokens("Chad must leave the border , and Sarh agreed ."));
        assertEquals(List.of("Chad must leave the border , the ministry in Sarh said .",
                "Chad must leave the border , and Sarh agreed ."), parser.parsed);
    }
}
