package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The typing rules' table: it loads, uses every registered test, and a bad row fails with its file and line. */
class PhraseTyperTest {

    @Test
    void theBundledTableUsesEveryRegisteredTestAndOnlyMentionIds() {
        List<PhraseTyper.Rule> rules = PhraseTyper.bundled().rules();
        assertFalse(rules.isEmpty());
        Set<String> used = new HashSet<>();
        for (PhraseTyper.Rule r : rules) {
            used.add(r.testName());
            assertEquals("mention", r.id().family(), r.id().toString());
        }
        assertEquals(PhraseTests.BY_NAME.keySet(), used, "a registered test no rule uses is dead code");
    }

    @Test
    void anUnknownTestIsRefusedWithFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PhraseTyper.parse("t.tsv",
                List.of("# rules", "mention.proper-noun.x\tCity\t0.5\tno-such-test")));
        assertTrue(e.getMessage().startsWith("t.tsv:2: "), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-test"), e.getMessage());
    }

    @Test
    void aBadOutcomeConfidenceOrRepeatedIdIsRefused() {
        assertThrows(IllegalStateException.class, () -> PhraseTyper.parse("t.tsv",
                List.of("mention.proper-noun.x\tPlanet\t0.5\tcity-head")));
        assertThrows(IllegalStateException.class, () -> PhraseTyper.parse("t.tsv",
                List.of("mention.proper-noun.x\tCity\t1.5\tcity-head")));
        assertThrows(IllegalStateException.class, () -> PhraseTyper.parse("t.tsv",
                List.of("mention.proper-noun.x\tCity\t0.5\tcity-head", "mention.proper-noun.x\tRegion\t0.5\tregion-head")));
        assertThrows(IllegalStateException.class, () -> PhraseTyper.parse("t.tsv",
                List.of("mention.proper-noun.x\tCity\t0.5")));
    }
}
