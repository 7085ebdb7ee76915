package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.parley.catalog.Catalog;
import org.parley.core.Mention;
import org.parley.core.RuleId;

/**
 * Runs the rule rows ({@link RuleRows}) over their hand-tagged tokens, without any model: each row's mentions must
 * be exactly its {@code want} lines. Also checks that every rule that makes a mention has a row that shows it.
 */
class MentionRuleRowsTest {

    private static final Map<String, CatalogMentionFinder> FINDERS = new ConcurrentHashMap<>();

    /** The finder over the catalog the row names (each built once). */
    static CatalogMentionFinder finder(RuleRows row) {
        return FINDERS.computeIfAbsent(row.catalog(), name -> new CatalogMentionFinder(switch (name) {
            case "bundled" -> Catalog.bundled();
            case "places" -> MentionTestTexts.catalogWithPlaces();
            default -> MentionTestTexts.catalog();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRowOverItsHandTaggedTokens() {
        return RuleRows.all().stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
            List<Mention> ms = finder(row).find(MentionTestTexts.article(row.text(), row.date()), row.analysis());
            assertEquals(row.want(), RuleRows.describe(ms), row.toString());
        }));
    }

    @Test
    void everyRuleThatMakesAMentionHasARow() throws IllegalAccessException {
        Set<String> shown = new TreeSet<>();
        for (RuleRows row : RuleRows.all()) {
            for (String w : row.want()) {
                String[] f = w.split(" \\| ");
                if (f.length == 4) {
                    shown.add(f[2]);
                }
            }
        }
        Set<String> rules = new TreeSet<>();
        for (Field f : Rules.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == RuleId.class) {
                rules.add(f.get(null).toString());
            }
        }
        for (PhraseTyper.Rule r : PhraseTyper.bundled().rules()) {
            if (!r.outcome().equals("none") && !r.outcome().equals("undecided")) {
                rules.add(r.id().toString());
            }
        }
        rules.removeAll(shown);
        rules.removeAll(List.of(Rules.TAGGED_PERSON.toString(), Rules.TAGGED_PERSON_IN_LIST.toString(),
                Rules.TAGGED_ORGANIZATION.toString(),
                Rules.TAGGED_PLACE_NOT_PERSON.toString())); // rows run
        // without a model; TaggedNamesTest shows these with a stand-in tagger, TaggedNamesIT with NLP4J's
        assertTrue(rules.isEmpty(), "rules without a row: " + rules);
    }
}
