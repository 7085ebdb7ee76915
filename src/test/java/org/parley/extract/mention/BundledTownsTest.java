package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.extract.mention.MentionTestTexts.mention;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.catalog.Catalog;
import org.parley.core.EntityType;
import org.parley.core.Mention;

/**
 * The bundled catalog's towns of the countries the open reference list has no rows for (the United States, Russia,
 * Germany, France and others, kept by hand in {@code cities.tsv}): they resolve as towns, a town's name that is also a
 * common word or a person's name does so only under a place cue, and a division named after a town leaves the bare
 * name to the town. Sentences written for this test.
 */
class BundledTownsTest {

    private static final CatalogMentionFinder BUNDLED = new CatalogMentionFinder(Catalog.bundled());

    private static List<Mention> find(String text) {
        return BUNDLED.find(MentionTestTexts.article(text, LocalDate.of(2025, 6, 12)), MentionTestTexts.analyze(text));
    }

    private static List<String> texts(List<Mention> ms) {
        return ms.stream().map(m -> m.text() + "/" + m.entity().key() + "/" + m.entity().type()).toList();
    }

    private static void assertTown(List<Mention> ms, String name, String key) {
        Mention m = mention(ms, name);
        assertNotNull(m, name + " not found: " + texts(ms));
        assertEquals(EntityType.CITY, m.entity().type(), texts(ms).toString());
        assertEquals(key, m.entity().key(), texts(ms).toString());
    }

    private static void assertNoPlace(List<Mention> ms, String name) {
        Mention m = mention(ms, name);
        assertTrue(m == null || m.entity().type() != EntityType.CITY && m.entity().type() != EntityType.REGION,
                name + " must not be a place here: " + texts(ms));
    }

    @Test
    void townsOfCountriesTheReferenceListLacksAreTowns() {
        List<Mention> ms = find("The envoys held talks in Frankfurt before flying on to Chicago and Lyon.");
        assertTown(ms, "Frankfurt", "Q1794");
        assertTown(ms, "Chicago", "Q1297");
        assertTown(ms, "Lyon", "Q456");
        List<Mention> ms2 = find("Drones struck Taganrog and Tuapse overnight, officials in Moscow said.");
        assertTown(ms2, "Taganrog", "city/taganrog");
        assertTown(ms2, "Tuapse", "city/tuapse");
    }

    @Test
    void anAliasAsNewsWritesItNamesTheTown() {
        List<Mention> ms = find("The delegation stopped in Cologne and in Frankfurt am Main on its way to Bengaluru.");
        assertTown(ms, "Cologne", "Q365");
        assertTown(ms, "Frankfurt am Main", "Q1794");
        assertTown(ms, "Bengaluru", "Q1355");
    }

    @Test
    void aDivisionNamedAfterItsTownLeavesTheBareNameToTheTown() {
        List<Mention> ms = find("A refinery near Samara burned, and Naples hosted the ministers.");
        assertTown(ms, "Samara", "city/samara");
        assertTown(ms, "Naples", "Q2634");
    }

    @Test
    void aTownNamedLikeAWordOrAPersonNeedsAPlaceCue() {
        List<Mention> plain = find("It was a nice gesture, and Austin said Nice weather would not delay the vote.");
        assertNoPlace(plain, "Nice");
        assertNoPlace(plain, "Austin");
        List<Mention> cued = find("France hosted the foreign ministers in Nice on Monday.");
        assertTown(cued, "Nice", "Q33959");
    }

    @Test
    void leadersAddedToTheCatalogAreFound() {
        List<Mention> ms = find("Anutin Charnvirakul met Anwar Ibrahim, and Prabowo Subianto joined them.");
        assertEquals("person/anutin-charnvirakul", mention(ms, "Anutin Charnvirakul").entity().key(), texts(ms).toString());
        assertEquals("person/anwar-ibrahim", mention(ms, "Anwar Ibrahim").entity().key(), texts(ms).toString());
        assertEquals("person/prabowo-subianto", mention(ms, "Prabowo Subianto").entity().key(), texts(ms).toString());
    }
}
