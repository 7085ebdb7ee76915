package org.parley.catalog.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.LocatedEntry;
import org.parley.core.EntityType;

/**
 * Finds the hand-made entry a reference row names (rules R1 and R2 of {@link ImportReport}), records the
 * disagreements and the ids a hand-made entry could take, and reports them. Not thread-safe; one per import.
 */
final class HandMadeMatch {

    private final HandMadeIndex handMade;
    private final ImportReport report;
    /** Reference ids proposed for hand-made entries without one, by the entry's key, with the rows that proposed them. */
    private final Map<String, Map<String, List<String>>> proposals = new LinkedHashMap<>();
    private int sameId;
    private int sameName;

    HandMadeMatch(HandMadeIndex handMade, ImportReport report) {
        this.handMade = handMade;
        this.report = report;
    }

    /**
     * The hand-made entry that is this row's place, or null.
     *
     * @param where    the row, for the report
     * @param rowQid   the row's id as the file gives it (null when none)
     * @param keptQid  the id the row keeps after the checks on the file's own ids (null when doubtful)
     * @param names    the row's names, label first
     * @param country  the country's catalog key
     * @param types    the types a hand-made entry must have to be this place, preferred first
     * @return the entry, or null when the catalog has none; the row then keeps {@link #keptQid} unless
     *         {@link #idTakenElsewhere} says the catalog gives the id to another place
     */
    CatalogEntry find(String where, String rowQid, String keptQid, List<String> names, String country, List<EntityType> types) {
        LocatedEntry byId = handMade.byQid(rowQid);
        if (byId != null && types.contains(byId.entry().type()) && sharesName(byId.entry(), names)) {
            sameId++;
            return byId.entry();
        }
        for (EntityType type : types) {
            for (String name : names) {
                for (LocatedEntry le : handMade.places(country, PlaceNames.core(name))) {
                    CatalogEntry h = le.entry();
                    boolean named = type == EntityType.REGION ? namedAsDivision(h, name)
                            : type != EntityType.CITY || spelledAs(h, name);
                    if (h.type() == type && named) {
                        byName(where, rowQid, keptQid, names.get(0), le);
                        return h;
                    }
                }
            }
        }
        return null;
    }

    /** True when the catalog gives {@code qid} to an entry that is not this row's place (then the row keeps no id). */
    boolean idTakenElsewhere(String where, String qid, String name) {
        LocatedEntry other = handMade.byQid(qid);
        if (other == null) {
            return false;
        }
        report.add("ids dropped", where + " " + name + " " + qid + ": the catalog gives that id to "
                + other.entry().label() + " (" + other.where() + ")");
        return true;
    }

    private void byName(String where, String rowQid, String keptQid, String name, LocatedEntry le) {
        CatalogEntry h = le.entry();
        sameName++;
        if (h.wikidataId() == null && keptQid != null && handMade.byQid(keptQid) == null) {
            proposals.computeIfAbsent(h.key(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(keptQid, q -> new ArrayList<>()).add(where + " " + name);
        } else if (h.wikidataId() != null && rowQid != null && !h.wikidataId().equals(rowQid)) {
            report.add("disagreements (the hand-made id is kept)", le.where() + " " + h.label() + " " + h.wikidataId()
                    + " <> " + where + " " + name + " " + rowQid);
        }
    }

    /**
     * A hand-made region is this division when its label is the name ("Luhansk Oblast" for "Luhanska"), or when its
     * label ends in a division word: an alias of "Bekaa Valley" ("Beqaa") does not make it the Beqaa Governorate.
     */
    private static boolean namedAsDivision(CatalogEntry h, String name) {
        String label = PlaceNames.fold(h.label());
        String last = label.substring(label.lastIndexOf(' ') + 1);
        return PlaceNames.core(h.label()).equals(PlaceNames.core(name)) || NameTables.get().isDivisionWord(last);
    }

    /** A town is a hand-made city only under one of its names as written: "Latakia District" is not "Latakia". */
    private static boolean spelledAs(CatalogEntry h, String name) {
        String f = PlaceNames.fold(name);
        return PlaceNames.fold(h.label()).equals(f) || h.aliases().stream().anyMatch(a -> PlaceNames.fold(a).equals(f));
    }

    private static boolean sharesName(CatalogEntry h, List<String> names) {
        Set<String> cores = new HashSet<>();
        cores.add(PlaceNames.core(h.label()));
        h.aliases().forEach(a -> cores.add(PlaceNames.core(a)));
        return names.stream().map(PlaceNames::core).anyMatch(cores::contains);
    }

    /** Writes the proposals (R2) and the counts into the report; call once, after every row. */
    void finish() {
        Map<String, Integer> proposedIds = new LinkedHashMap<>();
        proposals.values().forEach(byQid -> byQid.keySet().forEach(q -> proposedIds.merge(q, 1, Integer::sum)));
        proposals.forEach((key, byQid) -> {
            LocatedEntry le = handMade.byKey(key);
            String head = le.where() + " " + key + " " + le.entry().label();
            if (byQid.size() == 1 && byQid.values().iterator().next().size() == 1
                    && proposedIds.get(byQid.keySet().iterator().next()) == 1) {
                String qid = byQid.keySet().iterator().next();
                report.add("ids a hand-made entry could take (R2)", head + " <- " + qid + " (" + byQid.get(qid).get(0) + ")");
            } else {
                report.add("hand-made entries matched by more than one row (no id proposed)", head + " <- " + byQid);
            }
        });
        report.add("counts", sameId + " rows are a hand-made entry with the same id (R1)");
        report.add("counts", sameName + " rows are a hand-made entry by name in the same country (R1)");
    }
}
