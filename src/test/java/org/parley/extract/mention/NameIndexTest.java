package org.parley.extract.mention;

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
    void asciiFastPathFoldsAsTheUnicodePathDoes() {
        for (String w : List.of("U.S.", "Kyiv", "NATO", "al-Shabaab", "M23", "O'Brien", "")) {
            String slow = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
            assertEquals(slow, NameIndex.fold(w), w);
        }
        assertEquals("kyiv", NameIndex.fold("Kyïv"));
        assertEquals("sao tome", NameIndex.fold("São Tomé"));
    }

    @Test
    void keyPrefixesStopAScanOnlyWhereNoNameCanFollow() {
        NameIndex index = new NameIndex(MentionTestTexts.catalog());
        assertTrue(index.isKeyPrefix("democratic"));
        assertTrue(index.isKeyPrefix("democratic republic of"));
        assertTrue(index.isKeyPrefix("democratic republic of the congo"));
        assertFalse(index.isKeyPrefix("democratic repub"), "a prefix must end at a piece boundary");
        assertFalse(index.isKeyPrefix("democratic republic of the congo river"));
        assertFalse(index.isKeyPrefix("said"));
        for (String key : index.snapshot().keySet()) {
            assertTrue(index.isKeyPrefix(key), key);
        }
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

    @Test
    void spellingVariantsCoverCommonRomanizations() {
        assertTrue(NameIndex.spellingVariants("Sergey").contains("Sergei"));
        assertTrue(NameIndex.spellingVariants("Sergei").contains("Sergey"));
        assertTrue(NameIndex.spellingVariants("Dmitry").containsAll(List.of("Dmitri", "Dmitriy")));
        assertTrue(NameIndex.spellingVariants("Yevgeny").containsAll(List.of("Evgeny", "Yevgeniy", "Evgeniy")));
        assertTrue(NameIndex.spellingVariants("Zelenskyy").containsAll(List.of("Zelensky", "Zelenskiy")));
        assertTrue(NameIndex.spellingVariants("Mohammed").containsAll(List.of("Muhammad", "Mohamed", "Mohammad")));
        assertFalse(NameIndex.spellingVariants("Sergey").contains("Sergey"), "never the name itself");
        assertTrue(NameIndex.spellingVariants("Putin").isEmpty());
        assertTrue(NameIndex.spellingVariants("NATO").isEmpty(), "acronyms have no variants");
        assertTrue(NameIndex.spellingVariants("Ali").isEmpty(), "short pieces have no variants");
    }

    @Test
    void nameVariantsCombinePiecesAndLeaveOutTheNameItself() {
        List<List<String>> v = NameIndex.nameVariants(List.of("Dmitry", "Peskov"));
        assertTrue(v.contains(List.of("Dmitri", "Peskov")));
        assertFalse(v.contains(List.of("Dmitry", "Peskov")));
        assertTrue(NameIndex.nameVariants(List.of("A", "B", "C", "D", "E")).isEmpty(), "long names get none");
    }
}
