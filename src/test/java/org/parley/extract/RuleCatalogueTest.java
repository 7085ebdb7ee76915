package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/RULES.md lists exactly the rule ids the code and rule files emit, both ways, and each failure names the id to
 * add or remove. Reads only the source tree.
 */
class RuleCatalogueTest {

    private static RuleCatalogue.InCode code;
    private static RuleCatalogue.InDoc doc;

    @BeforeAll
    static void read() {
        code = RuleCatalogue.inCode(Path.of(""));
        doc = RuleCatalogue.inDoc(RuleCatalogue.read(RuleCatalogue.DOC).lines().toList());
    }

    @Test
    void everyIdTheCodeEmitsHasARow() {
        Set<String> missing = minus(code.ids(), doc.ids());
        assertTrue(missing.isEmpty(), () -> RuleCatalogue.DOC + " lacks " + missing.size() + " rule id(s) that the code"
                + " or rule files emit; add a row for each: " + missing);
    }

    @Test
    void everyIdInTheCatalogueIsEmitted() {
        Set<String> stale = minus(doc.ids(), code.ids());
        assertTrue(stale.isEmpty(), () -> RuleCatalogue.DOC + " lists " + stale.size() + " rule id(s) that no code or"
                + " rule file emits any more; remove the row of each: " + stale);
    }

    @Test
    void everyResolutionSuffixHasARowAndNoOther() {
        Set<String> missing = minus(code.suffixes(), doc.suffixes());
        Set<String> stale = minus(doc.suffixes(), code.suffixes());
        assertTrue(missing.isEmpty() && stale.isEmpty(), () -> RuleCatalogue.DOC + ": add a row for the suffix(es) "
                + missing + "; remove the row of the suffix(es) " + stale);
    }

    @Test
    void everySeenIdIsABaseWithSuffixes() {
        List<String> bad = new ArrayList<>();
        for (String id : doc.seen()) {
            if (!id.startsWith("(") && RuleCatalogue.decompose(id, code.ids(), code.suffixes()) == null) {
                bad.add(id);
            }
        }
        assertTrue(bad.isEmpty(), () -> RuleCatalogue.DOC + ": the 'seen' table lists id(s) that are no base id with"
                + " resolution suffixes any more; rerun the report (--rules-doc) or remove: " + bad);
    }

    /** A rule compared by name ("statement.rejection.label") must still exist, or the comparison silently fails. */
    @Test
    void everyIdTheCodeComparesWithExists() {
        List<String> bad = new ArrayList<>();
        for (String c : code.comparisons()) {
            String literal = c.substring(c.indexOf("(\"") + 2, c.lastIndexOf("\")"));
            boolean prefix = c.contains(".startsWith(");
            boolean found = code.ids().stream().anyMatch(id -> prefix ? id.startsWith(literal) : id.equals(literal));
            if (!found) {
                bad.add(c);
            }
        }
        assertTrue(bad.isEmpty(), () -> "comparisons with rule ids that no rule has: " + bad);
    }

    @Test
    void theScanFindsEachKindOfSource() {
        assertTrue(code.ids().contains("mention.catalog.name"), "RuleId.of constant");
        assertTrue(code.ids().contains("maker.subject"), "registry and rules file");
        assertTrue(code.ids().contains("statement.demand.call-on"), "triggers.rules");
        assertTrue(code.ids().contains("mention.proper-noun.city-head"), "phrase-types.tsv");
        assertTrue(code.ids().contains("addressee.condition-subject"), "rule passed as an argument");
        assertTrue(code.suffixes().contains("-pronoun"), "suffix appended to a rule");
        assertFalse(code.ids().contains("makers.rules"), "a rule file's name is no id");
    }

    @Test
    void decomposeTakesTheLongestBaseAndTheSuffixes() {
        Set<String> bases = Set.of("maker.subject", "maker.subject-region", "maker.plan-owner");
        Set<String> suffixes = Set.of("-pronoun", "-in-sentence", "-owner", "-possessor");
        assertEquals(List.of("maker.subject", "-pronoun", "-in-sentence"),
                RuleCatalogue.decompose("maker.subject-pronoun-in-sentence", bases, suffixes));
        assertEquals(List.of("maker.subject-region"), RuleCatalogue.decompose("maker.subject-region", bases, suffixes));
        assertEquals(List.of("maker.plan-owner", "-possessor"),
                RuleCatalogue.decompose("maker.plan-owner-possessor", bases, suffixes));
        assertNull(RuleCatalogue.decompose("maker.subject-unknown", bases, suffixes));
    }

    @Test
    void docRowsAreSortedIntoIdsSuffixesAndSeen() {
        RuleCatalogue.InDoc d = RuleCatalogue.inDoc(List.of("| id | what |", "|---|---|", "| `maker.subject` | x |",
                "| `-owner` | y |", RuleCatalogue.SEEN_BEGIN, "| `maker.subject-owner` | 1/1 |", RuleCatalogue.SEEN_END,
                "not a row `maker.agent`"));
        assertEquals(Set.of("maker.subject"), d.ids());
        assertEquals(Set.of("-owner"), d.suffixes());
        assertEquals(Set.of("maker.subject-owner"), d.seen());
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
