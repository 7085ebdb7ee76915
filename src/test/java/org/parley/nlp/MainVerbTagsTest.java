package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainVerbTagsTest {

    private static int mainVerb(String tagged) {
        List<String> words = Arrays.stream(tagged.split(" ")).map(t -> t.substring(0, t.lastIndexOf('/'))).toList();
        List<String> tags = Arrays.stream(tagged.split(" ")).map(t -> t.substring(t.lastIndexOf('/') + 1)).toList();
        return MainVerbTags.mainVerb(words, tags);
    }

    @Test
    void theParticipleAfterTheSubjectOfASentenceWithNoFiniteVerbIsItsVerb() {
        assertEquals(4, mainVerb("Chile/NNP 's/POS foreign/JJ ministry/NN called/VBN on/IN Peru/NNP to/TO talk/VB ./."));
        assertEquals(2, mainVerb("The/DT envoy/NN urged/VBN both/DT sides/NNS to/TO talk/VB ./."));
    }

    @Test
    void aSentenceWithAFiniteVerbOrAPassiveAgentIsLeftAlone() {
        assertEquals(-1, mainVerb("Chile/NNP 's/POS ministry/NN called/VBN on/IN Peru/NNP and/CC left/VBD ./."));
        assertEquals(-1, mainVerb("The/DT truce/NN brokered/VBN by/IN Qatar/NNP in/IN Doha/NNP ./."));
        assertEquals(-1, mainVerb("The/DT talks/NNS will/MD resume/VB in/IN Oslo/NNP ./."));
    }

    @Test
    void aParticipleThatFollowsNoNounOrAShortFragmentIsLeftAlone() {
        assertEquals(-1, mainVerb("Chile/NNP ,/, angered/VBN by/IN the/DT vote/NN ./."));
        assertEquals(-1, mainVerb("Talks/NNS stalled/VBN ./."));
        assertEquals(-1, mainVerb("In/IN Lima/NNP ,/, newly/RB elected/VBN and/CC sworn/VBN in/RP ./."));
    }

    @Test
    void theFiniteVerbOfARelativeClauseBetweenCommasIsNotTheSentences() {
        assertEquals(7, mainVerb("Kenya/NNP ,/, which/WDT has/VBZ troops/NNS there/RB ,/, called/VBN on/IN both/DT sides/NNS to/TO talk/VB ./."));
        assertEquals(-1, mainVerb("Kenya/NNP ,/, which/WDT has/VBZ troops/NNS there/RB called/VBN on/IN both/DT sides/NNS ./."));
        assertEquals(-1, mainVerb("Kenya/NNP ,/, which/WDT has/VBZ troops/NNS there/RB ,/, has/VBZ called/VBN on/IN both/DT sides/NNS ./."));
    }
}
