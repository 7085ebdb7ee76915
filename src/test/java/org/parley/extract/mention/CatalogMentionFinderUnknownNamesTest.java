package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.extract.mention.MentionTestTexts.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.AnalyzedText;
import org.parley.core.EntityType;
import org.parley.core.Mention;
import org.parley.core.Sentence;
import org.parley.core.Token;

/**
 * Names the catalog does not know, found by the words around them: a company noun before the name, a party noun
 * after it, an organization head such as "Chamber" after a hyphenated pair of countries, a capitalized word the
 * tagger took for an adverb or a gerund, and the place line that opens a wire story. Sentences written here.
 */
class CatalogMentionFinderUnknownNamesTest {

    private static final LocalDate DATE = LocalDate.of(2025, 3, 4);
    private final CatalogMentionFinder finder = new CatalogMentionFinder(MentionTestTexts.catalog());

    private List<Mention> find(String text) {
        return find(text, MentionTestTexts.analyze(text));
    }

    private List<Mention> find(String text, AnalyzedText analysis) {
        return finder.find(MentionTestTexts.article(text, DATE), analysis);
    }

    private static List<String> texts(List<Mention> ms) {
        return ms.stream().map(Mention::text).toList();
    }

    /** The crude analysis with some words given another tag, as a statistical tagger may guess them. */
    private static AnalyzedText retagged(String text, Map<String, String> tags) {
        AnalyzedText a = MentionTestTexts.analyze(text);
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Token> tokens = new ArrayList<>();
            for (Token t : s.tokens()) {
                String pos = tags.getOrDefault(t.text(), t.pos());
                tokens.add(new Token(t.span(), t.text(), pos, t.lemma(), t.chunk()));
            }
            sentences.add(new Sentence(s.index(), s.span(), tokens));
        }
        return new AnalyzedText(a.text(), sentences);
    }

    @Test
    void companyNounBeforeAnUnknownNameMakesItAnOrganization() {
        List<Mention> ms = find("Prime Minister Adra Velisko said the state gas company Tervagom would supply the valley. "
                + "The harbour is run by a subsidiary of the conglomerate RT Holmvik.");
        Mention gas = mention(ms, "Tervagom");
        assertNotNull(gas, texts(ms).toString());
        assertEquals(EntityType.ORGANIZATION, gas.entity().type());
        Mention holding = mention(ms, "RT Holmvik");
        assertNotNull(holding, texts(ms).toString());
        assertEquals(EntityType.ORGANIZATION, holding.entity().type());
    }

    @Test
    void companyNounBeforeAPossessivePlaceNamesNoCompany() {
        List<Mention> ms = find("The deal handed the company Velmoro's oil fields for ten years.");
        assertTrue(ms.stream().noneMatch(m -> m.entity().type() == EntityType.ORGANIZATION), texts(ms).toString());
    }

    @Test
    void exampleOfCompaniesIsAnOrganization() {
        List<Mention> ms = find("Several shipping lines including Velmsk have sent their vessels around the cape.");
        Mention line = mention(ms, "Velmsk");
        assertNotNull(line, texts(ms).toString());
        assertEquals(EntityType.ORGANIZATION, line.entity().type());
    }

    @Test
    void exampleOfPlacesIsNoOrganization() {
        List<Mention> ms = find("Several towns including Velmoro have lost power.");
        assertTrue(ms.stream().noneMatch(m -> m.entity().type() == EntityType.ORGANIZATION), texts(ms).toString());
    }

    @Test
    void partyNounAfterAnUnknownNameMakesItAnOrganization() {
        List<Mention> ms = find("Nuka Olsen, who leads the left-wing Tunu Ataqa party, spoke on Monday.");
        Mention party = mention(ms, "Tunu Ataqa");
        assertNotNull(party, texts(ms).toString());
        assertEquals(EntityType.ORGANIZATION, party.entity().type());
    }

    @Test
    void demonymBeforePartyNounIsNoOrganization() {
        List<Mention> ms = find("Officials said the Russian party would not attend.");
        assertNull(mention(ms, "Russian"), texts(ms).toString());
    }

    @Test
    void chamberAfterAHyphenatedPairOfCountriesIsOneOrganization() {
        List<Mention> ms = find("The Russia-Ukraine Joint Chamber of Commerce and Industry urged both governments to reopen trade.");
        Mention chamber = mention(ms, "Russia-Ukraine Joint Chamber of Commerce and Industry");
        assertNotNull(chamber, texts(ms).toString());
        assertEquals(EntityType.ORGANIZATION, chamber.entity().type());
        assertNull(mention(ms, "Russia"), "the longer name wins over the catalog country: " + texts(ms));
        assertNull(mention(ms, "Ukraine"), texts(ms).toString());
    }

    @Test
    void capitalizedWordTaggedAsAdverbStillStartsAName() {
        String text = "Ruritanian navy spokeswoman Maly Sokhara said the curfew would stay.";
        List<Mention> ms = find(text, retagged(text, Map.of("Maly", "RB")));
        Mention person = mention(ms, "Maly Sokhara");
        assertNotNull(person, texts(ms).toString());
        assertEquals(EntityType.PERSON, person.entity().type());
    }

    @Test
    void capitalizedWordTaggedAsGerundStillStartsAPlace() {
        String text = "Herders want grazing rights back in Kersang and Tolmok, the two disputed pastures.";
        List<Mention> ms = find(text, retagged(text, Map.of("Kersang", "VBG")));
        Mention first = mention(ms, "Kersang");
        assertNotNull(first, texts(ms).toString());
        assertEquals(EntityType.CITY, first.entity().type());
        assertNotNull(mention(ms, "Tolmok"), texts(ms).toString());
    }

    @Test
    void wordUsedInLowerCaseElsewhereIsNoMistaggedName() {
        String text = "Talks went Badly on Monday, and the envoy left badly shaken.";
        List<Mention> ms = find(text, retagged(text, Map.of("Badly", "RB")));
        assertNull(mention(ms, "Badly"), texts(ms).toString());
    }

    @Test
    void wireStoryPlaceLineNamesTheCityAndLaterTheGovernment() {
        List<Mention> ms = find("Kigali (Parley) - Rwanda offered on Friday to withdraw its observers. "
                + "Kigali said the offer stood until March.");
        Mention line = ms.get(0);
        assertEquals("Kigali", line.text());
        assertEquals(EntityType.CITY, line.entity().type(), texts(ms).toString());
        Mention later = ms.stream().filter(m -> m.text().equals("Kigali") && m.span().begin() > 0).findFirst().orElseThrow();
        assertEquals("Q1037", later.entity().key());
    }

    @Test
    void pluralRegionNounAfterAListTypesTwoWordNamesAsRegions() {
        List<Mention> ms = find("Families may go back to their farms in Velkar Tom and Sarun Mey provinces once the guns fall silent.");
        Mention first = mention(ms, "Velkar Tom");
        assertNotNull(first, texts(ms).toString());
        assertEquals(EntityType.REGION, first.entity().type());
        Mention second = mention(ms, "Sarun Mey");
        assertNotNull(second, texts(ms).toString());
        assertEquals(EntityType.REGION, second.entity().type());
    }

    @Test
    void unknownNameAfterAtOrFromIsAPlace() {
        List<Mention> ms = find("The shells stored at Velmoro must be removed. "
                + "The minister spoke to the radio from Kersang late on Sunday.");
        Mention depot = mention(ms, "Velmoro");
        assertNotNull(depot, texts(ms).toString());
        assertEquals(EntityType.CITY, depot.entity().type());
        Mention town = mention(ms, "Kersang");
        assertNotNull(town, texts(ms).toString());
        assertEquals(EntityType.CITY, town.entity().type());
    }

    @Test
    void ownerOrKnownSurnameAfterAtIsNoPlace() {
        List<Mention> ms = find("Prime Minister Daro Velisko hosted the talks. "
                + "The truce was signed at Velisko's residence. Envoys met at Tarvek's farm.");
        assertTrue(ms.stream().noneMatch(m -> m.entity().type() == EntityType.CITY), texts(ms).toString());
    }

    @Test
    void missionNamedByItsHostIsItsOwnOrganization() {
        List<Mention> ms = find("The EU Mission to Ukraine urged both sides to keep the crossings open. "
                + "The EU said it would pay for the scanners.");
        Mention mission = mention(ms, "EU Mission to Ukraine");
        assertNotNull(mission, texts(ms).toString());
        assertEquals(EntityType.ORGANIZATION, mission.entity().type());
        assertEquals("EU Mission to Ukraine", mission.entity().label());
        assertEquals("Q458", mention(ms, "EU").entity().key(), "the bare acronym is still the catalog's");
    }

    @Test
    void placeAfterAMissionInAClauseIsNotJoined() {
        List<Mention> ms = find("Velisko said the mission in Ukraine would end.");
        assertEquals("Q212", mention(ms, "Ukraine").entity().key(), texts(ms).toString());
    }

    @Test
    void twoWordNameAfterFromIsNoPlace() {
        List<Mention> ms = find("The minister read out a letter from Amani Velisko on Sunday.");
        assertTrue(ms.stream().noneMatch(m -> m.entity().type() == EntityType.CITY), texts(ms).toString());
    }
}
