package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.core.DependencyTree;
import org.parley.core.Sentence;
import org.parley.core.Token;

class OpenNlpConstituencyParserIT {

    private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();
    private static final OpenNlpConstituencyParser PARSER = new OpenNlpConstituencyParser();

    private static int index(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    @Test
    void bracketsAndQuotesParseOnOurTokens() {
        List<Token> tokens = ANALYZER.analyze("\"The offer (made on Monday) stands,\" the envoy said.")
                .sentences().get(0).tokens();
        DependencyTree tree = PARSER.parse(tokens);
        assertEquals(tokens.size(), tree.size());
        int said = index(tokens, "said");
        assertEquals(said, tree.root());
        assertEquals(List.of(index(tokens, "envoy")), tree.children(said, "nsubj"));
        assertEquals("punct", tree.relation(index(tokens, "(")));
        assertEquals("punct", tree.relation(index(tokens, ")")));
    }

    @Test
    void parsesTheSameTreesOnTwoThreadsAsOnOne() throws Exception {
        List<List<Token>> sentences = ANALYZER.analyze(String.join("\n", KeyRelations.bundled().sentences().stream()
                .limit(24).map(KeyRelations.Item::text).toList())).sentences().stream().map(Sentence::tokens).toList();
        List<DependencyTree> one = sentences.stream().map(PARSER::parse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<DependencyTree>> futures = new ArrayList<>();
            for (List<Token> s : sentences) {
                futures.add(pool.submit(() -> PARSER.parse(s)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(one.get(i), futures.get(i).get(), "sentence " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
