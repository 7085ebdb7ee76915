package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.IngestedSamples;
import org.parley.store.SparqlRunner;
import org.parley.store.Tdb2GraphStore;

/**
 * The exports of the ingested samples, opened by readers Parley did not write: JGraphT for GraphML, Gephi's own
 * importers for GEXF and the CSV tables, Jena for JSON-LD, TriG and N-Quads; node and edge counts checked against
 * SPARQL counts over the same store.
 */
class ExportReadersIT {

    /** Where 'mvn verify' copies the Gephi toolkit (pre-integration-test). */
    static final Path GEPHI = Path.of("target/gephi/gephi-toolkit-all.jar");
    static final Path PROBE = Path.of("src/test/gephi/GephiImport.java");
    static final Path OUT = Path.of("target/exports");

    /** Counted independently of the export: distinct (maker, kind, other party) and every entity at an end. */
    static final String COUNTS = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            SELECT (COUNT(DISTINCT ?link) AS ?links) (COUNT(DISTINCT ?end) AS ?nodes) WHERE {
              { ?s a parley:Demand ; parley:by ?a ; parley:to ?b . BIND("demand" AS ?k) }
              UNION { ?s a parley:Offer ; parley:by ?a ; parley:to ?b . BIND("offer" AS ?k) }
              UNION { ?s a parley:Rejection ; parley:by ?a ; parley:to|(parley:answers/parley:by) ?b . BIND("rejection" AS ?k) }
              UNION { ?s parley:by ?a ; parley:namesRegion|parley:impliesRegion ?b . BIND("region" AS ?k) }
              UNION { ?s parley:by ?a ; parley:namesOrganization|parley:impliesOrganization ?b . BIND("organization" AS ?k) }
              FILTER(?a != ?b)
              BIND(CONCAT(STR(?a), " ", ?k, " ", STR(?b)) AS ?link)
              VALUES ?side { 1 2 }
              BIND(IF(?side = 1, ?a, ?b) AS ?end)
            }
            """;

    static Tdb2GraphStore store;
    static long nodes;
    static long links;

    @BeforeAll
    static void exportEverything() throws IOException {
        store = IngestedSamples.store();
        QuerySolution counts = new SparqlRunner(store.datasetGraph(), Duration.ZERO)
                .select(QueryFactory.create(COUNTS), Map.of()).next();
        nodes = counts.getLiteral("nodes").getLong();
        links = counts.getLiteral("links").getLong();
        assertTrue(nodes > 50 && links > 50, "the samples make a network: " + nodes + " nodes, " + links + " links");
        Files.createDirectories(OUT);
        ActorNetwork network = new ActorNetwork(store.datasetGraph(), Duration.ZERO);
        try (OutputStream graphml = Files.newOutputStream(OUT.resolve("actors.graphml"));
             OutputStream gexf = Files.newOutputStream(OUT.resolve("actors.gexf"));
             OutputStream csvNodes = Files.newOutputStream(OUT.resolve("actors-nodes.csv"));
             OutputStream csvEdges = Files.newOutputStream(OUT.resolve("actors-edges.csv"))) {
            network.write(NetworkFilter.all(), new GraphmlWriter(graphml));
            network.write(NetworkFilter.all(), new GexfWriter(gexf));
            network.write(NetworkFilter.all(), new CsvNetworkWriter(csvNodes, csvEdges));
        }
        for (ExportFormat f : List.of(ExportFormat.JSONLD, ExportFormat.TRIG, ExportFormat.NQUADS)) {
            try (OutputStream out = Files.newOutputStream(OUT.resolve("all." + f.extension()))) {
                RdfDump.write(store.datasetGraph(), f, out);
            }
        }
    }

    @Test
    void jgraphtOpensTheGraphmlWithEveryNodeAndEdge() throws IOException {
        Graph<String, DefaultWeightedEdge> g = GraphTypeBuilder.<String, DefaultWeightedEdge>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(true)
                .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier()).buildGraph();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        try (Reader in = Files.newBufferedReader(OUT.resolve("actors.graphml"))) {
            importer.importGraph(g, in);
        }
        assertEquals(nodes, g.vertexSet().size());
        assertEquals(links, g.edgeSet().size());
        assertTrue(g.edgeSet().stream().allMatch(e -> g.getEdgeWeight(e) >= 1), "every edge weighs its statements");
    }

    @Test
    void gephiOpensTheGexfAndTheCsvTablesWithoutAProblem() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(GEPHI), "skipped: no Gephi toolkit at " + GEPHI
                + " ('mvn verify' copies it there before the integration tests)");
        List<String> files = List.of("actors.gexf", "actors-edges.csv", "actors-nodes.csv");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", GEPHI.toString(), PROBE.toString()));
        files.forEach(f -> command.add(OUT.resolve(f).toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Gephi took too long");
        assertEquals(0, p.exitValue(), out);
        List<String> problems = out.lines().filter(l -> l.contains(" issue SEVERE") || l.contains(" issue CRITICAL")
                || l.contains(" issue WARNING")).toList();
        assertEquals(List.of(), problems, out);
        assertTrue(out.contains(OUT.resolve("actors.gexf") + " nodes " + nodes + " edges " + links), out);
        assertTrue(out.contains(OUT.resolve("actors-edges.csv") + " nodes " + nodes + " edges " + links), out);
        assertTrue(out.contains(OUT.resolve("actors-nodes.csv") + " nodes " + nodes + " edges 0"), out);
    }

    @Test
    void jenaReadsEveryRdfDumpBackIsomorphicToTheStore() {
        DatasetGraph source = DatasetGraphFactory.createTxnMem();
        store.calculateRead(d -> {
            d.find().forEachRemaining(source::add);
            return null;
        });
        for (String file : List.of("all.jsonld", "all.trig", "all.nq")) {
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFParser.source(OUT.resolve(file)).parse(back);
            assertEquals(source.stream().count(), back.stream().count(), file);
            assertTrue(IsoMatcher.isomorphic(source, back), file + " read back differs from the store");
        }
    }
}
