package org.parley.extract.mention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short names whose catalog sense needs evidence in the article ({@code short-name-senses.tsv}): "Quad" names the
 * Quadrilateral Security Dialogue only when the article also names India, Japan or Australia; a "Quad" of four
 * other governments is left unnamed. Immutable and thread-safe.
 */
final class ShortNameSenses {

    private static final String RESOURCE = "/org/parley/extract/mention/short-name-senses.tsv";

    private record Row(String shortName, String key, Set<String> evidence) {
    }

    private final Map<String, Row> byKey;

    private ShortNameSenses(Map<String, Row> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The bundled table. */
    static ShortNameSenses bundled() {
        Map<String, Row> rows = new HashMap<>();
        for (String line : ResourceLines.read(RESOURCE, "table")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": expected short name, key, evidence keys: " + line);
            }
            rows.put(f[1], new Row(f[0], f[1], Set.of(f[2].split("\\|"))));
        }
        return new ShortNameSenses(rows);
    }

    /** Every catalog key the table names, its entries' and their evidence's. */
    Set<String> keys() {
        Set<String> keys = new HashSet<>(byKey.keySet());
        byKey.values().forEach(r -> keys.addAll(r.evidence()));
        return keys;
    }

    /**
     * The candidates less those that name a table entry by its short name in an article that names none of the
     * entry's evidence entries.
     */
    List<Candidate> withEvidence(List<Candidate> found, String text) {
        Set<String> named = new HashSet<>();
        for (Candidate c : found) {
            named.add(c.entity().key());
        }
        return found.stream().filter(c -> supported(c, text, named)).toList();
    }

    private boolean supported(Candidate c, String text, Set<String> named) {
        Row row = byKey.get(c.entity().key());
        if (row == null || !text.substring(c.begin(), c.end()).equals(row.shortName())) {
            return true;
        }
        return row.evidence().stream().anyMatch(named::contains);
    }
}
