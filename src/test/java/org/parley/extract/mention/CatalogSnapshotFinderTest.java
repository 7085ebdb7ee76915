package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.catalog.Catalog;
import org.parley.core.Mention;

/** The mention finder over the bundled catalog read from the build's snapshot finds what it finds over the TSVs. */
class CatalogSnapshotFinderTest {

    private static final List<String> SENTENCES = List.of(
            "Kyiv and Moscow traded accusations on Tuesday as the Kremlin rejected the offer.",
            "President Erdogan told reporters in Ankara that Turkey would host the talks in Istanbul.",
            "The Democratic Republic of Congo and Rwanda signed a framework in Washington.",
            "Shelling hit Zaporizhzhia and Kherson overnight, the regional governor said.",
            "Hamas said the proposal from Egypt and Qatar fell short of its demands for Gaza.",
            "Israeli officials met envoys of the United Nations and the European Union in Cairo.",
            "Sergei Lavrov said Russia wanted guarantees before any ceasefire in the Donbas.",
            "The Sudanese army and the Rapid Support Forces fought near Khartoum and El Fasher.");

    @Test
    void theSameNameIndexAndTheSameMentions() {
        Catalog snapshot = Catalog.bundled();
        Catalog tsvs = Catalog.bundledFromTsvs();
        assertEquals(new NameIndex(tsvs).snapshot(), new NameIndex(snapshot).snapshot());
        CatalogMentionFinder fromSnapshot = new CatalogMentionFinder(snapshot);
        CatalogMentionFinder fromTsvs = new CatalogMentionFinder(tsvs);
        LocalDate date = LocalDate.of(2025, 5, 2);
        for (String s : SENTENCES) {
            List<Mention> expected = fromTsvs.find(MentionTestTexts.article(s, date), MentionTestTexts.analyze(s));
            assertFalse(expected.isEmpty(), s);
            assertEquals(expected, fromSnapshot.find(MentionTestTexts.article(s, date), MentionTestTexts.analyze(s)), s);
        }
    }
}
