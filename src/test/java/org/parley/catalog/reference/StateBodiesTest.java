package org.parley.catalog.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.CatalogReader;
import org.parley.catalog.LocatedEntry;

/** The generated foreign ministries and parliaments beside a small hand-made catalog written for the test. */
class StateBodiesTest {

    private static final String HAND_MADE = String.join("\n",
            "key\ttype\tlabel\twikidata\taliases\tdemonyms\tmetonyms\tpart_of\toffices\tgroups",
            "Q1\tCountry\tVelmaria\tQ1\t\tVelmarian\t\t\t\t",
            "Q2\tCountry\tTessaly\tQ2\t\tTessalian\t\t\t\t",
            "organization/velmarian-foreign-ministry\tOrganization\tMinistry of Foreign Affairs of Velmaria\t\t"
                    + "Velmarian Foreign Ministry\t\t\t\t\tgovernment-body",
            "organization/grand-hural\tOrganization\tGrand Hural\t\t\t\t\tQ2\t\tlegislature") + "\n";

    private static List<LocatedEntry> handMade() throws Exception {
        return CatalogReader.readLocated("hand.tsv", new ByteArrayInputStream(HAND_MADE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCountryWithoutAMinistryGetsOneNamedAsNewsWritesIt() throws Exception {
        StateBodies.Result r = StateBodies.FOREIGN_MINISTRIES.of(handMade());
        assertEquals(1, r.added().size(), r.added().toString());
        CatalogEntry tessaly = r.added().get(0);
        assertEquals("Ministry of Foreign Affairs (Tessaly)", tessaly.label());
        assertEquals("Q2", tessaly.partOf());
        assertTrue(tessaly.aliases().containsAll(List.of("Tessalian Foreign Ministry", "Tessaly's Foreign Ministry",
                "Tessaly's Ministry of Foreign Affairs")), tessaly.aliases().toString());
        assertFalse(tessaly.aliases().contains("Tessalian foreign ministry"), "a lower-case description is no name");
    }

    @Test
    void aHandMadeMinistryGetsNoSecondEntryButTheNamesItLacksAreListed() throws Exception {
        StateBodies.Result r = StateBodies.FOREIGN_MINISTRIES.of(handMade());
        List<String> lacking = r.lacking().get("hand.tsv:4 organization/velmarian-foreign-ministry");
        assertTrue(lacking.contains("Velmaria's Ministry of Foreign Affairs"), r.lacking().toString());
        assertFalse(lacking.contains("Velmarian Foreign Ministry"), "it has that name already");
    }

    @Test
    void aHandMadeLegislatureOfTheCountryIsItsParliament() throws Exception {
        StateBodies.Result r = StateBodies.PARLIAMENTS.of(handMade());
        assertEquals(List.of("Parliament (Velmaria)"), r.added().stream().map(CatalogEntry::label).toList());
        assertTrue(r.lacking().get("hand.tsv:5 organization/grand-hural").contains("Tessalian Parliament"),
                r.lacking().toString());
    }
}
