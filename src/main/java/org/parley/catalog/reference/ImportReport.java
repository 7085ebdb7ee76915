package org.parley.catalog.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reference import decided, for a person to review: the rules it applied, then one section per kind of
 * finding (ids kept or dropped, places merged, hand-made entries that could take a reference id, names guarded),
 * each line naming the source row. Not thread-safe; one per import.
 */
public final class ImportReport {

    /** The stated rules, printed first so that every line below can be checked against them. */
    static final List<String> RULES = List.of(
            "R1 an id the hand-made catalog holds wins: a reference row that names the same place (same id, or one of"
                    + " its names in the same country) adds nothing; a different id is listed as a disagreement",
            "R2 a hand-made entry without an id is listed with the reference id it could take (review, then copy it"
                    + " into the hand-made file): only when exactly one reference row matched it, the id is not doubtful"
                    + " and no other entry holds it",
            "R3 an id is doubtful, and the row keeps none, when the errata list it, when rows with different names"
                    + " share it (a row the errata list for it is no sharer), when the catalog gives it to an entry of another name, or when a division has the id"
                    + " of its country's capital (the capital keeps it); a town row with a division's id and name in the"
                    + " same country is that division",
            "R4 a division of a city type and the town of the same name in it are one place, a City, with the"
                    + " division's id (the towns list gives such a capital the id of something else: Kyiv)",
            "R5 rows are merged only under R1 and R4, or when they repeat one name with one id (a town: one name and"
                    + " one population in one country, keeping no id when the ids differ); two places never"
                    + " share an entry",
            "R6 a name that is a common English word or reads as one (word-names.txt), a word of a person's name, a"
                    + " name of people or brands (towns under 500,000), three letters or fewer, a name the hand-made"
                    + " catalog gives another place, a name shared with another place, or (for a division) the name of"
                    + " a town in it, is a cue name: kept in cue_names, not in aliases; a label that is one gets its"
                    + " country in brackets");

    private final Map<String, List<String>> sections = new LinkedHashMap<>();

    /** Adds a line to a section (created in the order first used). */
    void add(String section, String line) {
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(line);
    }

    /** Every line of a section, in order; empty when the section has none. */
    public List<String> section(String name) {
        return List.copyOf(sections.getOrDefault(name, List.of()));
    }

    /** The report as printed: the rules, then each section with its count and lines. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("# rules");
        out.addAll(RULES);
        sections.forEach((name, lines) -> {
            out.add("");
            out.add("# " + name + " (" + lines.size() + ")");
            out.addAll(lines);
        });
        return out;
    }
}
