package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.CharSpan;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.Mention;
import org.parley.core.MentionKind;
import org.parley.core.RuleId;

/**
 * The name an article graph gives a person, from the names the article writes for that person, and a place, its label
 * without the catalog's qualifier.
 */
class ArticleNamesTest {

    private static final Entity DOE = new Entity("person/jane-doe", EntityType.PERSON, "Jane Doe", null);
    private static final Entity LINKED = new Entity("Q42", EntityType.PERSON, "Tomás Ferreira Lobo", "Q42");
    private static final Entity BLOC = new Entity("organization/nsa", EntityType.ORGANIZATION,
            "Northern States Alliance", null);

    private static final Entity VELMORO = new Entity("city/velmoro-tessaly", EntityType.CITY, "Velmoro (Tessaly)",
            null);
    private static final Entity DORSA = new Entity("Q4242", EntityType.REGION, "Dorsa (Ruritania) Province", "Q4242");
    private static final Entity KARST = new Entity("region/karst", EntityType.REGION, "Karst Governorate", null);

    private final List<Mention> mentions = new ArrayList<>();

    private void mention(String text, Entity e, MentionKind kind) {
        int begin = mentions.size() * 100;
        mentions.add(new Mention(new CharSpan(begin, begin + text.length()), text, mentions.size(), e, kind, 0.9,
                RuleId.of("mention.catalog.name")));
    }

    @Test
    void aPersonTakesTheFullestNameTheArticleWrites() {
        mention("Jane Marta Doe", DOE, MentionKind.NAME);
        mention("Doe", DOE, MentionKind.SHORT_NAME);
        mention("Jane Doe", DOE, MentionKind.NAME);
        assertEquals("Jane Marta Doe", ArticleNames.of(mentions).name(DOE));
    }

    @Test
    void aShorterFullNameThanTheCatalogsIsTheArticlesOwn() {
        mention("Tomas Lobo's", LINKED, MentionKind.NAME);
        assertEquals("Tomas Lobo", ArticleNames.of(mentions).name(LINKED));
    }

    @Test
    void theSameNameWithoutItsAccentsKeepsTheLabel() {
        mention("Tomas Ferreira Lobo", LINKED, MentionKind.NAME);
        assertEquals("Tomás Ferreira Lobo", ArticleNames.of(mentions).name(LINKED));
    }

    @Test
    void aTitleBeforeTheLabelKeepsTheLabel() {
        mention("Sheikh Jane Doe", DOE, MentionKind.NAME);
        assertEquals("Jane Doe", ArticleNames.of(mentions).name(DOE));
    }

    @Test
    void oneWordTitlesAndLowerCaseWordsKeepTheLabel() {
        mention("Doe", DOE, MentionKind.NAME);
        mention("the minister", DOE, MentionKind.TITLE);
        mention("foreign minister", DOE, MentionKind.NAME);
        mention("Jane Marta Doe", DOE, MentionKind.DESCRIPTION);
        assertEquals("Jane Doe", ArticleNames.of(mentions).name(DOE));
    }

    @Test
    void nameParticlesInLowerCaseAreNamesToo() {
        mention("Jane bint Saleh al-Doe", DOE, MentionKind.NAME);
        assertEquals("Jane bint Saleh al-Doe", ArticleNames.of(mentions).name(DOE));
    }

    @Test
    void organizationsAndUnmentionedPersonsKeepTheirLabel() {
        mention("Northern Alliance", BLOC, MentionKind.NAME);
        ArticleNames names = ArticleNames.of(mentions);
        assertEquals("Northern States Alliance", names.name(BLOC));
        assertEquals("Jane Doe", names.name(DOE));
    }

    @Test
    void aPlaceIsNamedWithoutTheCatalogsQualifier() {
        mention("Velmoro", VELMORO, MentionKind.NAME);
        assertEquals("Velmoro", ArticleNames.of(mentions).name(VELMORO));
    }

    @Test
    void aPlaceKeepsItsLabelWithoutAQualifierAtTheEnd() {
        mention("Dorsa", DORSA, MentionKind.NAME);
        mention("Karst province", KARST, MentionKind.NAME);
        ArticleNames names = ArticleNames.of(mentions);
        assertEquals("Dorsa (Ruritania) Province", names.name(DORSA));
        assertEquals("Karst Governorate", names.name(KARST));
    }
}
