package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldScorerTest {

    private static final double EPS = 1e-9;
    private static final String DOC = "2031-01-01-harbour-talks";

    // A made-up article: Mara Velasquez of Pelagia demands that Corvina withdraw from the Salt Coast and Port Ender.
    private static final GoldSet.Entity VELASQUEZ = entity("Mara Velasquez", "Person", null, null, "Mara Velasquez", "Velasquez");
    private static final GoldSet.Entity PELAGIA = entity("Pelagia", "Country", "Q9000001", "high", "Pelagia");
    private static final GoldSet.Entity CORVINA = entity("Corvina", "Country", "Q9000002", "high", "Corvina", "Ostrava");
    private static final GoldSet.Entity SALT_COAST = entity("Salt Coast", "Region", "Q9000003", "high", "Salt Coast");
    private static final GoldSet.Entity PORT_ENDER = entity("Port Ender", "City", null, null, "Port Ender");

    private static final GoldSet GOLD = new GoldSet(Map.of(DOC, new GoldSet.Doc(
            List.of(VELASQUEZ, PELAGIA, CORVINA, SALT_COAST, PORT_ENDER),
            List.of(new GoldSet.Statement("demand", List.of("Mara Velasquez"), List.of("Corvina"),
                            List.of("Salt Coast", "Port Ender"), List.of(), List.of(), null),
                    new GoldSet.Statement("rejection", List.of("Corvina"), List.of("Pelagia"), List.of(), List.of(), null, null)))));

    /** The rows a perfect system would return. */
    private static List<Map<String, String>> perfectEntities() {
        return List.of(
                ent("ex:velasquez", "Mara Velasquez", "Person", ""),
                ent("ex:pelagia", "Pelagia", "Country", "Q9000001"),
                ent("ex:corvina", "Corvina", "Country", "http://www.wikidata.org/entity/Q9000002"),
                ent("ex:salt", "Salt Coast", "Region", "Q9000003"),
                ent("ex:ender", "Port Ender", "City", ""));
    }

    private static List<Map<String, String>> perfectStatements() {
        return List.of(
                arg("ex:s1", "demand", "by", "ex:velasquez", "Mara Velasquez", "Person", ""),
                arg("ex:s1", "demand", "to", "ex:corvina", "Corvina", "Country", "Q9000002"),
                arg("ex:s1", "demand", "region", "ex:salt", "Salt Coast", "Region", "Q9000003"),
                arg("ex:s1", "demand", "region", "ex:ender", "Port Ender", "City", ""),
                arg("ex:s2", "rejection", "by", "ex:corvina", "Corvina", "Country", "Q9000002"));
    }

    @Test
    void perfectOutputScoresOneEverywhere() {
        Scores s = GoldScorer.score(GOLD, perfectEntities(), perfectStatements());
        assertEquals(1.0, s.entityP(), EPS);
        assertEquals(1.0, s.entityR(), EPS);
        assertEquals(1.0, s.entityF1(), EPS);
        assertEquals(1.0, s.typeAcc(), EPS);
        assertEquals(1.0, s.linkAcc(), EPS);
        assertEquals(1.0, s.linkCoverage(), EPS);
        assertEquals(3, s.linkN());
        assertEquals(1.0, s.actorF1(), EPS);
        assertEquals(1.0, s.placesF1(), EPS);
        assertEquals(1.0, s.subnational().f1(), EPS);
        assertEquals(1.0, s.mean(), EPS);
        assertEquals("mission: entityF1=1.000 linkAcc=1.000 actorF1=1.000 placesF1=1.000 mean=1.000", s.missionLine());
        assertTrue(s.details().isEmpty(), () -> "no miss or spurious item expected: " + s.details());
    }

    @Test
    void spuriousEntityLowersPrecisionOnly() {
        List<Map<String, String>> rows = new ArrayList<>(perfectEntities());
        rows.add(ent("ex:harbour", "Harbour Council", "Organization", ""));
        Scores s = GoldScorer.score(GOLD, rows, perfectStatements());
        assertEquals(new Scores.Prf(5, 6, 5), s.entities());
        assertEquals(5.0 / 6, s.entityP(), EPS);
        assertEquals(1.0, s.entityR(), EPS);
        assertEquals(List.of(DOC + ": Harbour Council (Organization)"), s.spurious().get("entity"));
    }

    @Test
    void missingEntityLowersRecallAndIsListed() {
        List<Map<String, String>> rows = perfectEntities().subList(0, 4);
        Scores s = GoldScorer.score(GOLD, rows, perfectStatements());
        assertEquals(1.0, s.entityP(), EPS);
        assertEquals(0.8, s.entityR(), EPS);
        assertEquals(List.of(DOC + ": Port Ender (City)"), s.misses().get("entity"));
    }

    @Test
    void wrongQidStillMatchesByLabelButLowersLinkAccuracy() {
        List<Map<String, String>> rows = new ArrayList<>(perfectEntities());
        rows.set(1, ent("ex:pelagia", "Pelagia", "Country", "Q1234"));
        rows.set(3, ent("ex:salt", "Salt Coast", "Region", ""));
        Scores s = GoldScorer.score(GOLD, rows, perfectStatements());
        assertEquals(1.0, s.entityF1(), EPS);
        assertEquals(1.0 / 3, s.linkAcc(), EPS);
        assertEquals(2.0 / 3, s.linkCoverage(), EPS);
        assertEquals(List.of(DOC + ": Pelagia as Pelagia: link Q1234 for gold Q9000001",
                DOC + ": Salt Coast as Salt Coast: link none for gold Q9000003"), s.misses().get("link"));
    }

    @Test
    void aWrongTypeIsListedWithTheLinks() {
        List<Map<String, String>> rows = new ArrayList<>(perfectEntities());
        rows.set(3, ent("ex:salt", "Salt Coast", "Organization", "Q9000003"));
        Scores s = GoldScorer.score(GOLD, rows, perfectStatements());
        assertEquals(0.8, s.typeAcc(), EPS);
        assertEquals(List.of(DOC + ": Salt Coast as Salt Coast: type Organization for gold Region"),
                s.misses().get("link"));
    }

    @Test
    void matchByQidBeatsMatchByLabel() {
        // "Ostrava" is both the capital of Corvina standing for its government and a city of its own.
        GoldSet.Entity ostravaCity = entity("Ostrava", "City", "Q9000004", "high", "Ostrava");
        GoldSet gold = new GoldSet(Map.of(DOC, new GoldSet.Doc(List.of(CORVINA, ostravaCity), List.of())));
        Scores s = GoldScorer.score(gold, List.of(ent("ex:ostrava", "Ostrava", "City", "Q9000004")), List.of());
        assertEquals(List.of(DOC + ": Corvina (Country)"), s.misses().get("entity"));
        assertEquals(1.0, s.typeAcc(), EPS);
        assertEquals(1.0, s.linkAcc(), EPS);

        // Without a QID the label decides: the gold entity of that label and type before one that only has it among
        // its mentions, as score.py ranks them.
        Scores unlinked = GoldScorer.score(gold, List.of(ent("ex:ostrava", "Ostrava", "City", "")), List.of());
        assertEquals(List.of(DOC + ": Corvina (Country)"), unlinked.misses().get("entity"));
    }

    @Test
    void aMentionStringMatchesAGoldEntityWhoseLabelDiffers() {
        GoldSet.Entity force = entity("KFOR", "Organization", null, null, "KFOR");
        GoldSet gold = new GoldSet(Map.of(DOC, new GoldSet.Doc(List.of(force), List.of())));
        Map<String, String> row = new HashMap<>(ent("ex:kosovo-force", "Kosovo Force", "Organization", ""));
        assertEquals(0.0, GoldScorer.score(gold, List.of(row), List.of()).entityF1(), EPS);
        row.put("mentions", "Kosovo Force|KFOR");
        assertEquals(1.0, GoldScorer.score(gold, List.of(row), List.of()).entityF1(), EPS);
    }

    @Test
    void oneSystemEntityMatchesOneGoldEntityAndViceVersa() {
        GoldSet.Entity ostravaCity = entity("Ostrava", "City", null, null, "Ostrava");
        GoldSet gold = new GoldSet(Map.of(DOC, new GoldSet.Doc(List.of(CORVINA, ostravaCity), List.of())));
        Scores one = GoldScorer.score(gold, List.of(ent("ex:ostrava", "Ostrava", "City", "")), List.of());
        assertEquals(new Scores.Prf(1, 1, 2), one.entities());

        // Two system entities for one person: only one of them can take the gold entity.
        Scores two = GoldScorer.score(GOLD, List.of(
                ent("ex:mara", "Mara Velasquez", "Person", ""),
                ent("ex:velasquez", "Velasquez", "Person", "")), List.of());
        assertEquals(new Scores.Prf(1, 2, 5), two.entities());
        assertEquals(List.of(DOC + ": Velasquez (Person)"), two.spurious().get("entity"));
    }

    @Test
    void rowsOfOneEntityCountOnce() {
        List<Map<String, String>> rows = new ArrayList<>(perfectEntities());
        rows.add(ent("ex:pelagia", "Pelagia", "Country", "Q9000001"));
        Scores s = GoldScorer.score(GOLD, rows, perfectStatements());
        assertEquals(new Scores.Prf(5, 5, 5), s.entities());
    }

    @Test
    void rowsOfDocumentsWithoutGoldAreIgnored() {
        List<Map<String, String>> rows = new ArrayList<>(perfectEntities());
        Map<String, String> other = new HashMap<>(ent("ex:x", "Somewhere", "City", ""));
        other.put("doc", "another-article");
        rows.add(other);
        assertEquals(1.0, GoldScorer.score(GOLD, rows, perfectStatements()).entityP(), EPS);
    }

    @Test
    void typeAccuracyComparesCoarseTypes() {
        List<Map<String, String>> rows = new ArrayList<>(perfectEntities());
        rows.set(3, ent("ex:salt", "Salt Coast", "City", "Q9000003"));    // Region vs City: both places, right
        rows.set(0, ent("ex:velasquez", "Mara Velasquez", "Organization", "")); // Person vs Organization: wrong
        Scores s = GoldScorer.score(GOLD, rows, perfectStatements());
        assertEquals(0.8, s.typeAcc(), EPS);
        assertEquals(1.0, s.entityF1(), EPS);
    }

    @Test
    void actorsArePairsOfKindAndActorPerDoc() {
        List<Map<String, String>> args = new ArrayList<>(perfectStatements());
        args.add(arg("ex:s3", "demand", "by", "ex:velasquez2", "Velasquez", "Person", ""));   // same actor again: no change
        args.add(arg("ex:s4", "Offer", "by", "ex:pelagia", "Pelagia", "Country", "Q9000001")); // not in gold
        args.add(arg("ex:s5", "demand", "by", "ex:nobody", "Tomas Reyes", "Person", ""));      // unknown entity
        Scores s = GoldScorer.score(GOLD, perfectEntities(), args);
        assertEquals(new Scores.Prf(2, 4, 2), s.actors());
        assertEquals(List.of(DOC + ": demand / ~tomas reyes", DOC + ": offer / Pelagia"), s.spurious().get("actor"));
    }

    @Test
    void placesCountOnlyRegionArgumentsOfDemands() {
        List<Map<String, String>> args = List.of(
                arg("ex:s1", "demand", "region", "ex:salt", "the Salt Coast", "Region", ""),
                arg("ex:s2", "offer", "region", "ex:ender", "Port Ender", "City", ""),
                arg("ex:s1", "demand", "to", "ex:ender", "Port Ender", "City", ""),
                arg("ex:s1", "demand", "region", "ex:pelagia", "Pelagia", "Country", "Q9000001"));
        Scores s = GoldScorer.score(GOLD, perfectEntities(), args);
        assertEquals(new Scores.Prf(1, 2, 2), s.places());
        assertEquals(List.of(DOC + ": Port Ender"), s.misses().get("places"));
        assertEquals(List.of(DOC + ": Pelagia"), s.spurious().get("places"));
        assertEquals(new Scores.Prf(1, 1, 2), s.subnational());
        assertEquals(new Scores.Prf(1, 3, 2), s.allPlaces());
    }

    @Test
    void impliedRegionsAreRecalledFromPlacesInDemands() {
        GoldSet gold = new GoldSet(Map.of(DOC, new GoldSet.Doc(List.of(CORVINA, SALT_COAST, PORT_ENDER), List.of(
                new GoldSet.Statement("demand", List.of("Corvina"), List.of(), List.of(), List.of(),
                        List.of("Salt Coast", "Port Ender"), null)))));
        Scores s = GoldScorer.score(gold, List.of(), List.of(
                arg("ex:s1", "demand", "region", "ex:salt", "Salt Coast", "Region", "")));
        assertEquals(0.5, s.impliedRecall(), EPS);
        assertEquals(2, s.impliedGold());
        assertEquals(new Scores.Prf(0, 1, 0), s.places());
    }

    @Test
    void emptySystemAndEmptyGoldFollowTheEvaluationConventions() {
        GoldSet empty = new GoldSet(Map.of(DOC, new GoldSet.Doc(List.of(), List.of())));
        Scores s = GoldScorer.score(empty, List.of(), List.of());
        assertEquals(1.0, s.entityP(), EPS);
        assertEquals(1.0, s.entityR(), EPS);
        assertEquals(0.0, s.linkAcc(), EPS);
        Scores none = GoldScorer.score(GOLD, List.of(), List.of());
        assertEquals(0.0, none.entityP(), EPS);
        assertEquals(0.0, none.entityF1(), EPS);
        assertEquals(0.0, none.mean(), EPS);
    }

    @Test
    void normalizationFollowsTheEvaluation() {
        assertEquals("kremlin", GoldScorer.normalize("The Kremlin\u2019s"));
        assertEquals("cote d ivoire", GoldScorer.normalize("C\u00f4te d\u2019Ivoire"));
        assertEquals("sao tome principe", GoldScorer.normalize("  S\u00e3o   Tom\u00e9 & Pr\u00edncipe "));
        assertEquals("rwanda backed", GoldScorer.normalize("Rwanda-backed"));
        assertEquals("the", GoldScorer.normalize("The"));
        assertEquals("m23", GoldScorer.normalize("M23's"));
        assertEquals("", GoldScorer.normalize(null));
    }

    @Test
    void qidIsTheTrailingIdentifier() {
        assertEquals("Q212", GoldScorer.qid("http://www.wikidata.org/entity/Q212"));
        assertEquals("Q212", GoldScorer.qid(" Q212 "));
        assertNull(GoldScorer.qid(""));
        assertNull(GoldScorer.qid("Q212x"));
    }

    @Test
    void figuresRoundHalfToEvenOnTheBinaryValueLikePython() {
        assertEquals("0.812", Scores.fmt(0.8125));
        assertEquals("0.333", Scores.fmt(1.0 / 3));
        assertEquals("1.000", Scores.fmt(1.0));
    }

    @Test
    void columnNamesMayCarryAQuestionMark() {
        List<Map<String, String>> rows = perfectEntities().stream().map(r -> {
            Map<String, String> q = new HashMap<>();
            r.forEach((k, v) -> q.put("?" + k, " " + v + " "));
            return q;
        }).toList();
        assertEquals(1.0, GoldScorer.score(GOLD, rows, perfectStatements()).entityF1(), EPS);
    }

    @Test
    void loadsGoldFilesByBaseName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), """
                {"id": "a", "source_url": null, "entities": [
                  {"label": "Corvina", "type": "Country", "wikidata": "Q9000002", "qid_confidence": "high", "mentions": ["Corvina"]}],
                 "statements": [{"kind": "demand", "by": ["Corvina"], "to": [], "regions": [], "organizations": [],
                   "evidence": "made up"}]}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.txt"), "not gold", StandardCharsets.UTF_8);
        GoldSet gold = GoldSet.load(dir);
        assertEquals(List.of("a"), List.copyOf(gold.docs().keySet()));
        GoldSet.Doc doc = gold.docs().get("a");
        assertTrue(doc.entities().get(0).confidentlyLinked());
        assertEquals(List.of(), doc.statements().get(0).regionsImplied());

        Files.writeString(dir.resolve("b.json"), "{\"entities\": [{\"type\": \"City\"}]}", StandardCharsets.UTF_8);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> GoldSet.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("b.json") + ": "), e.getMessage());
    }

    @Test
    void theProjectGoldSetLoads() {
        GoldSet gold = GoldSet.load(Path.of("src/test/resources/gold"));
        assertEquals(10, gold.docs().size());
        assertEquals(176, gold.docs().values().stream().mapToInt(d -> d.entities().size()).sum());
        assertEquals(100, gold.docs().values().stream().mapToInt(d -> d.statements().size()).sum());
    }

    private static GoldSet.Entity entity(String label, String type, String qid, String confidence, String... mentions) {
        return new GoldSet.Entity(label, type, qid, confidence, List.of(mentions));
    }

    private static Map<String, String> ent(String iri, String label, String type, String wikidata) {
        return Map.of("doc", DOC, "entity", iri, "label", label, "type", type, "wikidata", wikidata);
    }

    private static Map<String, String> arg(String statement, String kind, String role, String iri, String label,
                                           String type, String wikidata) {
        Map<String, String> r = new HashMap<>(ent(iri, label, type, wikidata));
        r.put("statement", statement);
        r.put("kind", kind);
        r.put("role", role);
        return r;
    }
}
