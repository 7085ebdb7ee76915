package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.AnalyzedText;
import org.parley.core.DependencyTree;
import org.parley.core.Sentence;
import org.parley.core.Token;
import org.parley.nlp.OpenNlpTextAnalyzer.Profile;

class OpenNlpTextAnalyzerParsingTest {

    private static final String TEXT = """
            The talks resumed in Geneva on Monday.
            Northland demanded that the rebels leave the port. The rebels refused.
            """;

    /** A parser that chains every token to the one before it and records what it was given. */
    private static final class ChainParser implements SentenceParser {
        final List<List<Token>> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public DependencyTree parse(List<Token> tokens) {
            seen.add(tokens);
            List<Integer> heads = new ArrayList<>();
            List<String> relations = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                heads.add(i - 1);
                relations.add(i == 0 ? DependencyTree.ROOT : "dep");
            }
            return new DependencyTree(heads, relations);
        }
    }

    @Test
    void onlyTheSentencesThePredicateChoosesAreParsedOnOurOwnTokens() {
        ChainParser parser = new ChainParser();
        OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer(Profile.FAST, parser,
                s -> s.tokens().stream().anyMatch(t -> t.lemma().equals("demand") || t.lemma().equals("refuse")));
        AnalyzedText a = analyzer.analyze(TEXT);
        assertEquals(3, a.sentences().size(), "sentences: " + a.sentences());
        assertNull(a.sentences().get(0).tree());
        for (Sentence s : a.sentences().subList(1, 3)) {
            assertEquals(s.tokens().size(), s.tree().size());
            assertEquals(0, s.tree().root());
        }
        assertEquals(List.of(a.sentences().get(1).tokens(), a.sentences().get(2).tokens()), parser.seen);
    }

    @Test
    void withoutAParserNoSentenceHasATree() {
        AnalyzedText a = new OpenNlpTextAnalyzer(Profile.FAST, null, s -> true).analyze(TEXT);
        for (Sentence s : a.sentences()) {
            assertNull(s.tree(), s.toString());
        }
    }
}
