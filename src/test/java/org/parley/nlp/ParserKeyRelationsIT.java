package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both parsers on the bundled key-relation set (72 sentences, 525 relations): the figures are printed, and each
 * must stay above the floor measured when the set was written (NLP4J 0.990 labeled, OpenNLP 0.960).
 */
class ParserKeyRelationsIT {

    private static ParserEvaluator evaluator;

    @BeforeAll
    static void analyze() {
        evaluator = new ParserEvaluator(KeyRelations.bundled(), new OpenNlpTextAnalyzer());
    }

    private static ParserEvaluator.Score scored(String name, SentenceParser parser) {
        ParserEvaluator.Score s = evaluator.score(parser);
        System.out.printf("%s key relations: labeled %.3f, attached %.3f (%d/%d/%d)%n", name, s.labeledAccuracy(),
                s.attachmentAccuracy(), s.labeled(), s.attached(), s.relations());
        for (Map.Entry<String, ParserEvaluator.Count> e : new java.util.TreeMap<>(s.byLabel()).entrySet()) {
            System.out.printf("  %-10s %d/%d%n", e.getKey(), e.getValue().labeled(), e.getValue().total());
        }
        s.misses().forEach(m -> System.out.println("  miss: " + m));
        return s;
    }

    @Test
    void nlp4jKeepsItsMeasuredAccuracy() {
        ParserEvaluator.Score s = scored("NLP4J", new Nlp4jDependencyParser());
        assertTrue(s.labeledAccuracy() >= 0.98, "labeled " + s.labeledAccuracy());
        assertTrue(s.attachmentAccuracy() >= 0.98, "attached " + s.attachmentAccuracy());
    }

    @Test
    void openNlpKeepsItsMeasuredAccuracy() {
        ParserEvaluator.Score s = scored("OpenNLP", new OpenNlpConstituencyParser());
        assertTrue(s.labeledAccuracy() >= 0.95, "labeled " + s.labeledAccuracy());
        assertTrue(s.attachmentAccuracy() >= 0.955, "attached " + s.attachmentAccuracy());
    }
}
