package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.core.AnalyzedText;
import org.parley.core.Sentence;
import org.parley.core.Token;
import org.parley.nlp.OpenNlpTextAnalyzer.Profile;

class OpenNlpTextAnalyzerTest {

    private static final String TEXT = """
            Foreign Minister Jane Doe demanded on Tuesday that the rebels leave Northland Province.
            The rebels withdrew from two towns after the talks, and government forces entered Lakeport.

            Doe’s spokesman said the ceasefire—agreed in March—would hold if the “northern front” stayed quiet.
            """;

    private static final OpenNlpTextAnalyzer FAST = new OpenNlpTextAnalyzer(Profile.FAST);
    private static final OpenNlpTextAnalyzer FULL = new OpenNlpTextAnalyzer(Profile.FULL);

    private static OpenNlpTextAnalyzer analyzer(Profile p) {
        return p == Profile.FAST ? FAST : FULL;
    }

    private static Token token(AnalyzedText a, String text) {
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                if (t.text().equals(text)) {
                    return t;
                }
            }
        }
        throw new AssertionError("no token \"" + text + "\" in " + a.sentences());
    }

    private static List<String> texts(Sentence s) {
        return s.tokens().stream().map(Token::text).toList();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void offsetsMatchTheTextForEveryTokenAndSentence(Profile p) {
        AnalyzedText a = analyzer(p).analyze(TEXT);
        assertEquals(3, a.sentences().size(), "sentences: " + a.sentences());
        int last = -1;
        for (int i = 0; i < a.sentences().size(); i++) {
            Sentence s = a.sentences().get(i);
            assertEquals(i, s.index());
            assertFalse(s.text(TEXT).isBlank());
            for (Token t : s.tokens()) {
                assertEquals(t.text(), t.span().of(TEXT), "token offsets");
                assertTrue(s.span().contains(t.span()), t + " outside " + s.span());
                assertTrue(t.span().begin() >= last, "tokens in text order at " + t);
                last = t.span().end();
            }
        }
        assertEquals("Foreign Minister Jane Doe demanded on Tuesday that the rebels leave Northland Province.",
                a.sentences().get(0).text(TEXT));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void posTagsArePenn(Profile p) {
        AnalyzedText a = analyzer(p).analyze(TEXT);
        assertEquals("NNP", token(a, "Doe").pos());
        assertEquals("NNP", token(a, "Northland").pos());
        assertEquals("VBD", token(a, "demanded").pos());
        assertEquals("VBD", token(a, "withdrew").pos());
        assertEquals("NNS", token(a, "towns").pos());
        assertEquals("DT", token(a, "the").pos());
        assertEquals("IN", token(a, "on").pos());
        assertEquals("MD", token(a, "would").pos());
        assertEquals("VB", token(a, "hold").pos());
        assertEquals("POS", token(a, "’s").pos());
        assertEquals("``", token(a, "“").pos());
        assertEquals("''", token(a, "”").pos());
        assertEquals(".", token(a, ".").pos());
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void lemmasAreLowerCaseBaseForms(Profile p) {
        AnalyzedText a = analyzer(p).analyze(TEXT);
        assertEquals("demand", token(a, "demanded").lemma());
        assertEquals("withdraw", token(a, "withdrew").lemma());
        assertEquals("talk", token(a, "talks").lemma());
        assertEquals("force", token(a, "forces").lemma());
        assertEquals("rebel", token(a, "rebels").lemma());
        assertEquals("enter", token(a, "entered").lemma());
        assertEquals("say", token(a, "said").lemma());
        assertEquals("agree", token(a, "agreed").lemma());
        assertEquals("northland", token(a, "Northland").lemma());
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.lemma().toLowerCase(), t.lemma(), "lower-case lemma of " + t);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void chunksAreBio(Profile p) {
        AnalyzedText a = analyzer(p).analyze(TEXT);
        for (Sentence s : a.sentences()) {
            String previous = "O";
            for (Token t : s.tokens()) {
                String c = t.chunk();
                assertTrue(c.equals("O") || c.matches("[BI]-[A-Z]+"), "BIO tag " + c);
                if (c.startsWith("I-")) {
                    assertTrue(previous.endsWith(c.substring(2)), "I- continues a chunk of its type: " + t);
                }
                previous = c;
            }
        }
        Sentence first = a.sentences().get(0);
        List<String> chunks = first.tokens().stream().map(Token::chunk).toList();
        // Foreign Minister Jane Doe | demanded | on | Tuesday
        assertEquals(List.of("B-NP", "I-NP", "I-NP", "I-NP", "B-VP", "B-PP", "B-NP"), chunks.subList(0, 7));
        assertEquals("B-NP", token(a, "Northland").chunk());
        assertEquals("I-NP", token(a, "Province").chunk());
        assertEquals("O", token(a, ".").chunk());
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void possessiveIsSplitWithExactOffsets(Profile p) {
        String text = "Putin’s envoy met Kiev's delegation and the rebels’ negotiators; he wasn't there.";
        AnalyzedText a = analyzer(p).analyze(text);
        List<String> words = texts(a.sentences().get(0));
        assertEquals(List.of("Putin", "’s", "envoy", "met", "Kiev", "'s", "delegation", "and", "the", "rebels", "’",
                "negotiators", ";", "he", "was", "n't", "there", "."), words);
        Token putin = token(a, "Putin");
        Token s = token(a, "’s");
        assertEquals(0, putin.span().begin());
        assertEquals(5, putin.span().end());
        assertEquals(5, s.span().begin());
        assertEquals(7, s.span().end());
        assertEquals("NNP", putin.pos());
        assertEquals("POS", s.pos());
        assertEquals("POS", token(a, "'s").pos());
        assertEquals("be", token(a, "was").lemma());
        assertEquals("not", token(a, "n't").lemma());
    }

    @Test
    void hyphenatedCompoundsStayOneTokenAndDashesSplit() {
        String text = "The US-led coalition and Kigali-backed fighters met—briefly—near the U.N. base.";
        List<String> words = texts(FAST.analyze(text).sentences().get(0));
        assertTrue(words.contains("US-led"), words.toString());
        assertTrue(words.contains("Kigali-backed"), words.toString());
        assertTrue(words.contains("U.N."), words.toString());
        assertEquals(2, words.stream().filter(w -> w.equals("—")).count(), words.toString());
        assertTrue(words.contains("briefly"), words.toString());
    }

    @Test
    void sentencesDoNotCrossLineBreaks() {
        String text = "Talks collapse in Lakeport\nThe delegations left on Friday.";
        AnalyzedText a = FAST.analyze(text);
        assertEquals(2, a.sentences().size());
        assertEquals("Talks collapse in Lakeport", a.sentences().get(0).text(text));
        assertEquals(1, a.sentences().get(1).index());
    }

    @Test
    void emptyAndBlankTextsGiveNoSentences() {
        assertEquals(0, FAST.analyze("").sentences().size());
        assertEquals(0, FAST.analyze(" \n\n  ").sentences().size());
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void twoThreadsGiveEqualResults(Profile p) throws Exception {
        OpenNlpTextAnalyzer analyzer = analyzer(p);
        AnalyzedText expected = analyzer.analyze(TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<AnalyzedText>> jobs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                jobs.add(() -> analyzer.analyze(TEXT));
            }
            for (Future<AnalyzedText> f : pool.invokeAll(jobs)) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void fastAndFullAgreeOnTokensAndTags() {
        AnalyzedText fast = FAST.analyze(TEXT);
        AnalyzedText full = FULL.analyze(TEXT);
        assertEquals(fast.tokenCount(), full.tokenCount());
        for (int i = 0; i < fast.sentences().size(); i++) {
            List<Token> a = fast.sentences().get(i).tokens();
            List<Token> b = full.sentences().get(i).tokens();
            for (int j = 0; j < a.size(); j++) {
                assertEquals(a.get(j).span(), b.get(j).span());
                assertEquals(a.get(j).pos(), b.get(j).pos());
            }
        }
    }

    @Test
    void floorCountsTheTokensItTagged() {
        List<String> texts = List.of(TEXT, "The envoy left.", "Two towns fell. Talks resumed.");
        long one = OpenNlpFloor.tokensTagged(texts, 1);
        assertEquals(one, OpenNlpFloor.tokensTagged(texts, 2));
        assertTrue(one > 40 && one < 80, "tokens: " + one);
    }

    @Test
    void modelsAreDescribedForProvenance() {
        List<String> models = OpenNlpModels.describe();
        assertTrue(models.stream().anyMatch(m -> m.contains("opennlp-models-pos-en:1.3.0")), models.toString());
        assertTrue(models.stream().anyMatch(m -> m.contains("en-chunker.bin")), models.toString());
    }
}
