package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.catalog.Catalog;
import org.parley.core.EntityType;
import org.parley.core.Mention;
import org.parley.core.MentionKind;
import org.parley.nlp.OpenNlpTextAnalyzer;

/** The finder on the real OpenNLP analysis and the bundled catalog, over a text written for this test. */
class CatalogMentionFinderOpenNlpTest {

    private static final String TEXT = "Russian President Vladimir Putin said Kyiv must leave the Kherson region. "
            + "Kyiv rejected the demand, and Putin’s envoy met reporters in Moscow. "
            + "The US-led talks stalled, Defence Minister Amara Okafor said. Okafor blamed Russian forces. "
            + "Officials in Kyiv said the Marvan Liberation Front had agreed.";

    @Test
    void realAnalysisAndBundledCatalog() {
        List<Mention> ms = new CatalogMentionFinder(Catalog.bundled()).find(
                MentionTestTexts.article(TEXT, LocalDate.of(2024, 6, 1)), new OpenNlpTextAnalyzer().analyze(TEXT));
        List<String> texts = ms.stream().map(m -> m.text() + "=" + m.entity().key()).toList();
        assertTrue(texts.contains("Vladimir Putin=Q7747"), texts.toString());
        assertTrue(texts.contains("Putin=Q7747"), texts.toString());
        assertTrue(texts.contains("Kyiv=Q212"), "Kyiv as the government: " + texts);
        assertTrue(texts.contains("Kyiv=Q1899"), "Kyiv as the city: " + texts);
        assertTrue(texts.contains("Moscow=Q649"), "Moscow as the city: " + texts);
        assertTrue(texts.contains("US=Q30"), texts.toString());
        assertTrue(texts.contains("Amara Okafor=person/amara-okafor"), texts.toString());
        assertTrue(texts.contains("Okafor=person/amara-okafor"), texts.toString());
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Russian") || m.text().equals("Officials")), texts.toString());
        Mention front = ms.stream().filter(m -> m.text().equals("Marvan Liberation Front")).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, front.entity().type());
        assertEquals(MentionKind.COMPOUND, ms.stream().filter(m -> m.text().equals("US")).findFirst().orElseThrow().kind());
    }
}
