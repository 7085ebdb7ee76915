package org.parley.catalog.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles each draft's label, aliases and cue names (rule R6 of {@link ImportReport}) once every draft is known,
 * since a name is a cue name when another place shares it. Not thread-safe; one per import.
 */
final class DraftNames {

    private final NameTables tables;
    private final HandMadeIndex handMade;
    private final ImportReport report;

    DraftNames(NameTables tables, HandMadeIndex handMade, ImportReport report) {
        this.tables = tables;
        this.handMade = handMade;
        this.report = report;
    }

    /** Labels of the divisions towns lie in, by key: hand-made ones and drafts (after their own labels). */
    private final Map<String, String> divisionLabels = new HashMap<>();

    void settle(List<Draft> drafts) {
        Map<String, List<Draft>> byName = new HashMap<>();
        for (Draft d : drafts) {
            for (String n : d.allNames()) {
                byName.computeIfAbsent(PlaceNames.fold(n), x -> new ArrayList<>()).add(d);
            }
        }
        NameGuard guard = new NameGuard(tables, handMade, byName);
        Map<String, Integer> reasons = new HashMap<>();
        Set<String> labelsTaken = new HashSet<>();
        for (Draft d : drafts) {
            if (d.locatedIn != null && handMade.byKey(d.locatedIn) != null) {
                divisionLabels.put(d.locatedIn, handMade.byKey(d.locatedIn).entry().label());
            }
            String label = null;
            for (String n : d.allNames()) {
                String why = guard.reason(n, d);
                if (why == null) {
                    if (label == null && n.equals(d.names.label())) {
                        label = n;
                    } else {
                        d.aliases.add(n);
                    }
                } else {
                    d.cueNames.add(n);
                    reasons.merge(why.replaceAll(" (of|to|with|after) .*", " $1 ..."), 1, Integer::sum);
                    if (d.names.label().equals(n)) {
                        report.add("labels that are cue names (country added)", d.where + " " + n + ": " + why);
                    }
                }
            }
            d.label = label != null ? label : fallbackLabel(d, labelsTaken);
            labelsTaken.add(d.label);
            if (d.division) {
                divisionLabels.put(d.key, d.label);
            }
            d.aliases.removeIf(a -> a.equals(d.label));
        }
        reasons.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> report.add("cue names by reason (R6)", e.getValue() + " " + e.getKey()));
    }

    /**
     * For a label that is a cue name: the first plain form with a division noun ("Jilin Province"), else the
     * country in brackets ("Police (Poland)"), with the division when another place took that ("Merkez (Adana, Turkey)").
     */
    private String fallbackLabel(Draft d, Set<String> taken) {
        String prefix = d.names.base() + " ";
        for (String a : d.aliases) {
            if (a.startsWith(prefix) && a.length() > prefix.length()) {
                String noun = a.substring(prefix.length());
                return prefix + Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
            }
        }
        String label = d.names.label() + " (" + d.countryLabel + ")";
        String division = d.locatedIn == null ? null : divisionLabels.get(d.locatedIn);
        return taken.contains(label) && division != null
                ? d.names.label() + " (" + division + ", " + d.countryLabel + ")" : label;
    }
}
