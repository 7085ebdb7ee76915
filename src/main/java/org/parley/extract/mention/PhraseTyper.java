package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;
import org.parley.core.RuleId;

/**
 * Types a capitalized phrase the catalog does not name by the first rule of the decision list
 * {@code phrase-types.tsv} whose test holds: one row per rule, {@code rule id, outcome, confidence, test}, where the
 * outcome is an entity type, {@code none} (no entity: a sea, a treaty), {@code undecided} (stop, leave it to the
 * rest of the article), {@code state} (the country or region whose government the phrase names) or
 * {@code region-of-adjective} (the region the phrase is the adjective of), and the test is a name of
 * {@link PhraseTests#BY_NAME}. A bad table fails at load with {@code file:line: problem}. Immutable and thread-safe.
 */
final class PhraseTyper {

    static final String TABLE = "/org/parley/extract/mention/phrase-types.tsv";

    /** One row of the table. */
    record Rule(RuleId id, String outcome, double confidence, String testName, Predicate<Phrase> test) {
    }

    private final List<Rule> rules;

    private PhraseTyper(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    private static final class Bundled {
        static final PhraseTyper INSTANCE = parse(TABLE, ResourceLines.read(TABLE, "rule table"));
    }

    /** The decision list shipped in the jar, loaded on first use. */
    static PhraseTyper bundled() {
        return Bundled.INSTANCE;
    }

    List<Rule> rules() {
        return rules;
    }

    /** The typing the first rule whose test holds gives {@code ph}; {@link PhraseTyping#UNDECIDED} when none holds. */
    PhraseTyping type(Phrase ph) {
        for (Rule r : rules) {
            if (r.test().test(ph)) {
                return decide(r, ph);
            }
        }
        return PhraseTyping.UNDECIDED;
    }

    private static PhraseTyping decide(Rule r, Phrase ph) {
        switch (r.outcome()) {
            case "none" -> {
                return new PhraseTyping(PhraseTyping.Outcome.NOT_AN_ENTITY, null, 0, null, r.id());
            }
            case "undecided" -> {
                return new PhraseTyping(PhraseTyping.Outcome.UNDECIDED, null, 0, null, r.id());
            }
            case "region-of-adjective" -> {
                CatalogEntry region = PhraseTests.adjectiveRegion(ph);
                return new PhraseTyping(PhraseTyping.Outcome.TYPED, region.type(), r.confidence(), region.toEntity(), r.id());
            }
            case "state" -> {
                CatalogEntry state = PhraseTests.governedState(ph);
                if (state == null) {
                    return new PhraseTyping(PhraseTyping.Outcome.UNDECIDED, null, 0, null, r.id());
                }
                return new PhraseTyping(PhraseTyping.Outcome.TYPED, state.type(), r.confidence(), state.toEntity(), r.id());
            }
            default -> {
                return new PhraseTyping(PhraseTyping.Outcome.TYPED, EntityType.parse(r.outcome()), r.confidence(), null,
                        r.id());
            }
        }
    }

    /** Parses a rule table; {@code raw} are its lines. */
    static PhraseTyper parse(String file, List<String> raw) {
        List<Rule> rules = new ArrayList<>();
        Set<RuleId> ids = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] f = line.split("\t+");
            if (f.length != 4) {
                throw new IllegalStateException(where + "expected 4 tab-separated fields (rule, outcome, confidence, test), got " + f.length);
            }
            Rule r = row(where, f);
            if (!ids.add(r.id())) {
                throw new IllegalStateException(where + "rule " + r.id() + " is already in the table");
            }
            rules.add(r);
        }
        return new PhraseTyper(rules);
    }

    private static Rule row(String where, String[] f) {
        RuleId id;
        double confidence;
        try {
            id = RuleId.of(f[0]);
            confidence = Double.parseDouble(f[2]);
            if (!Set.of("none", "undecided", "state", "region-of-adjective").contains(f[1])) {
                EntityType.parse(f[1]);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + e.getMessage(), e);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalStateException(where + "confidence out of [0,1]: " + f[2]);
        }
        Predicate<Phrase> test = PhraseTests.BY_NAME.get(f[3]);
        if (test == null) {
            throw new IllegalStateException(where + "no test named '" + f[3] + "' (see PhraseTests)");
        }
        return new Rule(id, f[1], confidence, f[3], test);
    }
}
