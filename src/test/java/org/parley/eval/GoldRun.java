package org.parley.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.parley.catalog.CatalogException;
import org.parley.core.ArticleExtraction;
import org.parley.core.DroppedTrigger;
import org.parley.core.InputProblem;
import org.parley.ingest.ArticleFiles;
import org.parley.pipeline.IngestSummary;
import org.parley.pipeline.Ingestion;
import org.parley.store.SparqlRunner;
import org.parley.store.Tdb2GraphStore;

/**
 * One folder of gold-annotated articles ingested through the real pipeline into an in-memory store, with the rows of
 * the contract queries and of the rule queries, ready to score. Used by {@link GoldSetIT}, {@link RealGoldSetIT} and
 * the development report {@link GoldReport}.
 *
 * @param folder      the folder of {@code <doc>.txt} and {@code <doc>.json} files
 * @param articles    its {@code .txt} files, sorted
 * @param gold        its gold
 * @param summary     the ingest summary
 * @param problems    inputs the ingest skipped
 * @param entities    rows of {@code queries/entities.rq}
 * @param statements  rows of {@code queries/statements.rq}
 * @param provenance  rows of {@code queries/rule-provenance.rq}
 * @param mentionRows rows of {@code queries/mention-rules.rq}
 * @param drops       the triggers a {@code statement.skip.*} rule dropped, which no graph holds: one row each with
 *                    {@code doc}, {@code rule}, {@code kind}, {@code cue} and {@code evidence} (the sentence)
 */
public record GoldRun(Path folder, List<Path> articles, GoldSet gold, IngestSummary summary,
                      List<InputProblem> problems, List<Map<String, String>> entities,
                      List<Map<String, String>> statements, List<Map<String, String>> provenance,
                      List<Map<String, String>> mentionRows, List<Map<String, String>> drops) {

    private static final Path QUERIES = Path.of("queries");

    /** Ingests the {@code .txt} files of {@code folder} and runs the queries. */
    public static GoldRun of(Path folder) throws IOException, CatalogException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        GoldSet gold = GoldSet.load(folder);
        List<InputProblem> problems = new ArrayList<>();
        List<Map<String, String>> drops = new ArrayList<>();
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            IngestSummary summary = Ingestion.runObserved(store,
                    (articles, sink) -> ArticleFiles.read(files, articles, sink), Ingestion.Options.defaults(),
                    problems::add, x -> drops.addAll(dropRows(x)));
            SparqlRunner runner = new SparqlRunner(store.datasetGraph(), Duration.ofSeconds(60));
            return new GoldRun(folder, files, gold, summary, problems, select(runner, "entities.rq"),
                    select(runner, "statements.rq"), select(runner, "rule-provenance.rq"),
                    select(runner, "mention-rules.rq"), drops);
        }
    }

    /** The dropped triggers of one article as rows (see {@link #drops}). */
    static List<Map<String, String>> dropRows(ArticleExtraction x) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (DroppedTrigger d : x.drops()) {
            rows.add(Map.of("doc", x.article().docName(), "rule", d.rule(), "kind", d.kind().label(), "cue", d.cue(),
                    "evidence", x.analysis().text().substring(d.evidence().begin(), d.evidence().end())));
        }
        return rows;
    }

    /** The figures of the contract queries, as {@code score.py} computes them. */
    public Scores scores() {
        return GoldScorer.score(gold, entities, statements);
    }

    /** Statement and argument rules, each with how often it was right and wrong. */
    public List<RuleScorer.Tally> statementRules() {
        return RuleScorer.statements(gold, provenance);
    }

    /** Drop rules ({@code statement.skip.*}), each with how often it was right and wrong. */
    public List<RuleScorer.Tally> dropRules() {
        return RuleScorer.drops(gold, drops, provenance);
    }

    /** Mention rules, each with how often it was right and wrong. */
    public List<RuleScorer.Tally> mentionRules() {
        return RuleScorer.mentions(gold, mentionRows);
    }

    /**
     * The folder under {@code target/eval/} this run's output files go to, named after the gold folder
     * ({@code ../shared/eval/real/dev} gives {@code target/eval/shared-eval-real-dev}).
     */
    public Path outputFolder() {
        String name = folder.normalize().toString().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return Path.of("target", "eval", name);
    }

    /** Runs a query of queries/ and returns its rows as the CSV output gives them (IRI or lexical form; unbound as empty). */
    private static List<Map<String, String>> select(SparqlRunner runner, String name) {
        Path file = QUERIES.resolve(name);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        ResultSet rs = runner.select(SparqlRunner.parse(file.toString(), text), Map.of());
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
