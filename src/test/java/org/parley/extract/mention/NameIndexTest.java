package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    @Test
    void piecesSplitHyphensAndKeepAbbreviations() {
        assertEquals(List.of("U.S.", "led"), NameText.surfacePieces("U.S.-led"));
        assertEquals(List.of("Guinea", "Bissau"), NameText.surfacePieces("Guinea-Bissau"));
        assertEquals(List.of("Putin", "s"), NameText.surfacePieces("Putin’s"));
    }

    @Test
    void normalizationFoldsDiacriticsDotsAndCase() {
        assertEquals("us", NameText.norm("U.S."));
        assertEquals("zaporizzja", NameText.norm("Zaporižžja"));
        assertEquals("cote d ivoire", NameText.key(NameText.surfacePieces("Côte d'Ivoire")));
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
            assertEquals(slow, NameText.fold(w), w);
        }
        assertEquals("kyiv", NameText.fold("Kyïv"));
        assertEquals("sao tome", NameText.fold("São Tomé"));
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
        assertTrue(NameText.caseAccepts("NATO", "Nato"));
        assertFalse(NameText.caseAccepts("US", "Us"));
        assertFalse(NameText.caseAccepts("NATO", "nato"));
        assertTrue(NameText.caseAccepts("Ukraine", "UKRAINE"));
        assertFalse(NameText.caseAccepts("Chad", "chad"));
        assertTrue(NameText.caseAccepts("al", "Al"));
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
        assertTrue(NameSpellings.spellingVariants("Sergey").contains("Sergei"));
        assertTrue(NameSpellings.spellingVariants("Sergei").contains("Sergey"));
        assertTrue(NameSpellings.spellingVariants("Dmitry").containsAll(List.of("Dmitri", "Dmitriy")));
        assertTrue(NameSpellings.spellingVariants("Yevgeny").containsAll(List.of("Evgeny", "Yevgeniy", "Evgeniy")));
        assertTrue(NameSpellings.spellingVariants("Zelenskyy").containsAll(List.of("Zelensky", "Zelenskiy")));
        assertTrue(NameSpellings.spellingVariants("Mohammed").containsAll(List.of("Muhammad", "Mohamed", "Mohammad")));
        assertFalse(NameSpellings.spellingVariants("Sergey").contains("Sergey"), "never the name itself");
        assertTrue(NameSpellings.spellingVariants("Putin").isEmpty());
        assertTrue(NameSpellings.spellingVariants("NATO").isEmpty(), "acronyms have no variants");
        assertTrue(NameSpellings.spellingVariants("Ali").isEmpty(), "short pieces have no variants");
    }

    @Test
    void nameVariantsCombinePiecesAndLeaveOutTheNameItself() {
        List<List<String>> v = NameSpellings.nameVariants(List.of("Dmitry", "Peskov"));
        assertTrue(v.contains(List.of("Dmitri", "Peskov")));
        assertFalse(v.contains(List.of("Dmitry", "Peskov")));
        assertTrue(NameSpellings.nameVariants(List.of("A", "B", "C", "D", "E")).isEmpty(), "long names get none");
    }
}
