package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.extract.mention.MentionTestTexts.mention;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.EntityType;
import org.parley.core.Mention;

/** Wire-copy habits: datelines, opening place phrases, bare titles, acronyms, qualifiers; sentences written here. */
class CatalogMentionFinderWireTest {

    private final CatalogMentionFinder finder = new CatalogMentionFinder(MentionTestTexts.catalog());

    private List<Mention> find(String text) {
        return finder.find(MentionTestTexts.article(text, LocalDate.of(2024, 5, 6)), MentionTestTexts.analyze(text));
    }

    private static List<String> texts(List<Mention> ms) {
        return ms.stream().map(m -> m.text() + "/" + m.entity().key()).toList();
    }

    @Test
    void anAllCapsDatelineCapitalIsTheCityWhileTheBareCapitalLaterIsTheGovernment() {
        List<Mention> ms = find("KIGALI, May 6 (Parley) - Rwanda said on Monday that Kigali would not send envoys.");
        assertEquals("Q3859", mention(ms, "KIGALI").entity().key(), texts(ms).toString());
        assertEquals("Q1037", mention(ms, "Kigali").entity().key(), texts(ms).toString());
        List<Mention> ms2 = find("BEIJING, China (Parley) - Officials met on Monday.");
        assertEquals("Q956", mention(ms2, "BEIJING").entity().key(), texts(ms2).toString());
    }

    @Test
    void aDatelineTownTheCatalogLacksIsLabelledInTitleCaseAndAnAcronymKeepsItsCapitals() {
        List<Mention> ms = find("VELMARSK, Tessaly (Parley) - Officials of the KLF met on Monday.");
        assertEquals("Velmarsk", mention(ms, "VELMARSK").entity().label(), texts(ms).toString());
        assertEquals("Al-Qarnat", NameText.placeLabel(true, "AL-QARNAT"));
        assertEquals("KLF", NameText.placeLabel(false, "KLF"));
        assertEquals("Dorsk", NameText.placeLabel(true, "Dorsk"));
    }

    @Test
    void aSentenceOpeningPlacePhraseNamesTheCity() {
        List<Mention> ms = find("The talks stalled. In Kigali, the foreign minister said the offer was late.");
        assertEquals("Q3859", mention(ms, "Kigali").entity().key(), texts(ms).toString());
        List<Mention> ms2 = find("The talks stalled. Kigali, the statement said, would not yield.");
        assertEquals("Q1037", mention(ms2, "Kigali").entity().key(), "no place phrase: " + texts(ms2));
    }

    @Test
    void aNameBeforeABareTitleAfterACommaIsAPerson() {
        List<Mention> ms = find("The plan was dropped. Amani Okello, spokeswoman for the agency, confirmed it.");
        assertNotNull(mention(ms, "Amani Okello"), texts(ms).toString());
        assertEquals(EntityType.PERSON, mention(ms, "Amani Okello").entity().type());
        List<Mention> ms2 = find("The plan was dropped. Amani Okello, a quiet town, stayed calm.");
        Mention m = mention(ms2, "Amani Okello");
        assertTrue(m == null || m.entity().type() != EntityType.PERSON, texts(ms2).toString());
    }

    @Test
    void aLanguageAfterInIsNoCityButAnUnknownTownStillIs() {
        List<Mention> ms = find("The decree must be printed in Portuguese and read aloud.");
        assertNull(mention(ms, "Portuguese"), texts(ms).toString());
        List<Mention> ms2 = find("Officials gathered in Vorlane for the vote.");
        assertEquals(EntityType.CITY, mention(ms2, "Vorlane").entity().type(), texts(ms2).toString());
    }

    @Test
    void anUnknownAcronymBesideAnOrganizationNounIsAnOrganization() {
        List<Mention> ms = find("The farmers' union AGRIKO urged calm, and banks left the ZELNET payments network.");
        assertEquals(EntityType.ORGANIZATION, mention(ms, "AGRIKO").entity().type(), texts(ms).toString());
        assertEquals(EntityType.ORGANIZATION, mention(ms, "ZELNET").entity().type(), texts(ms).toString());
        List<Mention> ms2 = find("Critics called the vote a HUGE step backwards.");
        assertNull(mention(ms2, "HUGE"), texts(ms2).toString());
    }

    @Test
    void aDemonymAliasThatQualifiesANounIsNoMention() {
        List<Mention> ms = find("The envoys met Rwandan army advisers near the border.");
        assertNull(mention(ms, "Rwandan army"), texts(ms).toString());
        List<Mention> ms2 = find("The envoys left, and the Rwandan army said it would stay.");
        assertEquals("organization/rwanda-defence-force", mention(ms2, "Rwandan army").entity().key(),
                texts(ms2).toString());
    }

    @Test
    void aNameSharedByACityAndItsRegionIsTheCityAmongCities() {
        List<Mention> ms = find("Grain ships left Odesa, Kherson and Butare on Monday.");
        assertEquals("city/kherson", mention(ms, "Kherson").entity().key(), texts(ms).toString());
        List<Mention> ms2 = find("Troops advanced in the Kherson region.");
        assertEquals(EntityType.REGION, mention(ms2, "Kherson").entity().type(), texts(ms2).toString());
    }

    @Test
    void anUnknownNameListedWithACityAfterAPlaceVerbIsACity() {
        List<Mention> ms = find("The rebels must leave Butare and Nyanza before the vote.");
        assertEquals(EntityType.CITY, mention(ms, "Nyanza").entity().type(), texts(ms).toString());
        List<Mention> ms2 = find("The rebels must leave Amani Okello and Nyanza alone.");
        assertNull(mention(ms2, "Nyanza"), "no place in the list: " + texts(ms2));
    }

    @Test
    void aNameBeforeATownApposition() {
        List<Mention> ms = find("Shops stayed shut in the region. "
                + "Farmers from Velmar, a small town near the river, fled.");
        assertEquals(EntityType.CITY, mention(ms, "Velmar").entity().type(), texts(ms).toString());
        List<Mention> ms2 = find("Farmers praised Velmar, a famous singer.");
        assertNull(mention(ms2, "Velmar"), texts(ms2).toString());
    }

    @Test
    void aCarrierNamedWithADemonymIsAnOrganization() {
        List<Mention> ms = find("The offer included a share in Rwandan Airlines and a new port.");
        assertNotNull(mention(ms, "Rwandan Airlines"), texts(ms).toString());
        assertEquals(EntityType.ORGANIZATION, mention(ms, "Rwandan Airlines").entity().type());
        assertNull(mention(ms, "Rwandan"), texts(ms).toString());
    }

    @Test
    void aPluralRegionNounAfterAListTypesEveryNameInIt() {
        List<Mention> ms = find("Drones hit airfields in the Tomsk and Omsk regions overnight.");
        assertEquals(EntityType.REGION, mention(ms, "Tomsk").entity().type(), texts(ms).toString());
        assertEquals(EntityType.REGION, mention(ms, "Omsk").entity().type(), texts(ms).toString());
        List<Mention> ms2 = find("Envoys from Amani Okello and Velmar regions met.");
        assertNull(mention(ms2, "Amani Okello"), "a two-word name is not typed by the list cue: " + texts(ms2));
    }
}
