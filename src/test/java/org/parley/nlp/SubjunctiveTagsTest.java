package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubjunctiveTagsTest {

    private static List<Integer> bareVerbs(String tagged) {
        List<String> words = Arrays.stream(tagged.split(" ")).map(t -> t.substring(0, t.lastIndexOf('/'))).toList();
        List<String> tags = Arrays.stream(tagged.split(" ")).map(t -> t.substring(t.lastIndexOf('/') + 1)).toList();
        return SubjunctiveTags.bareVerbs(words, tags);
    }

    @Test
    void aBareVerbTakenForANounAfterAProperNounIsTheClausesVerb() {
        assertEquals(List.of(4), bareVerbs("Baku/NNP insisted/VBD that/IN Armenia/NNP hand/NN over/IN the/DT villages/NNS ./."));
    }

    @Test
    void theSubjectMayBeACommonNounPhraseAndTheVerbAnAdjective() {
        assertEquals(List.of(5), bareVerbs("Kyiv/NNP demanded/VBD that/IN the/DT rebels/NNS hand/NN over/RP the/DT town/NN"));
        assertEquals(List.of(4), bareVerbs("Qatar/NNP urged/VBD that/IN Hamas/NNP free/JJ the/DT hostages/NNS held/VBN there/RB"));
    }

    @Test
    void withoutADeterminerBeforeTheObjectTheWordAfterANamedSubjectIsTheVerb() {
        assertEquals(List.of(4), bareVerbs("Delhi/NNP insisted/VBD that/IN Lahore/NNP end/NN cross-border/JJ raids/NNS ./."));
        assertEquals(List.of(4), bareVerbs("Kyiv/NNP demanded/VBD that/IN Russia/NNP return/NN occupied/JJ land/NN"));
    }

    @Test
    void aClauseWithAVerbOrWithoutAnObjectIsLeftAlone() {
        assertEquals(List.of(), bareVerbs("Kyiv/NNP demanded/VBD that/IN Russia/NNP return/VBP the/DT children/NNS"));
        assertEquals(List.of(), bareVerbs("Kyiv/NNP demanded/VBD that/IN the/DT peace/NN plan/NN ./."));
        assertEquals(List.of(), bareVerbs("Kyiv/NNP demanded/VBD that/IN Russia/NNP comply/NN ,/, officials/NNS said/VBD"));
    }

    @Test
    void onlyAThatClauseAfterAVerbOfDemandingIsRead() {
        assertEquals(List.of(), bareVerbs("Kyiv/NNP said/VBD that/IN Armenia/NNP hand/NN over/IN the/DT villages/NNS"));
        assertEquals(List.of(), bareVerbs("Kyiv/NNP demanded/VBD the/DT Armenia/NNP hand/NN over/IN the/DT villages/NNS"));
    }

    @Test
    void aCapitalisedWordOrOneAfterADeterminerIsNeverTakenForTheVerb() {
        assertEquals(List.of(), bareVerbs("Seoul/NNP asked/VBD that/IN North/NNP Korea/NNP in/IN the/DT talks/NNS"));
        assertEquals(List.of(), bareVerbs("Seoul/NNP asked/VBD that/IN the/DT hand/NN over/IN the/DT talks/NNS"));
    }

    @Test
    void theClauseOfTheNounDemandEndsAtTheVerbOfTheSentence() {
        assertEquals(List.of(6), bareVerbs("The/DT junta/NN 's/POS demand/NN that/IN Algiers/NNP hand/NN over/IN the/DT rebels/NNS was/VBD rejected/VBN ./."));
        assertEquals(List.of(), bareVerbs("The/DT demand/NN that/IN Algiers/NNP made/VBD was/VBD rejected/VBN ./."));
        assertEquals(List.of(), bareVerbs("The/DT demand/NN that/IN the/DT rebels/NNS leave/VBP Kidal/NNP was/VBD rejected/VBN ./."));
        assertEquals(List.of(), bareVerbs("Kyiv/NNP demanded/VBD that/IN Armenia/NNP hand/NN over/IN the/DT villages/NNS it/PRP holds/VBZ"));
    }
}
