package org.parley.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the rows of the two contract queries against a {@link GoldSet} with the metrics and matching rules of
 * {@code ../shared/eval/score.py}: a system entity matches a gold entity by Wikidata identifier when both have one
 * and they agree, otherwise by normalized label, otherwise by its label or mention strings against the gold label and
 * mention strings (same type first); each gold entity is matched at most once per doc, the strongest evidence first. Rows of docs without gold are ignored. Stateless.
 *
 * <pre>{@code
 * Scores s = GoldScorer.score(GoldSet.load(dir), entityRows, statementRows);
 * System.out.println(s.missionLine());
 * }</pre>
 */
public final class GoldScorer {

    /** Column names of {@code queries/entities.rq}; it may add {@code mentions} (surface strings separated by |). */
    public static final List<String> ENTITY_COLUMNS = List.of("doc", "entity", "label", "type", "wikidata");
    /** Column names of {@code queries/statements.rq}. */
    public static final List<String> STATEMENT_COLUMNS = List.of("doc", "statement", "kind", "role", "entity", "label", "type", "wikidata");

    private static final Map<String, String> COARSE = Map.of(
            "Person", "PER", "Organization", "ORG", "Country", "LOC", "Region", "LOC", "City", "LOC");
    private static final Set<String> SUBNATIONAL = Set.of("Region", "City");

    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("'s$");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QID = Pattern.compile("(Q\\d+)$");

    private GoldScorer() {
    }

    /**
     * Scores system output.
     *
     * @param entityRows    rows of {@code queries/entities.rq} ({@link #ENTITY_COLUMNS}); missing or null values count as empty
     * @param statementRows rows of {@code queries/statements.rq} ({@link #STATEMENT_COLUMNS}), same convention
     */
    public static Scores score(GoldSet gold, List<Map<String, String>> entityRows, List<Map<String, String>> statementRows) {
        Objects.requireNonNull(gold, "gold");
        List<Map<String, String>> entities = clean(entityRows);
        List<Map<String, String>> statements = clean(statementRows);
        Map<String, List<String>> misses = new LinkedHashMap<>();
        Map<String, List<String>> spurious = new LinkedHashMap<>();
        EntityCounts e = scoreEntities(gold, entities, misses, spurious);

        Map<String, Set<List<String>>> goldSets = new LinkedHashMap<>();
        Map<String, Set<List<String>>> sysSets = new LinkedHashMap<>();
        for (String name : List.of("actor", "places", "allPlaces", "subnational")) {
            goldSets.put(name, new HashSet<>());
            sysSets.put(name, new HashSet<>());
        }
        Set<List<String>> goldImplied = new HashSet<>();
        collectStatements(gold, statements, goldSets, sysSets, goldImplied);

        Map<String, Scores.Prf> prfs = new HashMap<>();
        for (String name : goldSets.keySet()) {
            Set<List<String>> g = goldSets.get(name);
            Set<List<String>> s = sysSets.get(name);
            int tp = (int) g.stream().filter(s::contains).count();
            prfs.put(name, new Scores.Prf(tp, s.size(), g.size()));
            misses.put(name, render(g, s));
            spurious.put(name, render(s, g));
        }
        Set<List<String>> sysPlaces = sysSets.get("places");
        long impliedTp = goldImplied.stream().filter(sysPlaces::contains).count();
        double impliedRecall = goldImplied.isEmpty() ? 0.0 : (double) impliedTp / goldImplied.size();

        return new Scores(gold.docs().size(), new Scores.Prf(e.tp, e.system, e.gold),
                e.typeN > 0 ? (double) e.typeOk / e.typeN : 0.0,
                e.linkN > 0 ? (double) e.linkOk / e.linkN : 0.0,
                e.linkN > 0 ? (double) e.linkCovered / e.linkN : 0.0,
                e.linkN,
                prfs.get("actor"), prfs.get("places"), prfs.get("allPlaces"), prfs.get("subnational"),
                impliedRecall, goldImplied.size(), misses, spurious);
    }

    /**
     * The label key both sides are compared by: compatibility decomposition, diacritics dropped, lower case,
     * curly apostrophe as straight, a final {@code 's} dropped, every run of other characters than a-z, 0-9 and
     * space as one space, a leading "the " dropped, spaces collapsed. "The Kremlin’s" gives "kremlin".
     * Diacritics are the non-spacing marks (score.py drops characters of non-zero combining class; the two
     * differ only for rare marks that no Latin-script name uses).
     */
    public static String normalize(String label) {
        if (label == null) {
            return "";
        }
        String s = Normalizer.normalize(label, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = POSSESSIVE_END.matcher(s).replaceAll("");
        s = NOT_ALNUM.matcher(s).replaceAll(" ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** The Q-identifier a value ends with ({@code Q7747}, {@code http://www.wikidata.org/entity/Q7747}), or null. */
    public static String qid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = QID.matcher(value.strip());
        return m.find() ? m.group(1) : null;
    }

    /**
     * The gold entities of a doc that a system entity may be, strongest evidence first, as score.py ranks them:
     * 0 the same Wikidata id; 1 the same label and type; 2 the same label; 3 the label or one of the system's
     * mention strings among the gold label and mention strings, same type; 4 the same, any type. Each as
     * {@code (rank, entity)}, sorted by rank (gold order within a rank).
     */
    static List<Map.Entry<Integer, GoldSet.Entity>> candidates(GoldSet.Doc doc, String label, String qid, String type,
                                                               List<String> mentions) {
        List<Map.Entry<Integer, GoldSet.Entity>> out = new ArrayList<>();
        String key = normalize(label);
        Set<String> sysStrings = new HashSet<>();
        sysStrings.add(key);
        mentions.forEach(m -> sysStrings.add(normalize(m)));
        sysStrings.remove("");
        for (GoldSet.Entity g : doc.entities()) {
            boolean sameType = g.type().equals(type);
            if (qid != null && g.wikidata() != null && !g.wikidata().isEmpty() && qid.equals(g.wikidata())) {
                out.add(Map.entry(0, g));
            } else if (!key.isEmpty() && key.equals(normalize(g.label()))) {
                out.add(Map.entry(sameType ? 1 : 2, g));
            } else if (labelKeys(g).stream().anyMatch(sysStrings::contains)) {
                out.add(Map.entry(sameType ? 3 : 4, g));
            }
        }
        out.sort(Comparator.comparingInt(Map.Entry::getKey));
        return out;
    }

    /** The gold entities of a doc that a system entity of that label may be, best first (no mention strings). */
    static List<GoldSet.Entity> candidates(GoldSet.Doc doc, String label, String qid, String type) {
        return candidates(doc, label, qid, type, List.of()).stream().map(Map.Entry::getValue).toList();
    }

    private static Set<String> labelKeys(GoldSet.Entity g) {
        Set<String> keys = new HashSet<>();
        keys.add(normalize(g.label()));
        g.mentions().forEach(m -> keys.add(normalize(m)));
        return keys;
    }

    /** The mention strings of an entity row (the optional {@code mentions} column, separated by |). */
    private static List<String> mentions(Map<String, String> row) {
        String m = row.getOrDefault("mentions", "");
        return m.isBlank() ? List.of() : Arrays.stream(m.split("\\|")).filter(x -> !x.isBlank()).toList();
    }

    private static final class EntityCounts {
        int tp;
        int system;
        int gold;
        int typeOk;
        int typeN;
        int linkOk;
        int linkN;
        int linkCovered;
    }

    private static EntityCounts scoreEntities(GoldSet gold, List<Map<String, String>> rows,
                                              Map<String, List<String>> misses, Map<String, List<String>> spurious) {
        EntityCounts c = new EntityCounts();
        List<String> missed = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        gold.docs().forEach((docName, doc) -> {
            // One system entity per IRI (or per label when there is no IRI), its first row.
            Map<String, Map<String, String>> byEntity = new LinkedHashMap<>();
            for (Map<String, String> r : rows) {
                if (docName.equals(r.get("doc"))) {
                    String key = r.get("entity").isEmpty() ? r.get("label") : r.get("entity");
                    byEntity.putIfAbsent(key, r);
                }
            }
            c.system += byEntity.size();
            c.gold += doc.entities().size();
            // One gold entity per system entity, the strongest evidence first: every system entity's best candidate
            // of rank 0 is taken before any of rank 1, and so on (as score.py does).
            Set<String> used = new HashSet<>();
            List<Map<String, String>> pending = new ArrayList<>(byEntity.values());
            for (int best = 0; best <= 4; best++) {
                List<Map<String, String>> left = new ArrayList<>();
                for (Map<String, String> r : pending) {
                    String sysQid = qid(r.get("wikidata"));
                    Map.Entry<Integer, GoldSet.Entity> cand = candidates(doc, r.get("label"), sysQid, r.get("type"),
                            mentions(r)).stream().filter(g -> !used.contains(g.getValue().label())).findFirst().orElse(null);
                    if (cand == null || cand.getKey() > best) {
                        left.add(r);
                        continue;
                    }
                    GoldSet.Entity match = cand.getValue();
                    used.add(match.label());
                    count(c, r, match, sysQid);
                    wrongLinkOrType(r, match, sysQid).ifPresent(w -> wrong.add(docName + ": " + w));
                }
                pending = left;
            }
            for (Map<String, String> r : pending) {
                extra.add(docName + ": " + r.get("label") + " (" + r.get("type") + ")");
            }
            for (GoldSet.Entity g : doc.entities()) {
                if (!used.contains(g.label())) {
                    missed.add(docName + ": " + g.label() + " (" + g.type() + ")");
                }
            }
        });
        misses.put("entity", missed);
        spurious.put("entity", extra);
        misses.put("link", wrong);
        return c;
    }

    /**
     * What is wrong with a matched entity's link or type, for the report: a confidently linked gold entity the system
     * links elsewhere or not at all, or a coarse type other than the gold's. Not a score: the counts stay in
     * {@link #count}.
     */
    private static Optional<String> wrongLinkOrType(Map<String, String> r, GoldSet.Entity match,
                                                              String sysQid) {
        List<String> what = new ArrayList<>();
        if (match.confidentlyLinked() && !match.wikidata().equals(sysQid)) {
            what.add("link " + (sysQid == null ? "none" : sysQid) + " for gold " + match.wikidata());
        }
        if (!COARSE.getOrDefault(r.get("type"), "?").equals(COARSE.get(match.type()))) {
            what.add("type " + r.get("type") + " for gold " + match.type());
        }
        return what.isEmpty() ? Optional.empty()
                : Optional.of(match.label() + " as " + r.get("label") + ": " + String.join(", ", what));
    }

    private static void count(EntityCounts c, Map<String, String> r, GoldSet.Entity match, String sysQid) {
        c.tp++;
        c.typeN++;
        if (COARSE.getOrDefault(r.get("type"), "?").equals(COARSE.get(match.type()))) {
            c.typeOk++;
        }
        if (match.confidentlyLinked()) {
            c.linkN++;
            if (sysQid != null) {
                c.linkCovered++;
            }
            if (match.wikidata().equals(sysQid)) {
                c.linkOk++;
            }
        }
    }

    private static void collectStatements(GoldSet gold, List<Map<String, String>> rows,
                                          Map<String, Set<List<String>>> goldSets, Map<String, Set<List<String>>> sysSets,
                                          Set<List<String>> goldImplied) {
        gold.docs().forEach((docName, doc) -> {
            Map<String, String> types = new HashMap<>();
            doc.entities().forEach(e -> types.put(e.label(), e.type()));
            for (GoldSet.Statement s : doc.statements()) {
                s.by().forEach(b -> goldSets.get("actor").add(List.of(docName, s.kind(), b)));
                s.regions().forEach(reg -> goldSets.get("allPlaces").add(List.of(docName, s.kind(), reg)));
                if (s.kind().equals("demand")) {
                    for (String reg : s.regions()) {
                        goldSets.get("places").add(List.of(docName, reg));
                        if (SUBNATIONAL.contains(types.get(reg))) {
                            goldSets.get("subnational").add(List.of(docName, reg));
                        }
                    }
                    s.regionsImplied().forEach(reg -> goldImplied.add(List.of(docName, reg)));
                }
            }
            for (Map<String, String> r : rows) {
                if (!docName.equals(r.get("doc"))) {
                    continue;
                }
                // Arguments are matched without the one-to-one rule: any argument may name any gold entity.
                List<Map.Entry<Integer, GoldSet.Entity>> cand = candidates(doc, r.get("label"), qid(r.get("wikidata")),
                        r.get("type"), List.of());
                String ent = cand.isEmpty() ? "~" + normalize(r.get("label")) : cand.get(0).getValue().label();
                String kind = r.get("kind").toLowerCase(Locale.ROOT);
                String role = r.get("role").toLowerCase(Locale.ROOT);
                if (role.equals("by")) {
                    sysSets.get("actor").add(List.of(docName, kind, ent));
                } else if (role.equals("region")) {
                    sysSets.get("allPlaces").add(List.of(docName, kind, ent));
                    if (kind.equals("demand")) {
                        sysSets.get("places").add(List.of(docName, ent));
                        String type = cand.isEmpty() ? r.get("type") : types.get(ent);
                        if (SUBNATIONAL.contains(type)) {
                            sysSets.get("subnational").add(List.of(docName, ent));
                        }
                    }
                }
            }
        });
    }

    /** Items of {@code a} not in {@code b}, sorted, as "doc: rest of the key". */
    private static List<String> render(Set<List<String>> a, Set<List<String>> b) {
        Set<String> out = new TreeSet<>();
        for (List<String> k : a) {
            if (!b.contains(k)) {
                out.add(k.get(0) + ": " + String.join(" / ", k.subList(1, k.size())));
            }
        }
        return List.copyOf(out);
    }

    /** Rows with column names stripped of blanks and a leading '?', and every value stripped (null as empty). */
    private static List<Map<String, String>> clean(List<Map<String, String>> rows) {
        List<Map<String, String>> out = new ArrayList<>(rows.size());
        for (Map<String, String> row : rows) {
            Map<String, String> r = new HashMap<>();
            row.forEach((k, v) -> {
                if (k != null && !k.isEmpty()) {
                    String name = k.strip();
                    while (name.startsWith("?")) {
                        name = name.substring(1);
                    }
                    r.put(name, v == null ? "" : v.strip());
                }
            });
            for (String col : STATEMENT_COLUMNS) {
                r.putIfAbsent(col, "");
            }
            out.add(r);
        }
        return out;
    }
}
