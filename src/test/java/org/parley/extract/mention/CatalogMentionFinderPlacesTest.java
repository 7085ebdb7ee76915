package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.extract.mention.MentionTestTexts.mention;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.EntityType;
import org.parley.core.Mention;

/** Name particles, place lists, capitals among cities, and group names: sentences written for these tests. */
class CatalogMentionFinderPlacesTest {

    private final CatalogMentionFinder finder = new CatalogMentionFinder(MentionTestTexts.catalog());

    private List<Mention> find(String text) {
        return finder.find(MentionTestTexts.article(text, LocalDate.of(2024, 3, 10)), MentionTestTexts.analyze(text));
    }

    private static List<String> texts(List<Mention> ms) {
        return ms.stream().map(m -> m.text() + "/" + m.entity().type()).toList();
    }

    @Test
    void particlesKeepAPlaceNameWholeAndNoFragmentIsTyped() {
        List<Mention> ms = find("Mediators opened a new round in Bandar es Salem on Monday.");
        assertNotNull(mention(ms, "Bandar es Salem"), texts(ms).toString());
        assertEquals(EntityType.CITY, mention(ms, "Bandar es Salem").entity().type());
        assertNull(mention(ms, "Bandar"), "a fragment is never typed: " + texts(ms));
    }

    @Test
    void unknownParticleNameWithoutCueIsNotTypedPiecewise() {
        List<Mention> ms = find("Observers said Porto do Norte stayed calm.");
        assertNull(mention(ms, "Porto"), texts(ms).toString());
        assertNull(mention(ms, "Norte"), texts(ms).toString());
    }

    @Test
    void titleAloneAfterAHyphenIsNoPerson() {
        List<Mention> ms = find("The alliance sent more troops. Its Secretary-General, Mark Rutte, urged restraint.");
        assertNull(mention(ms, "General"), texts(ms).toString());
        assertEquals("person/mark-rutte", mention(ms, "Mark Rutte").entity().key());
    }

    @Test
    void namesInAListAfterAPluralPlaceNounArePlaces() {
        List<Mention> ms = find("Shells hit the villages of Kafr Lusa and Deir Malik overnight.");
        assertEquals(EntityType.CITY, mention(ms, "Kafr Lusa").entity().type(), texts(ms).toString());
        assertEquals(EntityType.CITY, mention(ms, "Deir Malik").entity().type(), texts(ms).toString());
        List<Mention> ms2 = find("Voting was held in the districts of Nowra, Belin and Tashk.");
        for (String s : List.of("Nowra", "Belin", "Tashk")) {
            assertEquals(EntityType.REGION, mention(ms2, s).entity().type(), texts(ms2).toString());
        }
        List<Mention> ms3 = find("Monitors will visit towns such as Kelbara before the vote.");
        assertEquals(EntityType.CITY, mention(ms3, "Kelbara").entity().type(), texts(ms3).toString());
    }

    @Test
    void aNameBeforeAndOtherTownsIsATown() {
        List<Mention> ms = find("The rebels still hold Mersa and other coastal towns.");
        assertEquals(EntityType.CITY, mention(ms, "Mersa").entity().type(), texts(ms).toString());
    }

    @Test
    void unknownNamesListedWithAPlaceAfterAPrepositionArePlaces() {
        List<Mention> ms = find("Aid convoys arrived in Kyiv, Brovana and Irpeni last week.");
        assertEquals(EntityType.CITY, mention(ms, "Brovana").entity().type(), texts(ms).toString());
        assertEquals(EntityType.CITY, mention(ms, "Irpeni").entity().type(), texts(ms).toString());
    }

    @Test
    void aCommaAfterAPlacePhraseStartsNoList() {
        List<Mention> ms = find("Fighting went on in Kherson, Okoro said.");
        Mention okoro = mention(ms, "Okoro");
        assertTrue(okoro == null || okoro.entity().type() == EntityType.PERSON, texts(ms).toString());
    }

    @Test
    void aCapitalListedWithCitiesIsTheCity() {
        List<Mention> ms = find("Looting spread through Kigali, Butare and every town nearby.");
        assertEquals("Q3859", mention(ms, "Kigali").entity().key(), texts(ms).toString());
        List<Mention> gov = find("Kigali and Moscow signed the deal.");
        assertEquals("Q1037", mention(gov, "Kigali").entity().key(), "a government metonym stays the country");
    }

    @Test
    void countryNameWithoutInnerArticleAndItsShortForm() {
        List<Mention> ms = find("Envoys from the Democratic Republic of Congo met the rebels. Clashes inside Congo went on.");
        assertEquals("Q974", mention(ms, "Democratic Republic of Congo").entity().key(), texts(ms).toString());
        assertEquals("Q974", mention(ms, "Congo").entity().key(), texts(ms).toString());
        List<Mention> alone = find("Clashes inside Congo went on.");
        assertFalse(alone.stream().anyMatch(m -> "Q974".equals(m.entity().key())),
                "without the full name the short form is not linked");
    }

    @Test
    void aTitlesOfficeIsAnOrganization() {
        List<Mention> ms = find("The Prime Minister's Office later denied the report.");
        Mention m = mention(ms, "Prime Minister's Office");
        assertNotNull(m, texts(ms).toString());
        assertEquals(EntityType.ORGANIZATION, m.entity().type());
    }

    @Test
    void anAcronymExplainedAsAMissionIsAnOrganization() {
        List<Mention> ms = find("The council renewed ZMOB, the regional monitoring mission in the north, for a year.");
        assertEquals(EntityType.ORGANIZATION, mention(ms, "ZMOB").entity().type(), texts(ms).toString());
        List<Mention> none = find("The council renewed ZMOB, the plan for the north, for a year.");
        assertNull(mention(none, "ZMOB"), texts(none).toString());
    }

    @Test
    void aForumOfPeopleIsAGroupAndAForumOfTalksIsNot() {
        List<Mention> ms = find("The Widows and Missing Veterans Forum said the talks had failed.");
        Mention m = mention(ms, "Widows and Missing Veterans Forum");
        assertNotNull(m, texts(ms).toString());
        assertEquals(EntityType.ORGANIZATION, m.entity().type());
        List<Mention> talks = find("Delegates met at the Aswan Security Forum in spring.");
        assertTrue(talks.stream().noneMatch(x -> x.text().contains("Forum")), texts(talks).toString());
    }

    @Test
    void aCatalogSurnameUsedAsAModifierIsNoPerson() {
        List<Mention> ms = find("New Rahim fighters crossed the river.");
        assertNull(mention(ms, "Rahim"), texts(ms).toString());
        List<Mention> said = find("Later Rahim said he would attend.");
        assertEquals("person/ali-rahim", mention(said, "Rahim").entity().key(), texts(said).toString());
    }
}
