package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.AnalyzedText;
import org.parley.core.CharSpan;
import org.parley.core.DependencyTree;
import org.parley.core.Sentence;
import org.parley.core.Token;

class StageTimerTest {

    private static Sentence sentence(int index, int begin, String... words) {
        List<Token> tokens = new ArrayList<>();
        int at = begin;
        for (String w : words) {
            tokens.add(new Token(new CharSpan(at, at + w.length()), w, "NN", w, "O"));
            at += w.length() + 1;
        }
        return new Sentence(index, new CharSpan(begin, at - 1), tokens);
    }

    @Test
    void countsSentencesAndTokensAndTheParsedOnesOverArticles() {
        Sentence parsed = sentence(0, 0, "Ceasefire", "now", ".").withTree(
                new DependencyTree(List.of(-1, 0, 0), List.of(DependencyTree.ROOT, "advmod", "punct")));
        Sentence unparsed = sentence(1, 16, "Rain", "fell");
        StageTimer timer = new StageTimer();
        timer.addAnalysis(new AnalyzedText("Ceasefire now . Rain fell", List.of(parsed, unparsed)));
        timer.addAnalysis(new AnalyzedText("Rain fell", List.of(sentence(0, 0, "Rain", "fell"))));
        assertEquals(3, timer.sentences());
        assertEquals(1, timer.parsedSentences());
        assertEquals(7, timer.tokens());
        assertEquals(3, timer.parsedTokens());
    }
}
