package org.parley.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.extract.RuleCatalogue;

/**
 * Writes measured rule tallies into the tables of {@code docs/RULES.md}: in a table whose header has a
 * {@code precision} column, that cell of each id's row gets the id's own tally; an {@code all forms} column gets the
 * tally of the id with every resolution suffix; a suffix row ({@code -owner}) gets the tally of every id carrying that
 * suffix. The table between the seen markers is rewritten with every composed id the tallies hold. Stateless.
 */
final class RuleFigures {

    private RuleFigures() {
    }

    /** The catalogue's lines with the figures of {@code tallies} written in. */
    static List<String> fill(List<String> doc, List<RuleScorer.Tally> tallies) {
        RuleCatalogue.InDoc listed = RuleCatalogue.inDoc(doc);
        Map<String, int[]> exact = new TreeMap<>();
        Map<String, int[]> grouped = new TreeMap<>();
        Map<String, int[]> composed = new TreeMap<>();
        for (RuleScorer.Tally t : tallies) {
            add(exact, t.rule(), t);
            List<String> parts = RuleCatalogue.decompose(t.rule(), listed.ids(), listed.suffixes());
            if (!listed.ids().contains(t.rule())) {
                add(composed, t.rule(), t);
            }
            for (String part : parts == null ? Set.<String>of() : new LinkedHashSet<>(parts)) { // a suffix twice counts once
                add(grouped, part, t);
            }
        }
        List<String> out = new ArrayList<>();
        int precision = -1;
        int allForms = -1;
        boolean inSeen = false;
        for (String line : doc) {
            if (line.strip().equals(RuleCatalogue.SEEN_END)) {
                out.addAll(seenTable(composed));
                inSeen = false;
            }
            if (inSeen) {
                continue;
            }
            inSeen = line.strip().equals(RuleCatalogue.SEEN_BEGIN);
            List<String> cells = cells(line);
            String id = RuleCatalogue.rowId(line);
            if (id == null && cells.size() > 1 && !line.contains("---")) {
                precision = cells.indexOf("precision");
                allForms = cells.indexOf("all forms");
            } else if (id != null) {
                if (precision > 0) {
                    cells.set(precision, cell(id.startsWith("-") ? grouped.get(id) : exact.get(id)));
                }
                if (allForms > 0) {
                    cells.set(allForms, cell(grouped.get(id)));
                }
                line = "| " + String.join(" | ", cells) + " |";
            } else if (!line.startsWith("|")) {
                precision = -1;
                allForms = -1;
            }
            out.add(line);
        }
        return out;
    }

    private static List<String> seenTable(Map<String, int[]> composed) {
        List<String> out = new ArrayList<>();
        out.add("| id | precision |");
        out.add("|---|---|");
        composed.forEach((id, c) -> out.add("| `" + id + "` | " + cell(c) + " |"));
        return out;
    }

    private static void add(Map<String, int[]> m, String key, RuleScorer.Tally t) {
        int[] c = m.computeIfAbsent(key, k -> new int[2]);
        c[0] += t.right();
        c[1] += t.wrong();
    }

    /** "25/32 = 0.78", or "not seen". */
    static String cell(int[] c) {
        if (c == null || c[0] + c[1] == 0) {
            return "not seen";
        }
        return String.format(Locale.ROOT, "%d/%d = %.2f", c[0], c[0] + c[1], (double) c[0] / (c[0] + c[1]));
    }

    /** The cells of a table row, stripped (empty when the line is no row). */
    private static List<String> cells(String line) {
        String t = line.strip();
        if (!t.startsWith("|") || !t.endsWith("|") || t.length() < 2) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.stream(t.substring(1, t.length() - 1).split("\\|", -1)).map(String::strip).toList());
    }
}
