package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.EntityType;
import org.parley.core.Mention;
import org.parley.core.NameTagger;
import org.parley.core.Token;

/** The rule that takes a statistical tagger's names, with a stand-in tagger that names the phrases it is given. */
class TaggedNamesTest {

    private static final String TEXT = "Police arrested Quentin Marlowe at the crossing. Marlowe was freed later. "
            + "Funding from the Ardent Harrow Fellowship dried up. Talks at Palais des Nations ended. "
            + "The new External Affairs Minister spoke. Aid reached Port Elsmore. Police arrested Ansel on Monday.";

    /** Names every occurrence of each phrase (tokens joined by spaces) with its label. */
    private static NameTagger tagger(Map<String, String> labels) {
        return tokens -> {
            List<NameTagger.TaggedName> out = new ArrayList<>();
            labels.forEach((phrase, label) -> {
                int n = phrase.split(" ").length;
                for (int i = 0; i + n <= tokens.size(); i++) {
                    String words = String.join(" ", tokens.subList(i, i + n).stream().map(Token::text).toList());
                    if (words.equals(phrase)) {
                        out.add(new NameTagger.TaggedName(i, i + n, label));
                    }
                }
            });
            return out;
        };
    }

    private static List<Mention> find(NameTagger tagger) {
        return new CatalogMentionFinder(MentionTestTexts.catalog(), tagger).find(
                MentionTestTexts.article(TEXT, LocalDate.of(2025, 3, 1)), MentionTestTexts.analyze(TEXT));
    }

    private static final Map<String, String> LABELS = Map.of("Quentin Marlowe", "PERSON",
            "the Ardent Harrow Fellowship", "ORG", "Palais des Nations", "ORG", "External Affairs", "ORG",
            "Port Elsmore", "GPE", "Ansel", "PERSON");

    @Test
    void aPersonTheRulesLeftIsTakenAndItsSurnameResolvesToIt() {
        assertNull(MentionTestTexts.mention(find(NameTagger.NONE), "Quentin Marlowe"), "no rule knows him");
        List<Mention> ms = find(tagger(LABELS));
        Mention full = MentionTestTexts.mention(ms, "Quentin Marlowe");
        assertNotNull(full, ms.toString());
        assertEquals(EntityType.PERSON, full.entity().type());
        assertEquals(Rules.TAGGED_PERSON, full.rule());
        Mention surname = MentionTestTexts.mention(ms, "Marlowe");
        assertNotNull(surname, ms.toString());
        assertEquals(full.entity(), surname.entity());
    }

    /** A name the tagger left out after "and" and a person it found is a person; after an organization it is not. */
    @Test
    void aNameAfterAndAndATaggedPersonIsAPersonToo() {
        String text = "The panel includes Quentin Marlowe and Ivo Brandel, officials said. "
                + "Money came from the Ardent Harrow Fellowship and Tomas Reyl last year.";
        NameTagger t = tagger(Map.of("Quentin Marlowe", "PERSON", "the Ardent Harrow Fellowship", "ORG"));
        List<Mention> ms = new CatalogMentionFinder(MentionTestTexts.catalog(), t).find(
                MentionTestTexts.article(text, LocalDate.of(2025, 3, 1)), MentionTestTexts.analyze(text));
        Mention listed = MentionTestTexts.mention(ms, "Ivo Brandel");
        assertNotNull(listed, ms.toString());
        assertEquals(EntityType.PERSON, listed.entity().type());
        assertEquals(Rules.TAGGED_PERSON_IN_LIST, listed.rule());
        Mention afterBody = MentionTestTexts.mention(ms, "Tomas Reyl");
        assertTrue(afterBody == null || afterBody.rule() != Rules.TAGGED_PERSON_IN_LIST, ms.toString());
        List<Mention> untagged = new CatalogMentionFinder(MentionTestTexts.catalog(), NameTagger.NONE).find(
                MentionTestTexts.article(text, LocalDate.of(2025, 3, 1)), MentionTestTexts.analyze(text));
        assertNull(MentionTestTexts.mention(untagged, "Ivo Brandel"), "no person before it: " + untagged);
    }

    /** The catalog's one Rahim is not the Rahim of an article that named another Rahim in full. */
    @Test
    void aSurnameIsTheTaggedPersonsBeforeTheCatalogsNamesake() {
        String text = "Police arrested Noor Rahim at the crossing. Rahim was freed later.";
        NameTagger t = tagger(Map.of("Noor Rahim", "PERSON"));
        List<Mention> ms = new CatalogMentionFinder(MentionTestTexts.catalog(), t).find(
                MentionTestTexts.article(text, LocalDate.of(2025, 3, 1)), MentionTestTexts.analyze(text));
        Mention full = MentionTestTexts.mention(ms, "Noor Rahim");
        assertNotNull(full, ms.toString());
        Mention surname = MentionTestTexts.mention(ms, "Rahim");
        assertNotNull(surname, ms.toString());
        assertEquals(full.entity(), surname.entity(), ms.toString());
        assertEquals(Rules.SURNAME, surname.rule());
    }

    /** A tagged person's name loses the titles it opens with. */
    @Test
    void aTaggedPersonLosesTheTitlesItOpensWith() {
        String text = "King Halvard IV refused to let a prince of his house take the crown. The old king was ill.";
        NameTagger t = tagger(Map.of("King Halvard IV", "PERSON"));
        List<Mention> ms = new CatalogMentionFinder(MentionTestTexts.catalog(), t).find(
                MentionTestTexts.article(text, LocalDate.of(2025, 3, 1)), MentionTestTexts.analyze(text));
        assertNull(MentionTestTexts.mention(ms, "King Halvard IV"), ms.toString());
        Mention king = MentionTestTexts.mention(ms, "Halvard IV");
        assertNotNull(king, ms.toString());
        assertEquals(EntityType.PERSON, king.entity().type());
        assertEquals("Halvard IV", king.entity().label());
    }

    @Test
    void anOfficeTheTaggerTookForABodyIsLeft() {
        String text = "The National Security Adviser said the Harbour Pilots Guild would strike.";
        NameTagger t = tagger(Map.of("National Security Adviser", "ORG", "Harbour Pilots Guild", "ORG"));
        List<Mention> ms = new CatalogMentionFinder(MentionTestTexts.catalog(), t).find(
                MentionTestTexts.article(text, LocalDate.of(2025, 3, 1)), MentionTestTexts.analyze(text));
        assertNull(MentionTestTexts.mention(ms, "National Security Adviser"), ms.toString());
        Mention guild = MentionTestTexts.mention(ms, "Harbour Pilots Guild");
        assertNotNull(guild, ms.toString());
        assertEquals(EntityType.ORGANIZATION, guild.entity().type());
    }

    @Test
    void anOrganizationLosesItsArticle() {
        Mention line = MentionTestTexts.mention(find(tagger(LABELS)), "Ardent Harrow Fellowship");
        assertNotNull(line);
        assertEquals(EntityType.ORGANIZATION, line.entity().type());
        assertEquals("Ardent Harrow Fellowship", line.entity().label());
    }

    @Test
    void partsOfLongerNamesOneWordNamesForeignLowerCaseWordsAndPlacesAreLeft() {
        List<Mention> ms = find(tagger(LABELS));
        List<String> tagged = ms.stream()
                .filter(m -> m.rule().equals(Rules.TAGGED_PERSON) || m.rule().equals(Rules.TAGGED_ORGANIZATION))
                .map(Mention::text).toList();
        assertEquals(List.of("Quentin Marlowe", "Ardent Harrow Fellowship"), tagged, ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Ansel") && m.entity().type() == EntityType.PERSON
                && m.rule().equals(Rules.TAGGED_PERSON)));
    }

    @Test
    void onlySentencesWithASpanTheRuleCouldTakeAreTagged() {
        List<String> asked = new ArrayList<>();
        NameTagger tagger = tagger(LABELS);
        find(tokens -> {
            asked.add(String.join(" ", tokens.stream().map(Token::text).toList()));
            return tagger.tag(tokens);
        });
        assertTrue(asked.stream().anyMatch(s -> s.startsWith("Police arrested Quentin Marlowe")), asked.toString());
        assertTrue(asked.stream().anyMatch(s -> s.startsWith("Funding from the Ardent Harrow Fellowship")), asked.toString());
        // "Ansel on Monday" could be a name ("on" joins names: "Stratford on Avon"), so that sentence is asked
        assertTrue(asked.stream().anyMatch(s -> s.startsWith("Police arrested Ansel")), asked.toString());
        // a proper noun no rule covers, but no span of two capitalized words that could be a whole name
        assertTrue(asked.stream().noneMatch(s -> s.startsWith("Marlowe was freed")), asked.toString());
    }

    @Test
    void aPersonShapedLikeAPlaceIsACity() {
        String text = "Troops left Kherson, Dalen Hiro and the hills. Drones struck Beit Sorel overnight. "
                + "In Kigali, Quentin Marlowe arrived. Kyiv, Velma Orrin and Kigali signed.";
        NameTagger t = tagger(Map.of("Dalen Hiro", "PERSON", "Beit Sorel", "PERSON", "Quentin Marlowe", "PERSON",
                "Velma Orrin", "PERSON"));
        List<Mention> ms = new CatalogMentionFinder(MentionTestTexts.catalog(), t).find(
                MentionTestTexts.article(text, LocalDate.of(2025, 3, 1)), MentionTestTexts.analyze(text));
        for (String place : List.of("Dalen Hiro", "Beit Sorel")) {
            Mention m = MentionTestTexts.mention(ms, place);
            assertNotNull(m, place + " " + ms);
            assertEquals(EntityType.CITY, m.entity().type(), place);
            assertEquals(Rules.TAGGED_PLACE_NOT_PERSON, m.rule(), place);
        }
        // a comma after a place opens no list unless "and" or "or" follows the name
        Mention person = MentionTestTexts.mention(ms, "Quentin Marlowe");
        assertNotNull(person, ms.toString());
        assertEquals(Rules.TAGGED_PERSON, person.rule(), ms.toString());
        Mention listed = MentionTestTexts.mention(ms, "Velma Orrin");
        assertNotNull(listed, ms.toString());
        assertEquals(EntityType.CITY, listed.entity().type());
    }
}
