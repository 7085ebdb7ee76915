package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternChunkerTest {

    private static List<String> chunk(String words, String tags) {
        return List.of(PatternChunker.chunk(words.split(" "), tags.split(" ")));
    }

    @Test
    void nounVerbAndPrepositionalChunks() {
        assertEquals(List.of("B-NP", "I-NP", "B-VP", "I-VP", "I-VP", "B-NP", "I-NP", "B-PP", "B-NP", "O"),
                chunk("The rebels have not withdrawn their troops from Lakeport .",
                        "DT NNS VBP RB VBN PRP$ NNS IN NNP ."));
    }

    @Test
    void possessiveOpensThePossessedNounPhrase() {
        assertEquals(List.of("B-NP", "B-NP", "I-NP", "B-VP", "B-ADJP", "O"),
                chunk("Doe 's envoy was ready .", "NNP POS NN VBD JJ ."));
    }

    @Test
    void toBeforeAVerbJoinsTheVerbGroupAndSubordinatorsAreSbar() {
        assertEquals(List.of("B-NP", "B-VP", "I-VP", "I-VP", "B-SBAR", "B-NP", "B-VP"),
                chunk("She agreed to leave if they leave", "PRP VBD TO VB IN PRP VBP"));
    }

    @Test
    void twoFiniteVerbsAreTwoGroups() {
        assertEquals(List.of("B-NP", "B-VP", "B-VP", "B-ADJP"),
                chunk("analysts said was clear", "NNS VBD VBD JJ"));
    }
}
