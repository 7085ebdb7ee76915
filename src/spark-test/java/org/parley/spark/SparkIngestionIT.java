package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCommand;
import org.parley.core.ExtractionRun;
import org.parley.pipeline.IngestedSamples;
import org.parley.pipeline.ShardFolder;
import org.parley.pipeline.ShardLoading;
import org.parley.rdf.IriMinter;
import org.parley.rdf.ParleyVocab.Prov;
import org.parley.store.SparqlRunner;
import org.parley.store.Tdb2GraphStore;
import picocli.CommandLine;

/**
 * The Spark job in local mode on two cores: the samples give, graph by graph, the quads of {@code parley ingest --dry-run}
 * (the run's own quads aside, see {@link #withoutRunQuads}); the output is committed whole, an output that exists is
 * refused; the shards loaded by {@code parley load} make, graph by graph, the store {@code parley ingest} builds, and
 * answer regions-in-demands as it does.
 */
class SparkIngestionIT {

    static final Path SAMPLES = Path.of("samples");

    @TempDir
    static Path dir;

    static JavaSparkContext sc;
    static ShardFolder.Summary samplesSummary;
    static Path samplesOut;
    static Tdb2GraphStore loaded;
    static ShardLoading.Report loadReport;

    /** Runs the job on the samples and loads its shards into a new store, as {@code parley load} does. */
    @BeforeAll
    static void runOnTheSamplesAndLoad() throws Exception {
        sc = LocalSpark.start("SparkIngestionIT");
        samplesOut = dir.resolve("samples-out");
        samplesSummary = SparkIngestion.run(sc, request(List.of(SAMPLES.toString()), samplesOut.toString(), 4));
        loaded = Tdb2GraphStore.open(dir.resolve("loaded-store"));
        loadReport = ShardLoading.run(loaded, List.of(samplesOut), ShardLoading.Options.defaults());
    }

    @AfterAll
    static void stop() {
        if (loaded != null) {
            loaded.close();
        }
        if (sc != null) {
            sc.close();
        }
    }

    static SparkIngestion.Request request(List<String> inputs, String out, int partitions) {
        return new SparkIngestion.Request(inputs, out, IriMinter.DEFAULT_BASE, List.of(), partitions);
    }

    /** Every quad of the shards of a job output. */
    static DatasetGraph shards(Path out) throws IOException {
        Dataset ds = DatasetFactory.create();
        try (Stream<Path> files = Files.list(out.resolve(ShardFolder.QUADS))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".nq.gz")).toList()) {
                RDFDataMgr.read(ds, f.toString());
            }
        }
        return ds.asDatasetGraph();
    }

    /** What {@code parley ingest --dry-run PATH} writes to stdout, parsed. */
    static DatasetGraph dryRun(Path path) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(trig, true, StandardCharsets.UTF_8));
            CommandLine cl = ParleyCommand.commandLine();
            assertEquals(0, cl.execute("ingest", "--dry-run", path.toString()));
        } finally {
            System.setOut(stdout);
        }
        return RDFParser.fromString(trig.toString(StandardCharsets.UTF_8), Lang.TRIG).toDatasetGraph();
    }

    /**
     * Graph {@code name} without the quads that name the run that made it, which differ between two runs by construction:
     * the graph's {@code prov:wasGeneratedBy} (the run's IRI holds its UUID) and {@code prov:generatedAtTime}, and every
     * triple about the run itself (its start time, its software agent, the models it used). All else must be the same.
     * The catalog and ontology graphs name no run and are kept whole.
     */
    static Graph withoutRunQuads(DatasetGraph dsg, Node name) {
        Graph g = GraphFactory.createDefaultGraph();
        Set<Node> runs = new HashSet<>();
        dsg.find(name, name, Prov.wasGeneratedBy, Node.ANY).forEachRemaining(q -> runs.add(q.getObject()));
        assertTrue(runs.size() <= 1, "at most one run made " + name + ": " + runs);
        dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Triple t = q.asTriple();
            boolean runQuad = runs.contains(t.getSubject()) || runs.contains(t.getObject())
                    || (t.getSubject().equals(name) && t.getPredicate().equals(Prov.generatedAtTime));
            if (!runQuad) {
                g.add(t);
            }
        });
        return g;
    }

    /** The models a run used, as the graph names them. */
    static Set<Node> modelsUsed(DatasetGraph dsg, Node name) {
        Set<Node> models = new HashSet<>();
        dsg.find(name, name, Prov.wasGeneratedBy, Node.ANY).forEachRemaining(run ->
                dsg.find(name, run.getObject(), Prov.used, Node.ANY).forEachRemaining(q -> models.add(q.getObject())));
        return models;
    }

    static Set<Node> graphNames(DatasetGraph dsg) {
        Set<Node> names = new HashSet<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theSamplesGiveGraphByGraphTheQuadsOfAnIngestDryRun() throws IOException {
        DatasetGraph job = shards(samplesOut);
        DatasetGraph ingest = dryRun(SAMPLES);
        assertEquals(13, samplesSummary.stored(), samplesSummary.describe());
        assertEquals(List.of(), samplesSummary.skipped());
        assertEquals(graphNames(ingest), graphNames(job));
        long quads = 0;
        for (Node name : graphNames(ingest)) {
            Graph expected = withoutRunQuads(ingest, name);
            Graph actual = withoutRunQuads(job, name);
            assertTrue(expected.isIsomorphicWith(actual), name + ": the job's graph differs from ingest's beyond the run's"
                    + " quads (" + actual.size() + " triples against " + expected.size() + ")");
            assertEquals(modelsUsed(ingest, name), modelsUsed(job, name), "the same models and catalog");
            quads += job.getGraph(name).size();
        }
        assertEquals(samplesSummary.quads(), quads, "the summary counts the quads written");
    }

    @Test
    void everyArticleGraphOfTheJobNamesItsRunAndTheRunsStart() throws IOException {
        DatasetGraph job = shards(samplesOut);
        Node run = new IriMinter(IriMinter.DEFAULT_BASE).run(new ExtractionRun(samplesSummary.run(),
                samplesSummary.version(), Instant.parse(samplesSummary.started()), List.of()));
        for (Node name : graphNames(job)) {
            assertTrue(job.contains(name, name, Prov.wasGeneratedBy, run), name + " names the job's run");
            List<Quad> at = new ArrayList<>();
            job.find(name, name, Prov.generatedAtTime, Node.ANY).forEachRemaining(at::add);
            assertEquals(1, at.size());
            assertEquals(samplesSummary.started(), at.get(0).getObject().getLiteralLexicalForm(),
                    "generated at the run's start, so that a retried task writes the same quads");
        }
    }

    @Test
    void anOutputThatExistsIsRefused() {
        JobInputException e = assertThrows(JobInputException.class,
                () -> SparkIngestion.run(sc, request(List.of(SAMPLES.toString()), samplesOut.toString(), 2)));
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
    }

    @Test
    void theOutputIsCommittedWhole() throws IOException {
        assertTrue(ShardFolder.isFinished(samplesOut));
        try (Stream<Path> siblings = Files.list(samplesOut.getParent())) {
            assertFalse(siblings.anyMatch(p -> p.getFileName().toString().contains(".in-progress-")), "no staging left");
        }
        try (Stream<Path> quads = Files.list(samplesOut.resolve(ShardFolder.QUADS))) {
            List<String> names = quads.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
            assertEquals(samplesSummary.shards(), names.size());
            assertTrue(names.stream().allMatch(n -> n.matches("part-\\d{5}\\.nq\\.gz")), names.toString());
        }
        assertEquals(samplesSummary, ShardFolder.Summary.read(samplesOut));
    }

    @Test
    void theLoadedShardsMakeGraphByGraphTheStoreThatIngestBuilt() {
        assertTrue(loadReport.bulk(), "an empty store is filled by the bulk loader");
        assertEquals(samplesSummary.stored(), loadReport.graphs());
        assertEquals(samplesSummary.quads(), loadReport.quads());
        DatasetGraph fromShards = loaded.calculateRead(SparkIngestionIT::copy);
        DatasetGraph fromIngest = IngestedSamples.store().calculateRead(SparkIngestionIT::copy);
        assertEquals(graphNames(fromIngest), graphNames(fromShards),
                "the article graphs, the catalog and ontology graphs and the statement index");
        assertEquals(samplesSummary.stored() + 3, graphNames(fromShards).size());
        for (Node name : graphNames(fromIngest)) {
            Graph expected = withoutRunQuads(fromIngest, name);
            Graph actual = withoutRunQuads(fromShards, name);
            assertTrue(expected.isIsomorphicWith(actual), name + ": the loaded graph differs from ingest's beyond the run's"
                    + " quads (" + actual.size() + " triples against " + expected.size() + ")");
        }
        assertEquals(fromIngest.stream().count(), fromShards.stream().count(), "as many quads in all");
    }

    @Test
    void theLoadedShardsAnswerRegionsInDemandsAsAStoreThatIngestBuilt() throws Exception {
        Query query = SparqlRunner.parse("regions-in-demands.rq", Files.readString(Path.of("queries/regions-in-demands.rq")));
        List<String> fromShards = rows(loaded, query);
        List<String> fromIngest = rows(IngestedSamples.store(), query);
        assertTrue(fromIngest.size() > 10, "the samples name regions in demands: " + fromIngest);
        assertEquals(fromIngest, fromShards);
    }

    /** A store's quads in memory, read in the caller's read transaction. */
    static DatasetGraph copy(DatasetGraph stored) {
        DatasetGraph copy = DatasetGraphFactory.create();
        stored.find().forEachRemaining(copy::add);
        return copy;
    }

    /** The answers of {@code query} on {@code store}, one line per row, sorted: the same answers give the same list. */
    static List<String> rows(Tdb2GraphStore store, Query query) {
        return store.calculateRead(dsg -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    StringBuilder line = new StringBuilder();
                    for (String var : rs.getResultVars()) {
                        line.append(var).append('=').append(row.contains(var) ? row.get(var).asNode() : "").append(' ');
                    }
                    rows.add(line.toString());
                }
            }
            rows.sort(null);
            return rows;
        });
    }
}
