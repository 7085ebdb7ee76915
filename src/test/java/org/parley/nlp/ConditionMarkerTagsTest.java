package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionMarkerTagsTest {

    private static List<Integer> participles(String tagged) {
        List<String> words = Arrays.stream(tagged.split(" ")).map(t -> t.substring(0, t.lastIndexOf('/'))).toList();
        List<String> tags = Arrays.stream(tagged.split(" ")).map(t -> t.substring(t.lastIndexOf('/') + 1)).toList();
        return ConditionMarkerTags.participles(words, tags);
    }

    @Test
    void aPastTenseAfterACommaBeforeThatIsTheConditionsParticiple() {
        assertEquals(List.of(7), participles(
                "Chad/NNP would/MD sign/VB within/IN a/DT week/NN ,/, provided/VBD that/IN Niger/NNP agreed/VBD"));
        assertEquals(List.of(0), participles("Provided/VBD that/IN Niger/NNP agrees/VBZ ,/, Chad/NNP will/MD sign/VB"));
    }

    @Test
    void aGerundIsRetaggedOnlyWhenTheTaggerMissedIt() {
        assertEquals(List.of(4), participles("Chad/NNP will/MD sign/VB ,/, providing/NN that/IN Niger/NNP agrees/VBZ"));
        assertEquals(List.of(), participles("Chad/NNP will/MD sign/VB ,/, providing/VBG that/IN Niger/NNP agrees/VBZ"));
        assertEquals("VBG", ConditionMarkerTags.tag("Providing"));
        assertEquals("VBN", ConditionMarkerTags.tag("provided"));
    }

    @Test
    void theConditionsSubjectAfterTheParticipleOpensItAsThatDoes() {
        assertEquals(List.of(4), participles("Chad/NNP will/MD sign/VB ,/, provided/VBD Niger/NNP agrees/VBZ"));
        assertEquals(List.of(4), participles("Chad/NNP will/MD sign/VB ,/, provided/VBD the/DT army/NN leaves/VBZ"));
        assertEquals(List.of(4), participles("Chad/NNP will/MD sign/VB ,/, provided/VBD it/PRP is/VBZ paid/VBN"));
        assertEquals(List.of(), participles("Chad/NNP ,/, provided/VBD weapons/NNS by/IN Niger/NNP ,/, fought/VBD"));
        assertEquals(List.of(), participles("the/DT money/NN ,/, provided/VBD to/TO Chad/NNP ,/, ran/VBD out/RP"));
    }

    @Test
    void aVerbOfItsOwnWithoutTheCommaIsLeftAlone() {
        assertEquals(List.of(), participles("The/DT accord/NN provided/VBD that/IN the/DT troops/NNS would/MD leave/VB"));
        assertEquals(List.of(), participles("Chad/NNP ,/, provided/VBD with/IN arms/NNS ,/, fought/VBD on/RP"));
    }
}
