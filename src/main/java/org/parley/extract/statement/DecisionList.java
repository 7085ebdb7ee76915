package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An ordered choice between named rules: the order is data (a rule file listing one rule id a line), the rules are
 * Java functions registered by id. The first rule that gives an answer wins. Loading checks that the file names
 * every registered rule exactly once and no other, so a rule cannot be silently left out or misspelt.
 *
 * @param <I> what each rule reads
 * @param <O> what it gives (null when it does not apply)
 */
final class DecisionList<I, O> {

    private final String file;
    private final List<Map.Entry<String, Function<I, O>>> rules;

    private DecisionList(String file, List<Map.Entry<String, Function<I, O>>> rules) {
        this.file = file;
        this.rules = List.copyOf(rules);
    }

    /**
     * Orders {@code registry} by {@code file} of {@code rules/}.
     *
     * @throws IllegalArgumentException naming the file and line of an unknown or repeated id, or the ids it misses
     */
    static <I, O> DecisionList<I, O> load(String file, Map<String, Function<I, O>> registry) {
        List<Map.Entry<String, Function<I, O>>> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RuleFile.Line line : RuleFile.read(file)) {
            String id = line.text();
            Function<I, O> rule = registry.get(id);
            if (rule == null) {
                throw new IllegalArgumentException(line.where() + "no rule '" + id + "'; known: " + registry.keySet());
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException(line.where() + "rule '" + id + "' is listed twice");
            }
            rules.add(Map.entry(id, rule));
        }
        Set<String> missing = new HashSet<>(registry.keySet());
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(RuleFile.FOLDER + file + ": rules not listed: " + missing);
        }
        return new DecisionList<>(file, rules);
    }

    /** The first answer, or null when no rule applies. */
    O first(I input) {
        for (Map.Entry<String, Function<I, O>> r : rules) {
            O out = r.getValue().apply(input);
            if (out != null) {
                return out;
            }
        }
        return null;
    }

    /** The ids in order. */
    List<String> ids() {
        List<String> out = new ArrayList<>();
        rules.forEach(r -> out.add(r.getKey()));
        return out;
    }

    @Override
    public String toString() {
        return file + " " + ids();
    }

    /** A registry that keeps insertion order, for building the map a family registers. */
    static <I, O> Map<String, Function<I, O>> registry() {
        return new LinkedHashMap<>();
    }
}
