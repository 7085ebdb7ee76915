package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    @Test
    void piecesSplitHyphensAndKeepAbbreviations() {
        assertEquals(List.of("U.S.", "led"), NameIndex.surfacePieces("U.S.-led"));
        assertEquals(List.of("Guinea", "Bissau"), NameIndex.surfacePieces("Guinea-Bissau"));
        assertEquals(List.of("Putin", "s"), NameIndex.surfacePieces("Putin’s"));
    }

    @Test
    void normalizationFoldsDiacriticsDotsAndCase() {
        assertEquals("us", NameIndex.norm("U.S."));
        assertEquals("zaporizzja", NameIndex.norm("Zaporižžja"));
        assertEquals("cote d ivoire", NameIndex.key(NameIndex.surfacePieces("Côte d'Ivoire")));
    }

    @Test
    void namesWithOfTheAlsoMatchWithoutTheArticle() {
        assertEquals(List.of("Republic", "of", "Chad"),
                NameIndex.withoutInnerArticle(List.of("Republic", "of", "the", "Chad")));
        assertEquals(List.of("the", "Gambia"), NameIndex.withoutInnerArticle(List.of("the", "Gambia")));
        NameIndex index = new NameIndex(MentionTestTexts.catalog());
        assertEquals(List.of("Q974"), index.snapshot().get("democratic republic of congo"));
        assertEquals(List.of("Q974"), index.snapshot().get("democratic republic of the congo"));
    }

    @Test
    void caseRules() {
        assertTrue(NameIndex.caseAccepts("NATO", "Nato"));
        assertFalse(NameIndex.caseAccepts("US", "Us"));
        assertFalse(NameIndex.caseAccepts("NATO", "nato"));
        assertTrue(NameIndex.caseAccepts("Ukraine", "UKRAINE"));
        assertFalse(NameIndex.caseAccepts("Chad", "chad"));
        assertTrue(NameIndex.caseAccepts("al", "Al"));
    }

    @Test
    void indexHoldsNamesMetonymsDemonymsSurnamesAndTitles() {
        NameIndex index = new NameIndex(MentionTestTexts.catalog());
        assertEquals(List.of("Q30", "Q61"), index.snapshot().get("washington"));
        assertTrue(index.isDemonym("russian"));
        assertEquals("Q7747", index.surname("putin").get(0).key());
        assertFalse(index.officeTitles("secretary general").isEmpty());
    }
}
