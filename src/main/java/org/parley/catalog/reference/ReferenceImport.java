package org.parley.catalog.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.LocatedEntry;
import org.parley.catalog.reference.ReferenceRows.Country;
import org.parley.catalog.reference.ReferenceRows.Region;
import org.parley.catalog.reference.ReferenceRows.Town;
import org.parley.core.EntityType;

/**
 * Turns the reference lists into catalog entries beside a hand-made catalog: divisions (Region, or City for a
 * capital that is a division of its own) and towns (City), each with the names news uses, cue names, population,
 * division, ISO code and the division it lies in; with a report of every id it checked ({@link ImportReport}).
 * A pure function of its inputs; one instance per run.
 *
 * <pre>{@code
 * ReferenceImport.Result r = ReferenceImport.run(ReferenceRows.read(regions, cities, countries), handMadeEntries);
 * r.report().lines().forEach(System.out::println);
 * }</pre>
 */
public final class ReferenceImport {

    /** What the import made: entries to write and the report. */
    public record Result(List<CatalogEntry> regions, List<CatalogEntry> towns, ImportReport report) {
        public Result {
            regions = List.copyOf(regions);
            towns = List.copyOf(towns);
        }
    }

    private final ReferenceRows rows;
    private final NameTables tables = NameTables.get();
    private final NewsNames newsNames = new NewsNames(tables);
    private final HandMadeIndex handMade;
    private final ImportReport report = new ImportReport();
    private final HandMadeMatch match;
    private final ReferenceIds ids;
    private final Map<String, String> countryKeys = new HashMap<>();
    private final Map<String, String> countryLabels = new HashMap<>();
    /** The catalog key of each division of the file, by its id: a hand-made entry's or a draft's. */
    private final Map<String, String> divisionKeys = new HashMap<>();
    private final Map<String, Draft> divisionDrafts = new HashMap<>();
    private final Map<String, List<Town>> townsByDivision = new HashMap<>();
    private final List<Draft> regionDrafts = new ArrayList<>();
    private final List<Draft> townDrafts = new ArrayList<>();
    private final Set<String> usedKeys = new HashSet<>();

    private ReferenceImport(ReferenceRows rows, List<LocatedEntry> handMadeEntries) {
        this.rows = rows;
        this.handMade = new HandMadeIndex(handMadeEntries);
        this.match = new HandMadeMatch(handMade, report);
        this.ids = new ReferenceIds(rows, tables, r -> newsNames.forRegion(r, List.of()).base(), report);
        handMadeEntries.forEach(le -> usedKeys.add(le.entry().key()));
    }

    /**
     * @param rows            the reference lists
     * @param handMadeEntries the hand-made catalog the result extends (its ids win)
     */
    public static Result run(ReferenceRows rows, List<LocatedEntry> handMadeEntries) {
        return new ReferenceImport(rows, handMadeEntries).run();
    }

    private Result run() {
        for (Country c : rows.countries()) {
            LocatedEntry e = handMade.byQid(c.wikidata());
            if (e == null) {
                report.add("left out", c.where() + " " + c.name() + " " + c.wikidata() + ": no catalog entry has this"
                        + " country's id, so its divisions and towns are left out");
                continue;
            }
            countryKeys.put(c.iso2(), e.entry().key());
            countryLabels.put(c.iso2(), e.entry().label());
        }
        for (Town t : rows.towns()) {
            if (t.region() != null) {
                townsByDivision.computeIfAbsent(t.region(), q -> new ArrayList<>()).add(t);
            }
        }
        townsByDivision.values().forEach(ts -> ts.sort(Comparator.comparingLong(Town::population).reversed()));
        rows.regions().forEach(this::region);
        for (Region r : rows.regions()) {
            Draft d = r.wikidata() == null ? null : divisionDrafts.get(r.wikidata());
            if (d != null && r.parent() != null && !ids.isRepeat(r)) {
                d.locatedIn = divisionKeys.get(r.parent());
            }
        }
        rows.towns().stream().sorted(Comparator.comparingLong(Town::population).reversed()).forEach(this::town);
        List<Draft> all = new ArrayList<>(regionDrafts);
        all.addAll(townDrafts);
        new DraftNames(tables, handMade, report).settle(all);
        match.finish();
        new CapitalCheck(handMade, report).check(rows.countries(), countryKeys, townDrafts);
        Comparator<Draft> order = Comparator.comparing((Draft d) -> d.countryIso).thenComparing(d -> d.label)
                .thenComparing(d -> d.key);
        return new Result(regionDrafts.stream().sorted(order).map(Draft::toEntry).toList(),
                townDrafts.stream().sorted(order).map(Draft::toEntry).toList(), report);
    }

    private void region(Region r) {
        String country = countryKeys.get(r.country());
        if (country == null || ids.isRepeat(r) || ids.isMergedIntoTown(r)) {
            return;
        }
        List<String> exonyms = new ArrayList<>(handMade.regionNames(country));
        townsByDivision.getOrDefault(r.wikidata(), List.of()).forEach(t -> exonyms.add(t.name()));
        NewsNames.Names names = newsNames.forRegion(r, exonyms);
        String qid = ids.qid(r);
        List<EntityType> types = tables.isCityType(r.type())
                ? List.of(EntityType.REGION, EntityType.CITY) : List.of(EntityType.REGION);
        CatalogEntry same = match.find(r.where(), r.wikidata(), qid, withLabel(names), country, types);
        if (same != null) {
            if (r.wikidata() != null) {
                divisionKeys.put(r.wikidata(), same.key());
            }
            return;
        }
        if (qid != null && match.idTakenElsewhere(r.where(), qid, r.name())) {
            qid = null;
        }
        Draft d = new Draft(r.where(), EntityType.REGION, true, r.country(), country, countryLabels.get(r.country()));
        d.qid = qid;
        d.names = names;
        d.iso = blankToNull(r.iso());
        d.divisionType = blankToNull(r.type());
        d.key = key(d, "region");
        regionDrafts.add(d);
        if (r.wikidata() != null) {
            divisionKeys.put(r.wikidata(), d.key);
            divisionDrafts.put(r.wikidata(), d);
        }
    }

    private void town(Town t) {
        String country = countryKeys.get(t.country());
        if (country == null || ids.isRepeat(t)) {
            return;
        }
        Region division = ids.divisionOf(t);
        if (division != null) {
            Draft d = divisionDrafts.get(division.wikidata());
            if (d != null) {
                d.population = Math.max(d.population, t.population());
            }
            return;
        }
        Region merged = ids.mergedDivision(t);
        NewsNames.Names names = newsNames.forTown(t);
        String qid = ids.qid(t);
        List<String> all = withLabel(names);
        if (merged != null) {
            all.add(merged.name());
        }
        String rowQid = merged != null ? merged.wikidata() : t.wikidata();
        CatalogEntry same = match.find(t.where(), rowQid, qid, all, country, List.of(EntityType.CITY));
        if (same != null) {
            return;
        }
        if (qid != null && match.idTakenElsewhere(t.where(), qid, t.name())) {
            qid = null;
        }
        Draft d = new Draft(t.where(), EntityType.CITY, false, t.country(), country, countryLabels.get(t.country()));
        d.qid = qid;
        d.names = names;
        d.population = t.population();
        if (merged != null) {
            d.iso = blankToNull(merged.iso());
            d.divisionType = merged.type();
            d.locatedIn = merged.parent() == null ? null : divisionKeys.get(merged.parent());
        } else {
            d.locatedIn = t.region() == null ? null : divisionKeys.get(t.region());
        }
        d.key = key(d, "city");
        townDrafts.add(d);
    }

    private static List<String> withLabel(NewsNames.Names names) {
        List<String> out = new ArrayList<>();
        out.add(names.label());
        out.addAll(names.names());
        return out;
    }

    /**
     * The id when kept and not yet given to another draft (then the draft loses it), else a slug key not yet used:
     * {@code city/tripoli}, then {@code city/tripoli-lb}, then with a number.
     */
    private String key(Draft d, String prefix) {
        if (d.qid != null && usedKeys.add(d.qid)) {
            return d.qid;
        }
        if (d.qid != null) {
            report.add("ids dropped", d.where + " " + d.names.label() + " " + d.qid + ": an earlier row has it");
            d.qid = null;
        }
        String base = prefix + "/" + PlaceNames.slug(d.names.label());
        String iso = d.countryIso.toLowerCase(java.util.Locale.ROOT);
        String key = base;
        for (int n = 1; !usedKeys.add(key); n++) {
            key = base + "-" + iso + (n == 1 ? "" : "-" + n);
        }
        return key;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
