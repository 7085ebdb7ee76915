package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.parley.catalog.CatalogException;
import org.parley.core.InputProblem;
import org.parley.ingest.ArticleFiles;
import org.parley.pipeline.IngestSummary;
import org.parley.pipeline.Ingestion;
import org.parley.store.SparqlRunner;
import org.parley.store.Tdb2GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests the team-written gold articles through the real pipeline into an in-memory store, runs the two
 * contract queries, scores them against the gold and checks the figures stay above fixed floors. Prints the
 * evaluation's {@code mission:} line; {@code -Dparley.eval.verbose=true} also lists misses and spurious items.
 */
class GoldSetIT {

    // Floors, a little below the figures of the first full pipeline (2026-11-26: entityF1=0.902 linkAcc=0.963
    // actorF1=0.785 placesF1=0.623 mean=0.818). Raise them when the extractor improves; a drop below is a regression.
    static final double MIN_ENTITY_F1 = 0.87;
    static final double MIN_LINK_ACC = 0.93;
    static final double MIN_ACTOR_F1 = 0.75;
    static final double MIN_PLACES_F1 = 0.58;
    static final double MIN_MEAN = 0.78;

    private static final Logger LOG = LoggerFactory.getLogger(GoldSetIT.class);
    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final Path QUERIES = Path.of("queries");

    @Test
    void goldArticlesScoreAboveTheFloors() throws IOException, CatalogException {
        List<Path> files;
        try (Stream<Path> list = Files.list(GOLD)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        GoldSet gold = GoldSet.load(GOLD);
        assertEquals(gold.docs().size(), files.size(), "one article per gold file in " + GOLD);

        List<InputProblem> problems = new ArrayList<>();
        List<Map<String, String>> entityRows;
        List<Map<String, String>> statementRows;
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            IngestSummary summary = Ingestion.run(store, (articles, sink) -> ArticleFiles.read(files, articles, sink),
                    Ingestion.Options.defaults(), problems::add, null);
            LOG.info("gold set: {}", summary.describe());
            assertEquals(files.size(), summary.stored(), () -> "articles stored: " + summary.describe());
            SparqlRunner runner = new SparqlRunner(store.datasetGraph(), Duration.ofSeconds(60));
            entityRows = select(runner, "entities.rq");
            statementRows = select(runner, "statements.rq");
        }
        assertTrue(problems.isEmpty(), () -> "gold articles were skipped: " + problems);
        List<String> docsFound = entityRows.stream().map(r -> r.get("doc")).distinct().sorted().toList();
        assertEquals(List.copyOf(gold.docs().keySet()), docsFound, "every gold article, named by its file's base name, has entities");

        Scores scores = GoldScorer.score(gold, entityRows, statementRows);
        scores.report().forEach(System.out::println);
        if (Boolean.getBoolean("parley.eval.verbose")) {
            scores.details().forEach(System.out::println);
        }
        assertAll(
                () -> assertTrue(scores.entityF1() >= MIN_ENTITY_F1, () -> "entity F1 " + scores.entityF1() + " < " + MIN_ENTITY_F1),
                () -> assertTrue(scores.linkAcc() >= MIN_LINK_ACC, () -> "link accuracy " + scores.linkAcc() + " < " + MIN_LINK_ACC),
                () -> assertTrue(scores.actorF1() >= MIN_ACTOR_F1, () -> "actor F1 " + scores.actorF1() + " < " + MIN_ACTOR_F1),
                () -> assertTrue(scores.placesF1() >= MIN_PLACES_F1, () -> "places F1 " + scores.placesF1() + " < " + MIN_PLACES_F1),
                () -> assertTrue(scores.mean() >= MIN_MEAN, () -> "mean " + scores.mean() + " < " + MIN_MEAN));
    }

    /** Runs a query of queries/ and returns its rows as the CSV output would give them (IRI or lexical form; unbound as empty). */
    private static List<Map<String, String>> select(SparqlRunner runner, String name) throws IOException {
        Path file = QUERIES.resolve(name);
        ResultSet rs = runner.select(SparqlRunner.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)), Map.of());
        List<String> vars = rs.getResultVars();
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution solution = rs.next();
            Map<String, String> row = new HashMap<>();
            for (String var : vars) {
                row.put(var, text(solution.get(var)));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        return "_:" + node.asResource().getId().getLabelString();
    }
}
