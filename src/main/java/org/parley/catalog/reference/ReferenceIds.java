package org.parley.catalog.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.catalog.reference.ReferenceRows.Region;
import org.parley.catalog.reference.ReferenceRows.Town;

/**
 * The checks on the reference lists' own ids (rules R3 to R5 of {@link ImportReport}): ids the errata list, ids that
 * rows of different names share, repeated rows, and capitals that are also a division of a city type. Built once
 * from the rows; immutable after.
 */
final class ReferenceIds {

    private final Set<Region> doubtfulRegions = new HashSet<>();
    private final Set<Town> doubtfulTowns = new HashSet<>();
    private final Set<Object> repeats = new HashSet<>();
    /** A division of a city type merged into the town of its name, by the town. */
    private final Map<Town, Region> cityDivisions = new LinkedHashMap<>();
    private final Set<Region> mergedDivisions = new HashSet<>();
    /** Rows of the towns list that carry a division's id in the same country: that division, by the row. */
    private final Map<Town, Region> townsThatAreDivisions = new HashMap<>();

    /**
     * @param baseName a division's English name without its division noun, to tell a repeated row ("Asturias" and
     *                 "Asturias, Principality of") from another place sharing the id
     */
    ReferenceIds(ReferenceRows rows, NameTables tables, Field<Region> baseName, ImportReport report) {
        Map<String, List<Region>> regionsByQid = new HashMap<>();
        for (Region r : rows.regions()) {
            if (r.wikidata() != null && tables.isKnownWrong("regions", r.iso(), r.wikidata())) {
                doubtfulRegions.add(r); // and no sharer of the id: the row it belongs to keeps it
                report.add("ids dropped", r.where() + " " + r.name() + " " + r.wikidata() + ": listed in id-errata.tsv");
            } else if (r.wikidata() != null) {
                regionsByQid.computeIfAbsent(r.wikidata(), q -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<Town>> townsByQid = new HashMap<>();
        for (Town t : rows.towns()) {
            if (t.wikidata() != null && tables.isKnownWrong("cities", t.country() + ":" + t.name(), t.wikidata())) {
                doubtfulTowns.add(t); // and no sharer of the id: the row it belongs to keeps it
                report.add("ids dropped", t.where() + " " + t.name() + " " + t.wikidata() + ": listed in id-errata.tsv");
            } else if (t.wikidata() != null) {
                townsByQid.computeIfAbsent(t.wikidata(), q -> new ArrayList<>()).add(t);
            }
        }
        regionsByQid.forEach((qid, rs) -> sharedIds(qid, rs, baseName, Region::where, doubtfulRegions, report));
        townsByQid.forEach((qid, ts) -> {
            ts.sort(Comparator.comparingLong(Town::population).reversed());
            sharedIds(qid, ts, Town::name, Town::where, doubtfulTowns, report);
        });
        Set<String> capitals = new HashSet<>();
        rows.countries().forEach(c -> capitals.add(c.iso2() + "\t" + PlaceNames.fold(c.capital())));
        sameTownTwice(rows, report);
        mergeCityDivisions(rows, report);
        for (Town t : rows.towns()) {
            for (Region r : t.wikidata() == null ? List.<Region>of() : regionsByQid.getOrDefault(t.wikidata(), List.of())) {
                if (cityDivisions.containsKey(t)) {
                    continue;
                }
                if (r.country().equals(t.country()) && capitals.contains(t.country() + "\t" + PlaceNames.fold(t.name()))) {
                    if (doubtfulRegions.add(r)) {
                        report.add("ids dropped", r.where() + " " + r.name() + " " + r.wikidata() + " (" + r.type()
                                + "): the id of the capital " + t.name() + " (" + t.where() + ")");
                    }
                } else if (r.country().equals(t.country())) {
                    townsThatAreDivisions.put(t, r); // the towns list counts some divisions among its towns
                } else if (doubtfulTowns.add(t)) {
                    report.add("ids dropped", t.where() + " " + t.name() + " (" + t.country() + ") " + t.wikidata()
                            + ": the id of the division " + r.name() + " (" + r.country() + ", " + r.where() + ")");
                }
            }
        }
    }

    /** A text field of a row. */
    interface Field<T> {
        String of(T row);
    }

    /** Rows of one id: one name is one place repeated (all but the first are repeats); several names make the id doubtful. */
    private <T> void sharedIds(String qid, List<T> rows, Field<T> name, Field<T> where, Set<T> doubtful, ImportReport report) {
        if (rows.size() < 2) {
            return;
        }
        Set<String> names = new HashSet<>();
        rows.forEach(r -> names.add(PlaceNames.core(name.of(r))));
        if (names.size() == 1) {
            repeats.addAll(rows.subList(1, rows.size()));
            return;
        }
        doubtful.addAll(rows);
        List<String> cited = rows.stream().map(r -> name.of(r) + " (" + where.of(r) + ")").toList();
        report.add("ids dropped", qid + " is given to " + String.join(", ", cited) + ": rows of different names share it");
    }

    /** Rows of one country with one name and one population are one town; when their ids differ, it keeps none. */
    private void sameTownTwice(ReferenceRows rows, ImportReport report) {
        Map<String, List<Town>> byNameAndPopulation = new LinkedHashMap<>();
        for (Town t : rows.towns()) {
            String k = t.country() + "\t" + PlaceNames.fold(t.name()) + "\t" + t.population();
            byNameAndPopulation.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
        }
        for (List<Town> ts : byNameAndPopulation.values()) {
            if (ts.size() < 2 || ts.stream().allMatch(repeats::contains)) {
                continue;
            }
            repeats.addAll(ts.subList(1, ts.size()));
            if (ts.stream().map(Town::wikidata).distinct().count() > 1 && doubtfulTowns.add(ts.get(0))) {
                report.add("ids dropped", ts.stream().map(t -> t.name() + " " + t.wikidata() + " (" + t.where() + ")")
                        .toList() + ": one town (same name and population), different ids");
            }
        }
    }

    /** R4: a division of a city type and the town of its name inside it. */
    private void mergeCityDivisions(ReferenceRows rows, ImportReport report) {
        Map<String, Region> cityDivisionByQid = new HashMap<>();
        for (Region r : rows.regions()) {
            if (r.wikidata() != null && NameTables.get().isCityType(r.type())) {
                cityDivisionByQid.put(r.wikidata(), r);
            }
        }
        for (Town t : rows.towns()) {
            Region r = t.region() == null ? null : cityDivisionByQid.get(t.region());
            if (r == null || mergedDivisions.contains(r) || !PlaceNames.core(r.name()).equals(PlaceNames.core(t.name()))) {
                continue;
            }
            cityDivisions.put(t, r);
            mergedDivisions.add(r);
            if (!r.wikidata().equals(t.wikidata())) {
                report.add("one place in two rows", t.where() + " " + t.name() + " " + t.wikidata() + " and "
                        + r.where() + " " + r.name() + " " + r.wikidata() + " (" + r.type() + "): one City, id "
                        + (doubtfulRegions.contains(r) ? "none (the division's is doubtful)" : r.wikidata()));
            }
        }
    }

    /** The region's id, or null when it has none or it is doubtful. */
    String qid(Region r) {
        return doubtfulRegions.contains(r) ? null : r.wikidata();
    }

    /** The town's id: its division's under R4, null when doubtful. */
    String qid(Town t) {
        Region r = cityDivisions.get(t);
        if (r != null) {
            return qid(r);
        }
        return doubtfulTowns.contains(t) ? null : t.wikidata();
    }

    /** True for a row that repeats an earlier row (same id, same name): it adds nothing. */
    boolean isRepeat(Object row) {
        return repeats.contains(row);
    }

    /** True for a division merged into the town of its name (R4): it is written as that town. */
    boolean isMergedIntoTown(Region r) {
        return mergedDivisions.contains(r);
    }

    /** The division a row of the towns list stands for (it carries the division's id), or null. */
    Region divisionOf(Town t) {
        return townsThatAreDivisions.get(t);
    }

    /** The division merged into this town, or null. */
    Region mergedDivision(Town t) {
        return cityDivisions.get(t);
    }
}
