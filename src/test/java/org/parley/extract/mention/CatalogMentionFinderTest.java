package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.extract.mention.MentionTestTexts.mention;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.core.EntityType;
import org.parley.core.Mention;
import org.parley.core.MentionKind;

class CatalogMentionFinderTest {

    private static final LocalDate DATE = LocalDate.of(2024, 3, 10);
    private final CatalogMentionFinder finder = new CatalogMentionFinder(MentionTestTexts.catalog());

    private List<Mention> find(String text) {
        return find(text, DATE);
    }

    private List<Mention> find(String text, LocalDate date) {
        return finder.find(MentionTestTexts.article(text, date), MentionTestTexts.analyze(text));
    }


    private static List<String> texts(List<Mention> ms) {
        return ms.stream().map(Mention::text).toList();
    }

    @Test
    void catalogNamesInCaseAndPunctuationVariants() {
        List<Mention> ms = find("The U.S. and NATO met in Brussels. Later the US and Nato spoke. UKRAINE was not there.");
        assertEquals("Q30", mention(ms, "U.S.").entity().key());
        assertEquals("Q30", mention(ms, "US").entity().key());
        assertEquals("Q7184", mention(ms, "NATO").entity().key());
        assertEquals("Q7184", mention(ms, "Nato").entity().key());
        assertEquals("Q212", mention(ms, "UKRAINE").entity().key());
        assertEquals(MentionKind.NAME, mention(ms, "NATO").kind());
        assertTrue(mention(ms, "NATO").confidence() > mention(ms, "Nato").confidence(), "exact case is preferred");
    }

    @Test
    void lowerCaseCommonWordsAreNeverNames() {
        List<Mention> ms = find("Let us see what the nato of this is, said the man.");
        assertTrue(ms.isEmpty(), texts(ms).toString());
    }

    @Test
    void possessivesAreLeftOutOfTheMention() {
        List<Mention> ms = find("Russia's offer came a day after Vladimir Putin’s speech.");
        assertEquals(List.of("Russia", "Vladimir Putin"), texts(ms));
        assertEquals("Q159", ms.get(0).entity().key());
        assertEquals("Q7747", ms.get(1).entity().key());
    }

    @Test
    void diacriticsAndTransliterationsFindTheSameEntity() {
        List<Mention> ms = find("Shelling hit Zaporizhia overnight. Officials in Zaporizhzhia and in Zaporízhzhia counted damage.");
        assertEquals(3, ms.size(), texts(ms).toString());
        assertTrue(ms.stream().allMatch(m -> m.entity().key().equals("Q171334")));
    }

    @Test
    void hyphenatedCountryIsOneName() {
        List<Mention> ms = find("Troops from Guinea-Bissau arrived while Guinea watched.");
        assertEquals(List.of("Guinea-Bissau", "Guinea"), texts(ms));
        assertEquals("Q1007", ms.get(0).entity().key());
        assertEquals("Q1006", ms.get(1).entity().key());
    }

    @Test
    void compoundsGiveTheNamePart() {
        List<Mention> ms = find("The US-led coalition met Kigali-backed fighters and a Moscow-based analyst.");
        Mention us = mention(ms, "US");
        Mention kigali = mention(ms, "Kigali");
        Mention moscow = mention(ms, "Moscow");
        assertEquals(MentionKind.COMPOUND, us.kind());
        assertEquals("Q30", us.entity().key());
        assertEquals("Q1037", kigali.entity().key(), "a capital in a compound stands for its country");
        assertEquals(MentionKind.COMPOUND, kigali.kind());
        assertEquals("Q649", moscow.entity().key(), "-based keeps the city");
    }

    @Test
    void demonymsAndAdjectivesAreNotMentions() {
        List<Mention> ms = find("Russian forces shelled Ukrainian positions while American and Israeli diplomats watched.");
        assertTrue(ms.isEmpty(), texts(ms).toString());
    }

    @Test
    void sentenceInitialCapitalizedWordsAreNotNames() {
        List<Mention> ms = find("Officials said nothing. Analysts doubt the talks, as officials and analysts often do. "
                + "Fighting continued in Kherson.");
        assertEquals(List.of("Kherson"), texts(ms));
    }

    @Test
    void catalogNameInsideAnUnknownProperNounIsNotTheEntity() {
        List<Mention> ms = find("He told the Washington Post that the Kherson Oblast council met.");
        assertNull(mention(ms, "Washington"));
        assertEquals("Q163271", mention(ms, "Kherson Oblast").entity().key());
    }

    @Test
    void titlesAreNotPartOfPersonMentions() {
        List<Mention> ms = find("Russian President Vladimir Putin spoke. Foreign Minister Sergei Lavrov listened.");
        assertEquals(List.of("Vladimir Putin", "Sergei Lavrov"), texts(ms));
        assertEquals("person/sergey-lavrov", ms.get(1).entity().key());
    }

    @Test
    void uncataloguedPersonAfterATitleAndHisSurname() {
        List<Mention> ms = find("Defence Minister Amara Okafor of Nigeria visited Kyiv. Okafor said the plan was fair. "
                + "Later Okafor left.");
        Mention full = mention(ms, "Amara Okafor");
        assertNotNull(full, texts(ms).toString());
        assertEquals(EntityType.PERSON, full.entity().type());
        assertEquals("person/amara-okafor", full.entity().key());
        Mention shortName = mention(ms, "Okafor", 0);
        assertEquals(full.entity(), shortName.entity());
        assertEquals(MentionKind.SHORT_NAME, shortName.kind());
        assertEquals(full.entity(), mention(ms, "Okafor", 1).entity());
        assertNull(mention(ms, "Defence"));
    }

    @Test
    void surnameResolvesToTheCatalogPerson() {
        List<Mention> ms = find("Vladimir Putin spoke on Friday. Putin said Moscow was ready.");
        Mention putin = mention(ms, "Putin");
        assertEquals("Q7747", putin.entity().key());
        assertEquals(MentionKind.SHORT_NAME, putin.kind());
        assertEquals(1, putin.sentenceIndex());
    }

    @Test
    void personBySpeechVerbAndAppositive() {
        List<Mention> ms = find("The ceasefire is fragile, Tomas Verhoeven said on Monday. "
                + "It will not hold, said Ilse Brandvold, a spokeswoman for the mission.");
        assertEquals(EntityType.PERSON, mention(ms, "Tomas Verhoeven").entity().type());
        assertEquals(EntityType.PERSON, mention(ms, "Ilse Brandvold").entity().type());
    }

    @Test
    void organizationsByTheirHeads() {
        List<Mention> ms = find("The Ministry of Foreign Affairs praised the Forces for Freedom and Change. "
                + "The Marvan Liberation Front (MLF) refused. The MLF later agreed.");
        assertEquals(EntityType.ORGANIZATION, mention(ms, "Ministry of Foreign Affairs").entity().type());
        assertEquals(EntityType.ORGANIZATION, mention(ms, "Forces for Freedom and Change").entity().type());
        Mention front = mention(ms, "Marvan Liberation Front");
        assertEquals(front.entity(), mention(ms, "MLF", 0).entity());
        assertEquals(front.entity(), mention(ms, "MLF", 1).entity());
    }

    @Test
    void placesByTheirCues() {
        List<Mention> ms = find("Rebels hold the Lakhdar region and Torvan Province. They shelled the city of Marsk.");
        assertEquals(EntityType.REGION, mention(ms, "Lakhdar").entity().type());
        assertEquals(EntityType.REGION, mention(ms, "Torvan Province").entity().type());
        assertEquals(EntityType.CITY, mention(ms, "Marsk").entity().type());
    }

    @Test
    void catalogCandidatesAreChosenByPlaceCues() {
        List<Mention> ms = find("Troops left the city of Kherson but stayed in the Kherson region.");
        assertEquals("city/kherson", mention(ms, "Kherson", 0).entity().key());
        assertEquals("Q163271", mention(ms, "Kherson", 1).entity().key());
    }

    @Test
    void waterBodiesTreatiesAndProcessesAreNotEntities() {
        List<Mention> ms = find("Ships crossed the Kerch Strait and the Red Sea under the Valdor Agreement, "
                + "a step in the Tessaly Process. Talks on the Middle East stalled.");
        assertTrue(ms.isEmpty(), texts(ms).toString());
    }

    @Test
    void capitalStandsForItsGovernmentOrIsTheCity() {
        List<Mention> ms = find("Kyiv rejected the offer. Moscow says talks in Kyiv are possible. "
                + "Reporters in Moscow heard the Kremlin praise Beijing's call.");
        assertEquals("Q212", mention(ms, "Kyiv", 0).entity().key());
        assertEquals(MentionKind.METONYM, mention(ms, "Kyiv", 0).kind());
        assertEquals("Q159", mention(ms, "Moscow", 0).entity().key());
        assertEquals("Q1899", mention(ms, "Kyiv", 1).entity().key());
        assertEquals("Q649", mention(ms, "Moscow", 1).entity().key());
        assertEquals("Q159", mention(ms, "Kremlin").entity().key());
        assertEquals("Q148", mention(ms, "Beijing").entity().key());
    }

    @Test
    void titlesResolveToTheHolderOnTheArticleDate() {
        String text = "The Russian president met NATO envoys. Russia's foreign minister stayed home. "
                + "The NATO secretary general spoke later.";
        List<Mention> ms = find(text, LocalDate.of(2023, 5, 1));
        assertEquals("Q7747", mention(ms, "Russian president").entity().key());
        assertEquals(MentionKind.TITLE, mention(ms, "Russian president").kind());
        assertEquals("person/sergey-lavrov", mention(ms, "foreign minister").entity().key());
        assertEquals("person/jens-stoltenberg", mention(ms, "secretary general").entity().key());
        List<Mention> later = find(text, LocalDate.of(2025, 5, 1));
        assertEquals("person/mark-rutte", mention(later, "secretary general").entity().key());
    }

    @Test
    void titleWithoutAnUnambiguousHolderIsNotResolved() {
        List<Mention> ms = find("The Ukrainian president and the president met.");
        assertTrue(ms.isEmpty(), texts(ms).toString());
    }

    @Test
    void theAllianceAfterNato() {
        List<Mention> ms = find("Ukraine wants to join NATO. Moscow opposes the military alliance.");
        Mention a = mention(ms, "alliance");
        assertEquals("Q7184", a.entity().key());
        assertEquals(MentionKind.DESCRIPTION, a.kind());
        assertNull(mention(find("Moscow opposes the alliance."), "alliance"), "no alliance named before");
    }

    @Test
    void mentionsAreInTextOrderWithoutOverlapsAndWithSentenceIndex() {
        String text = "President Vladimir Putin spoke in Moscow. Kyiv replied. Zelensky met Mark Rutte in Brussels.";
        List<Mention> ms = find(text);
        for (int i = 1; i < ms.size(); i++) {
            assertTrue(ms.get(i - 1).span().end() <= ms.get(i).span().begin());
        }
        for (Mention m : ms) {
            assertEquals(m.text(), m.span().of(text));
        }
        assertEquals(1, mention(ms, "Kyiv").sentenceIndex());
        assertEquals(2, mention(ms, "Mark Rutte").sentenceIndex());
    }

    @Test
    void mintedEntitiesKeepTheirKeyAcrossArticles() {
        List<Mention> a = find("Defence Minister Amara Okafor arrived.");
        List<Mention> b = find("Okafor left, said Defence Minister Amara Okafor.");
        assertEquals(mention(a, "Amara Okafor").entity(), mention(b, "Amara Okafor").entity());
    }

    @Test
    void georgianGovernmentIsTheCountry() {
        List<Mention> ms = find("The statement said the Chinese Government disagreed.");
        assertEquals("Q148", mention(ms, "Chinese Government").entity().key());
        assertFalse(ms.stream().anyMatch(m -> m.text().equals("Chinese")));
    }

    @Test
    void threadSafeUnderConcurrentUse() throws Exception {
        String text = "Kyiv rejected the offer from Moscow, Vladimir Putin said in Moscow.";
        List<Mention> expected = find(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                fs.add(pool.submit(() -> find(text)));
            }
            for (Future<List<Mention>> f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
