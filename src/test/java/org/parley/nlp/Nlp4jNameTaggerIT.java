package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.NameTagger;
import org.parley.core.Token;

/** NLP4J's named-entity tagger, loaded from the compact file, on sentences written for this test. */
class Nlp4jNameTaggerIT {

    private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();
    private static final Nlp4jNameTagger TAGGER = new Nlp4jNameTagger();

    /** The tagger's names in {@code sentence} as "LABEL words". */
    private static List<String> names(String sentence) {
        List<Token> tokens = ANALYZER.analyze(sentence).sentences().get(0).tokens();
        return TAGGER.tag(tokens).stream().map(n -> n.label() + " " + String.join(" ",
                tokens.subList(n.begin(), n.end()).stream().map(Token::text).toList())).toList();
    }

    @Test
    void peopleOrganizationsAndPlacesNoCatalogHolds() {
        assertEquals(List.of("PERSON Quentin Marlowe", "DATE Friday"),
                names("Police arrested Quentin Marlowe at the border crossing on Friday."));
        assertEquals(List.of("ORG Vellacott Shipping"),
                names("Shares of Vellacott Shipping fell sharply after the blockade."));
        assertEquals(List.of("PERSON Ines Varga", "ORG the Coastal Fisheries Board", "GPE Port Elsmore"),
                names("Ines Varga met officials of the Coastal Fisheries Board in Port Elsmore."));
    }

    @Test
    void aSentenceWithoutNamesHasNone() {
        assertEquals(List.of(), names("They said that it would not happen again."));
        assertEquals(List.<NameTagger.TaggedName>of(), TAGGER.tag(List.of()));
    }
}
