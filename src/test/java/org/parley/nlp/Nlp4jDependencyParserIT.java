package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.core.AnalyzedText;
import org.parley.core.DependencyTree;
import org.parley.core.Sentence;
import org.parley.core.Token;

class Nlp4jDependencyParserIT {

    private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();
    private static final Nlp4jDependencyParser PARSER = new Nlp4jDependencyParser();

    private static int index(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    @Test
    void passiveAgentAndPossessorAreRelations() {
        List<Token> tokens = ANALYZER.analyze("Egypt's proposal for a truce was rejected by the group on Sunday.")
                .sentences().get(0).tokens();
        DependencyTree tree = PARSER.parse(tokens);
        int rejected = index(tokens, "rejected");
        assertEquals(rejected, tree.root());
        assertEquals(rejected, tree.head(index(tokens, "proposal")));
        assertEquals("nsubjpass", tree.relation(index(tokens, "proposal")));
        assertEquals("agent", tree.relation(index(tokens, "by")));
        assertEquals(index(tokens, "by"), tree.head(index(tokens, "group")));
        assertEquals("poss", tree.relation(index(tokens, "Egypt")));
        assertEquals(index(tokens, "proposal"), tree.head(index(tokens, "Egypt")));
    }

    @Test
    void aThatClauseIsTheComplementOfTheDemand() {
        List<Token> tokens = ANALYZER.analyze("Kyiv demanded that Moscow withdraw its troops from the region.")
                .sentences().get(0).tokens();
        DependencyTree tree = PARSER.parse(tokens);
        int withdraw = index(tokens, "withdraw");
        assertEquals("ccomp", tree.relation(withdraw));
        assertEquals(index(tokens, "demanded"), tree.head(withdraw));
        assertEquals(List.of(index(tokens, "Moscow")), tree.children(withdraw, "nsubj"));
        assertEquals(List.of(index(tokens, "troops")), tree.children(withdraw, "dobj"));
    }

    @Test
    void aSubjunctiveVerbTheTaggerTakesForANounStillHeadsTheThatClause() {
        List<Token> tokens = ANALYZER.analyze("Baku insisted that Armenia hand over the eight villages.")
                .sentences().get(0).tokens();
        DependencyTree tree = PARSER.parse(tokens);
        int hand = index(tokens, "hand");
        assertEquals("VB", tree.tag(hand));
        assertEquals("ccomp", tree.relation(hand));
        assertEquals(index(tokens, "insisted"), tree.head(hand));
        assertEquals(List.of(index(tokens, "Armenia")), tree.children(hand, "nsubj"));
        assertEquals(List.of(index(tokens, "villages")), tree.children(hand, "dobj"));
    }

    @Test
    void aConditionOpenedByProvidedThatHeadsItsClause() {
        List<Token> tokens = ANALYZER.analyze("The army said it was ready to resume the talks within a month, "
                + "provided that the militia left the hospitals.").sentences().get(0).tokens();
        DependencyTree tree = PARSER.parse(tokens);
        int provided = index(tokens, "provided");
        assertEquals("VBN", tree.tag(provided));
        assertEquals(provided, tree.head(index(tokens, "left")));
        assertEquals(index(tokens, "that"), tree.children(index(tokens, "left"), "mark").get(0));
    }

    @Test
    void theVerbAfterAnOpeningAttributionKeepsItsSubject() {
        List<Token> tokens = ANALYZER.analyze("According to the Karachi-based Daily Star, Iran sought written Afghan "
                + "guarantees to share the water of the Helmand.").sentences().get(0).tokens();
        DependencyTree tree = SentenceParser.forNews(PARSER).parse(tokens);
        int sought = index(tokens, "sought");
        assertEquals(sought, tree.root());
        assertEquals(List.of(index(tokens, "Iran")), tree.children(sought, "nsubj"));
        assertEquals(sought, tree.head(index(tokens, "According")));
    }

    @Test
    void aQuoteIsTheComplementOfItsSpeakersVerb() {
        List<Token> tokens = ANALYZER.analyze("\"We will never give up the city,\" the mayor told reporters.")
                .sentences().get(0).tokens();
        DependencyTree tree = PARSER.parse(tokens);
        int told = index(tokens, "told");
        assertEquals(told, tree.root());
        assertEquals("ccomp", tree.relation(index(tokens, "give")));
        assertEquals(told, tree.head(index(tokens, "give")));
        assertEquals(List.of(index(tokens, "mayor")), tree.children(told, "nsubj"));
    }

    @Test
    void parsesTheSameTreesOnTwoThreadsAsOnOne() throws Exception {
        AnalyzedText a = ANALYZER.analyze(String.join("\n", KeyRelations.bundled().sentences().stream()
                .map(KeyRelations.Item::text).toList()));
        List<List<Token>> sentences = a.sentences().stream().map(Sentence::tokens).toList();
        List<DependencyTree> one = sentences.stream().map(PARSER::parse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<DependencyTree>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (List<Token> s : sentences) {
                    futures.add(pool.submit(() -> PARSER.parse(s)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(one.get(i % one.size()), futures.get(i).get(), "sentence " + i % one.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTreesAreTheOnesTheModelsGaveBeforeTheirStringTables() throws IOException {
        List<String> lines;
        try (InputStream in = Nlp4jDependencyParserIT.class.getResourceAsStream("nlp4j-recorded-trees.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).toList();
        }
        OpenNlpTextAnalyzer fast = new OpenNlpTextAnalyzer(OpenNlpTextAnalyzer.Profile.FAST);
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            List<Sentence> sentences = fast.analyze(lines.get(i)).sentences();
            assertEquals(1, sentences.size(), lines.get(i));
            DependencyTree tree = PARSER.parse(sentences.get(0).tokens());
            assertEquals(lines.get(i + 1), tree + " " + tree.tags() + " " + tree.lemmas(), lines.get(i));
        }
        assertEquals(24, lines.size());
    }

    @Test
    void anEmptySentenceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PARSER.parse(List.of()));
    }
}
