package org.parley.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The figures of one scoring run, as {@code ../shared/eval/score.py} prints them, with the misses (gold items the
 * system did not produce) and spurious items (system items not in the gold) per metric, keyed {@code entity},
 * {@code actor}, {@code places}, {@code allPlaces}, {@code subnational}. Immutable.
 *
 * @param entities     system entities matched to gold entities, per doc
 * @param typeAcc      share of matched entities whose coarse type (PER, ORG, LOC) agrees
 * @param linkAcc      share of confidently linked gold entities, among the matched ones, that got the same QID
 * @param linkCoverage share of those that got any QID
 * @param linkN        how many matched gold entities have a QID of high confidence
 * @param actors       (doc, kind, by) triples
 * @param places       (doc, place) pairs named in demands
 * @param allPlaces    (doc, kind, place) triples named in any statement
 * @param subnational  the (doc, place) pairs of {@code places} whose type is Region or City
 * @param impliedRecall share of gold {@code regions_implied} (doc, place) pairs the system names in demands
 */
public record Scores(int docs, Prf entities, double typeAcc, double linkAcc, double linkCoverage, int linkN,
                     Prf actors, Prf places, Prf allPlaces, Prf subnational, double impliedRecall, int impliedGold,
                     Map<String, List<String>> misses, Map<String, List<String>> spurious) {

    public Scores {
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(allPlaces, "allPlaces");
        Objects.requireNonNull(subnational, "subnational");
        misses = copy(misses);
        spurious = copy(spurious);
    }

    /**
     * Precision, recall and F1 from counts, with score.py's conventions: no system item gives precision 1 when
     * there is no gold item either, else 0; no gold item gives recall 1.
     */
    public record Prf(int tp, int system, int gold) {
        public Prf {
            if (tp < 0 || tp > system || tp > gold) {
                throw new IllegalArgumentException("true positives " + tp + " out of range for " + system + " system and " + gold + " gold items");
            }
        }

        public double p() {
            return system > 0 ? (double) tp / system : (gold == 0 ? 1.0 : 0.0);
        }

        public double r() {
            return gold > 0 ? (double) tp / gold : 1.0;
        }

        public double f1() {
            double p = p();
            double r = r();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }
    }

    public double entityP() {
        return entities.p();
    }

    public double entityR() {
        return entities.r();
    }

    public double entityF1() {
        return entities.f1();
    }

    public double actorP() {
        return actors.p();
    }

    public double actorR() {
        return actors.r();
    }

    public double actorF1() {
        return actors.f1();
    }

    public double placesP() {
        return places.p();
    }

    public double placesR() {
        return places.r();
    }

    public double placesF1() {
        return places.f1();
    }

    /** The evaluation's headline: the mean of entity F1, link accuracy, actor F1 and places F1. */
    public double mean() {
        return (entityF1() + linkAcc + actorF1() + placesF1()) / 4;
    }

    /** The evaluation's last line: {@code mission: entityF1=… linkAcc=… actorF1=… placesF1=… mean=…}. */
    public String missionLine() {
        return "mission: entityF1=" + fmt(entityF1()) + " linkAcc=" + fmt(linkAcc) + " actorF1=" + fmt(actorF1())
                + " placesF1=" + fmt(placesF1()) + " mean=" + fmt(mean());
    }

    /** All figure lines, in score.py's order and wording, the mission line last. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add("docs: " + docs);
        lines.add("entities: " + prf(entities) + " (tp " + entities.tp() + ", system " + entities.system() + ", gold "
                + entities.gold() + ") typeAcc=" + fmt(typeAcc));
        lines.add("wikidata links (gold QIDs of high confidence): acc=" + fmt(linkAcc) + " coverage=" + fmt(linkCoverage) + " n=" + linkN);
        lines.add("statement actors (doc,kind,by): " + prf(actors) + counts(actors));
        lines.add("places named in demands: " + prf(places) + counts(places));
        lines.add("places named in any demand/offer/rejection (doc,kind,place): " + prf(allPlaces) + " (gold " + allPlaces.gold() + ")");
        lines.add("sub-national regions/cities in demands: " + prf(subnational));
        lines.add("regions implied by unnamed references, recall: " + fmt(impliedRecall) + " of " + impliedGold);
        lines.add(missionLine());
        return lines;
    }

    /** The misses and spurious items, one heading per non-empty list, in score.py's verbose order. */
    public List<String> details() {
        Map<String, List<String>> sections = new TreeMap<>();
        misses.forEach((metric, items) -> sections.put(metric + "_misses", items));
        spurious.forEach((metric, items) -> sections.put(metric + "_spurious", items));
        List<String> lines = new ArrayList<>();
        sections.forEach((name, items) -> {
            if (!items.isEmpty()) {
                lines.add(name + ":");
                items.forEach(item -> lines.add("  " + item));
            }
        });
        return lines;
    }

    /**
     * Three decimals, rounding the exact binary value half to even as Python's {@code f"{x:.3f}"} does
     * (so 0.8125 gives 0.812, where {@code String.format} would give 0.813).
     */
    static String fmt(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String prf(Prf m) {
        return "P=" + fmt(m.p()) + " R=" + fmt(m.r()) + " F1=" + fmt(m.f1());
    }

    private static String counts(Prf m) {
        return " (tp " + m.tp() + ", system " + m.system() + ", gold " + m.gold() + ")";
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Objects.requireNonNull(map).forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }
}
