package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.catalog.Catalog;
import org.parley.core.EntityType;
import org.parley.core.Mention;
import org.parley.core.NameTagger;
import org.parley.nlp.Nlp4jNameTagger;
import org.parley.nlp.OpenNlpTextAnalyzer;

/** The finder with NLP4J's tagger on the real analysis and the bundled catalog, over a text written for this test. */
class TaggedNamesIT {

    private static final String TEXT = "Police arrested Quentin Marlowe at the border crossing on Friday. "
            + "Marlowe was freed on bail two days later. "
            + "Shares of Vellacott Shipping fell sharply after the blockade.";

    private static List<String> found(NameTagger tagger) {
        List<Mention> ms = new CatalogMentionFinder(Catalog.bundled(), tagger).find(
                MentionTestTexts.article(TEXT, LocalDate.of(2025, 5, 2)), new OpenNlpTextAnalyzer().analyze(TEXT));
        return ms.stream().map(m -> m.text() + "=" + m.entity().type() + " " + m.rule()).toList();
    }

    @Test
    void theTaggerAddsWhatTheRulesLeft() {
        assertEquals(List.of(), found(NameTagger.NONE));
        assertEquals(List.of("Quentin Marlowe=" + EntityType.PERSON + " " + Rules.TAGGED_PERSON,
                "Marlowe=" + EntityType.PERSON + " " + Rules.SURNAME,
                "Vellacott Shipping=" + EntityType.ORGANIZATION + " " + Rules.TAGGED_ORGANIZATION),
                found(new Nlp4jNameTagger()));
    }
}
