package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.extract.mention.MentionTestTexts.mention;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.catalog.Catalog;
import org.parley.core.Mention;

/** A short name's catalog sense needs a member named in the article; sentences written here. */
class ShortNameSensesTest {

    private static final String QUAD = "organization/quadrilateral-security-dialogue";

    private final CatalogMentionFinder finder = new CatalogMentionFinder(Catalog.bundled());

    private List<Mention> find(String text) {
        return finder.find(MentionTestTexts.article(text, LocalDate.of(2025, 3, 4)), MentionTestTexts.analyze(text));
    }

    @Test
    void theQuadOfItsMembersIsTheCatalogEntry() {
        List<Mention> ms = find("Officials from India, Japan and Australia met in Manila. The Quad called for calm at sea.");
        Mention quad = mention(ms, "Quad");
        assertNotNull(quad, ms.toString());
        assertEquals(QUAD, quad.entity().key());
    }

    @Test
    void aQuadOfOtherGovernmentsNamesNoCatalogEntry() {
        List<Mention> ms = find("Egypt, Norway, Kenya and Brazil, the Quad of mediators, asked both armies to stop firing.");
        assertTrue(ms.stream().noneMatch(m -> m.entity().key().equals(QUAD)), ms.toString());
        assertNotNull(mention(ms, "Egypt"), ms.toString());
    }

    @Test
    void theFullNameNeedsNoEvidence() {
        List<Mention> ms = find("Brazil said the Quadrilateral Security Dialogue had no role in the talks.");
        assertTrue(ms.stream().anyMatch(m -> m.entity().key().equals(QUAD)), ms.toString());
    }

    @Test
    void everyKeyOfTheTableIsABundledCatalogEntry() {
        Catalog catalog = Catalog.bundled();
        for (String key : ShortNameSenses.bundled().keys()) {
            assertTrue(catalog.findZeroOrOne(key).isPresent(), key);
        }
    }
}
