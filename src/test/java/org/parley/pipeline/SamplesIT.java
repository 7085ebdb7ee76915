package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.InputProblem;
import org.parley.ingest.ArticleFiles;
import org.parley.rdf.IriMinter;
import org.parley.serve.ParleyServer;
import org.parley.store.SparqlRunner;
import org.parley.store.Tdb2GraphStore;

/**
 * The whole path on the bundled samples: ingest into a TDB2 store on disk, serve it with Fuseki on a
 * free port, and ask regions-in-demands over HTTP with Jena's SPARQL client.
 */
class SamplesIT {

    static final Path SAMPLES = Path.of("samples");
    /** The queries that were replaced, kept to compare the answers. */
    static final String BEFORE = "src/test/resources/org/parley/queries/before/";
    /** The time limit of a replaced query that compares every entity's labels with its key (a minute or more here). */
    static final Duration REPLACED_LIMIT = Duration.ofMinutes(10);

    @TempDir
    static Path dir;

    static Tdb2GraphStore store;
    static IngestSummary first;
    static ParleyServer server;

    @BeforeAll
    static void ingestAndServe() {
        store = Tdb2GraphStore.open(dir.resolve("store"));
        first = ingestSamples();
        server = ParleyServer.start(store.datasetGraph(), ParleyServer.Options.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            store.close();
        }
    }

    static IngestSummary ingestSamples() {
        List<InputProblem> problems = new ArrayList<>();
        try {
            return Ingestion.run(store, (articles, p) -> ArticleFiles.read(List.of(SAMPLES), articles, p),
                    Ingestion.Options.defaults(), problems::add, null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everySampleIsStored() {
        assertEquals(List.of(), first.skipped());
        assertEquals(13, first.stored(), "6 text files, 4 JSON lines and 3 HTML pages: " + first.describe());
        assertTrue(first.statements() > 40, first.describe());
    }

    @Test
    void regionsInDemandsOverHttp() throws Exception {
        String query = Files.readString(Path.of("queries/regions-in-demands.rq"));
        Set<String> rows = new TreeSet<>();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows.add(s.getLiteral("regionLabel").getString() + " | " + label(s, "byLabel") + " | "
                        + label(s, "toLabel") + " | " + s.getLiteral("doc").getString());
            }
        }
        for (String expected : EXPECTED_REGIONS_IN_DEMANDS) {
            assertTrue(rows.contains(expected), "missing row: " + expected + "\nall rows:\n" + String.join("\n", rows));
        }
    }

    @Test
    void everySampleArticleGraphConformsToTheShapes() {
        List<String> problems = new ArrayList<>();
        StoreValidation.Result r = StoreValidation.run(store, new IriMinter(IriMinter.DEFAULT_BASE), problems::add);
        assertEquals(13, r.graphs());
        assertEquals(List.of(), problems);
        assertEquals(0, r.failures());
    }

    @Test
    void reingestReplacesInsteadOfAddingAndKeepsTheIndexInStep() {
        Node index = new IriMinter(IriMinter.DEFAULT_BASE).indexGraph();
        long quads = store.countQuads() - graphSize(index);
        int graphs = store.listGraphNames().size();
        List<String> ranked = rows("queries/actors-by-statements.rq");
        List<String> regions = rows("queries/regions-ranked.rq");
        IngestSummary again = ingestSamples();
        assertEquals(first.stored(), again.stored());
        assertEquals(graphs, store.listGraphNames().size());
        assertEquals(quads, store.countQuads() - graphSize(index));
        assertEquals(ranked, rows("queries/actors-by-statements.rq"), "the index counts each article once");
        assertEquals(regions, rows("queries/regions-ranked.rq"));
    }

    /** Each named query answers on the samples exactly as the query it replaced (kept in the test resources) did. */
    @Test
    void everyRewrittenQueryAnswersAsTheQueryItReplaced() throws IOException {
        Path before = Path.of("src/test/resources/org/parley/queries/before");
        List<Path> files;
        try (var list = Files.list(before)) {
            files = list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "the replaced queries: " + files);
        for (Path old : files) {
            List<String> expected = rows(old.toString());
            assertFalse(expected.isEmpty(), old + " answers something on the samples");
            assertEquals(expected, rows("queries/" + old.getFileName()), old.getFileName() + ": rows differ");
        }
    }

    /**
     * The paged variants of the evaluation contract's queries give its rows, in its order, on the samples (one page);
     * an entity's mentions may come in another order (GROUP_CONCAT keeps the order the rows were read in, which the
     * page changes where articles share a file name, as the wire feed's do).
     */
    @Test
    void pagedVariantsAnswerAsTheWholeListings() {
        List<String> statements = rows("queries/statements.rq");
        assertFalse(statements.isEmpty(), "statements.rq answers something on the samples");
        assertEquals(statements, rows("queries/statements-paged.rq"), "statements-paged: rows differ");
        List<String> entities = rows("queries/entities.rq").stream().map(SamplesIT::mentionsSorted).toList();
        assertFalse(entities.isEmpty(), "entities.rq answers something on the samples");
        assertEquals(entities, rows("queries/entities-paged.rq").stream().map(SamplesIT::mentionsSorted).toList(),
                "entities-paged: rows differ");
    }

    /** A row of entities.rq with the surface strings of its last column (mentions, '|'-separated) sorted. */
    private static String mentionsSorted(String row) {
        List<String> values = new ArrayList<>(List.of(row.split("\\|")));
        List<String> mentions = new ArrayList<>(values.subList(5, values.size()));
        mentions.sort(null);
        return String.join("|", values.subList(0, 5)) + "|" + String.join("|", mentions);
    }

    /**
     * Queries that page by articles: pages of 4 of the 13 samples' articles (OFFSET 0, 4, 8, 12) together hold every
     * row of the one page of 100 exactly once. (entities-paged is left out: it groups an entity's mentions by file
     * name, and the wire feed's four articles share one, so its rows for them may be split between two pages.)
     */
    @Test
    void articlePagesTogetherHoldEveryRowOnce() throws IOException {
        for (String name : List.of("regions-in-demands", "rejections", "offers-with-conditions", "statements-paged",
                "mention-rules", "rule-provenance")) {
            String text = Files.readString(Path.of("queries/" + name + ".rq"));
            assertTrue(text.contains("LIMIT 100\n    OFFSET 0\n"), name + ": pages by 100 articles");
            List<String> all = new ArrayList<>(rows(name, text));
            List<String> pages = new ArrayList<>();
            for (int offset = 0; offset < 16; offset += 4) {
                List<String> page = rows(name, text.replace("LIMIT 100\n    OFFSET 0\n", "LIMIT 4\n    OFFSET " + offset + "\n"));
                pages.addAll(page);
            }
            assertFalse(all.isEmpty(), name + " answers something on the samples");
            all.sort(null);
            pages.sort(null);
            assertEquals(all, pages, name + ": the pages differ from the whole");
        }
    }

    /**
     * find-entity and entity-evidence read the statement index and the catalog graph instead of every article graph,
     * and answer as the queries they replaced for every kind of key: an entity's IRI, its Wikidata IRI, its label in
     * another case, an alias of the catalog, a catalog label in lower case, a name nothing has (which also covers the
     * queries that compared every label and alias in lower case before the label keys: they answered as these did).
     * The replaced find-entity runs once for all the keys ({@link #forEveryKey}). The replaced entity-evidence (whose
     * entity search ARQ runs once for each kind and role of statement) runs for one name of each kind, the first with
     * statements if one has; for every key, entity-evidence gives the rows it gives for the entities find-entity
     * names, and for an entity's IRI those of the replaced query
     * ({@link #entityEvidenceAnswersAsBeforeForEveryEntityAndPage}).
     */
    @Test
    void findEntityAnswersAsBeforeForEveryKindOfKey() throws IOException {
        Map<Node, String> keys = new LinkedHashMap<>();
        for (QuerySolution s : solutions("PREFIX parley: <https://w3id.org/parley/ontology#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?entity ?label ?item WHERE { GRAPH ?index { ?index a parley:StatementIndex ."
                + " ?entity rdfs:label ?label OPTIONAL { ?entity parley:wikidata ?item } } } ORDER BY ?entity LIMIT 12")) {
            keys.putIfAbsent(s.getResource("entity").asNode(), "entity");
            String label = s.getLiteral("label").getString();
            keys.putIfAbsent(NodeFactory.createLiteralString(label.toUpperCase(Locale.ROOT)), "label in upper case");
            if (s.contains("item")) {
                keys.putIfAbsent(s.getResource("item").asNode(), "Wikidata item");
            }
        }
        for (QuerySolution s : solutions("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT ?alias WHERE { ?entity skos:altLabel ?alias } ORDER BY ?alias LIMIT 8")) {
            keys.putIfAbsent(s.getLiteral("alias").asNode(), "alias");
        }
        // catalog labels, in lower case, of entities with statements (entity-evidence matches them by their key)
        for (QuerySolution s : solutions("PREFIX parley: <https://w3id.org/parley/ontology#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT DISTINCT ?label WHERE {"
                + " GRAPH ?index { ?index a parley:StatementIndex . ?entity parley:evidenceKey [] }"
                + " BIND(IRI(REPLACE(STR(?index), \"index$\", \"catalog\")) AS ?catalog)"
                + " GRAPH ?catalog { ?entity rdfs:label ?label } } ORDER BY ?label LIMIT 8")) {
            String label = s.getLiteral("label").getString();
            keys.putIfAbsent(NodeFactory.createLiteralString(label.toLowerCase(Locale.ROOT)),
                    "catalog label in lower case");
        }
        keys.put(NodeFactory.createLiteralString("no such name"), "no name");
        assertTrue(keys.size() >= 48, "keys: " + keys);
        Map<String, List<String>> entities = rowsByKey(forEveryKey("find-entity.rq", keys.keySet()));
        Map<String, Node> oneOfKind = new LinkedHashMap<>();
        Map<String, Node> withStatements = new LinkedHashMap<>();
        int found = 0;
        for (Map.Entry<Node, String> key : keys.entrySet()) {
            Map<String, Node> bound = Map.of("key", key.getKey());
            List<String> expected = entities.getOrDefault(term(key.getKey()), List.of());
            assertEquals(expected, rows("queries/find-entity.rq", bound), "find-entity of " + key);
            found += expected.isEmpty() ? 0 : 1;
            // entity-evidence finds its entities the same ways (index and catalog, never every article graph)
            List<String> evidence = rows("queries/entity-evidence.rq", bound);
            List<String> ofEntities = new ArrayList<>();
            for (String row : expected) {
                Node entity = NodeFactory.createURI(row.substring(0, row.indexOf('|')));
                ofEntities.addAll(rows("queries/entity-evidence.rq", Map.of("key", entity)));
            }
            assertEquals(sorted(ofEntities), sorted(evidence), "entity-evidence of " + key);
            oneOfKind.putIfAbsent(key.getValue(), key.getKey());
            if (!evidence.isEmpty()) {
                withStatements.putIfAbsent(key.getValue(), key.getKey());
            }
        }
        assertEquals(keys.size() - 1, found, "every key but the last names an entity");
        assertTrue(withStatements.size() >= 4, "kinds of key with statements: " + withStatements.keySet());
        oneOfKind.putAll(withStatements);
        // names only: an entity's IRI is compared for every entity there, and no name gives no entity above
        oneOfKind.keySet().removeAll(Set.of("entity", "no name"));
        Query replaced = SparqlRunner.parse("before", Files.readString(Path.of(BEFORE + "entity-evidence.rq")));
        for (Node key : oneOfKind.values()) {
            Map<String, Node> bound = Map.of("key", key);
            assertEquals(rows(replaced, bound, REPLACED_LIMIT), rows("queries/entity-evidence.rq", bound),
                    "entity-evidence of " + key);
        }
    }

    private static List<String> sorted(List<String> rows) {
        List<String> out = new ArrayList<>(rows);
        out.sort(null);
        return out;
    }

    /**
     * A replaced query ({@link #BEFORE}) asked once for every key: the line that takes its key becomes a VALUES block
     * of the keys, and the key goes first in its rows, its groups and its order, so that each key's rows are those
     * (in that order) the query gives for that key alone. The query's test of each entity against the key is as it was.
     */
    private static Query forEveryKey(String file, Set<Node> keys) throws IOException {
        String text = Files.readString(Path.of(BEFORE + file));
        String keyLine = "{ SELECT (COALESCE(?key, \"Ukraine\") AS ?wanted) {} }";
        assertEquals(1, text.split(Pattern.quote(keyLine), -1).length - 1, file + ": one line takes the key");
        String values = keys.stream().map(FmtUtils::stringForNode)
                .collect(Collectors.joining(" ", "VALUES ?wanted { ", " }"));
        String all = text.replace(keyLine, values)
                .replace("SELECT ?entity", "SELECT ?wanted ?entity")
                .replace("SELECT DISTINCT ?entity WHERE", "SELECT DISTINCT ?wanted ?entity WHERE")
                .replace("GROUP BY ?entity", "GROUP BY ?wanted ?entity")
                .replace("ORDER BY ", "ORDER BY ?wanted ");
        assertTrue(all.contains("SELECT ?wanted ?entity") && all.contains("GROUP BY ?wanted ?entity")
                && all.contains("ORDER BY ?wanted "), file + ": the key in its rows, groups and order");
        return SparqlRunner.parse(file, all);
    }

    /** The rows of a query whose first column is the key, by the key's term ({@link #term}), without it. */
    private static Map<String, List<String>> rowsByKey(Query q) {
        Map<String, List<String>> byKey = new HashMap<>();
        for (String row : rows(q, Map.of(), REPLACED_LIMIT)) {
            int end = row.indexOf('|');
            byKey.computeIfAbsent(row.substring(0, end), k -> new ArrayList<>()).add(row.substring(end + 1));
        }
        return byKey;
    }

    /** A term as {@link #rows(Query, Map)} writes it: a literal's lexical form, else the IRI. */
    private static String term(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /**
     * region-demands reads a page of the place's demand keys in the statement index instead of every demand naming it
     * in the article graphs, and answers as the query it replaced for every place the demands name or imply, on every
     * page (pages of 2 rows, so that the samples' places have several).
     */
    @Test
    void regionDemandsAnswerAsBeforeForEveryPlaceAndPage() throws IOException {
        String before = Files.readString(Path.of("src/test/resources/org/parley/queries/before/region-demands.rq"));
        String now = Files.readString(Path.of("queries/region-demands.rq"));
        List<QuerySolution> places = solutions("PREFIX parley: <https://w3id.org/parley/ontology#>\n"
                + "SELECT DISTINCT ?place WHERE { GRAPH ?g { ?s a parley:Demand . { ?s parley:namesRegion ?place }"
                + " UNION { ?s parley:impliesRegion ?place } } }");
        assertTrue(places.size() >= 3, "places in the samples' demands: " + places.size());
        int rows = 0;
        for (QuerySolution p : places) {
            Map<String, Node> place = Map.of("region", p.getResource("place").asNode());
            for (int offset = 0; offset < 6; offset += 2) {
                String page = "LIMIT 2\n    OFFSET " + offset + "\n";
                List<String> expected = rows(SparqlRunner.parse("before", before.replace("LIMIT 100\n    OFFSET 0\n", page)), place);
                assertEquals(expected, rows(SparqlRunner.parse("now", now.replace("LIMIT 100\n    OFFSET 0\n", page)), place),
                        "region-demands of " + place + " at " + offset);
                rows += expected.size();
            }
        }
        assertTrue(rows > places.size(), "pages with rows: " + rows);
        assertEquals(rows(SparqlRunner.parse("before", before), Map.of()), rows(SparqlRunner.parse("now", now), Map.of()),
                "the name in VALUES");
    }

    /**
     * entity-evidence reads a page of the entity's evidence keys in the statement index instead of every statement of
     * the entity in the article graphs, and answers as the query it replaced for every entity with a statement, on
     * every page (pages of 3 rows, so that the busier entities have several) and on the page of 500.
     */
    @Test
    void entityEvidenceAnswersAsBeforeForEveryEntityAndPage() throws IOException {
        String before = Files.readString(
                Path.of("src/test/resources/org/parley/queries/before/ordered/entity-evidence.rq"));
        String now = Files.readString(Path.of("queries/entity-evidence.rq"));
        List<QuerySolution> entities = solutions("PREFIX parley: <https://w3id.org/parley/ontology#>\n"
                + "SELECT DISTINCT ?entity WHERE { GRAPH ?g { ?s a ?kind ; ?role ?entity . ?a parley:reports ?s"
                + " FILTER(?role IN (parley:by, parley:to, parley:namesRegion, parley:impliesRegion,"
                + " parley:namesOrganization, parley:impliesOrganization)) } }");
        assertTrue(entities.size() >= 10, "entities in the samples' statements: " + entities.size());
        int rows = 0;
        int paged = 0;
        for (QuerySolution e : entities) {
            Map<String, Node> entity = Map.of("key", e.getResource("entity").asNode());
            List<String> whole = rows(SparqlRunner.parse("before", before), entity);
            assertEquals(whole, rows(SparqlRunner.parse("now", now), entity), "entity-evidence of " + entity);
            rows += whole.size();
            for (int offset = 0; offset < Math.min(whole.size(), 9); offset += 3) {
                String page = "LIMIT 3\n    OFFSET " + offset + "\n";
                String whole500 = "LIMIT 500\n    OFFSET 0\n";
                List<String> expected = rows(SparqlRunner.parse("before", before.replace(whole500, page)), entity);
                assertEquals(expected, rows(SparqlRunner.parse("now", now.replace(whole500, page)), entity),
                        "entity-evidence of " + entity + " at " + offset);
                paged += offset > 0 ? expected.size() : 0;
            }
        }
        assertTrue(rows > entities.size() && paged > 0, "rows: " + rows + ", on pages after the first: " + paged);
        assertEquals(rows(SparqlRunner.parse("before", before), Map.of()),
                rows(SparqlRunner.parse("now", now), Map.of()), "the name in the query");
    }

    /**
     * The benchmark's label lookups read the statement index and the catalog graph and answer as over every graph, for
     * every entity of the articles (the same rows; neither orders them).
     */
    @Test
    void labelLookupsAnswerAsOverEveryGraph() {
        String before = "src/test/resources/org/parley/queries/before/lookups/";
        String now = "src/main/resources/org/parley/pipeline/";
        List<QuerySolution> entities = solutions("PREFIX parley: <https://w3id.org/parley/ontology#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?entity ?label WHERE { GRAPH ?index { ?index a parley:StatementIndex . ?entity rdfs:label ?label } }");
        assertEquals(first.entities(), entities.size(), "the index labels every entity of the articles");
        for (QuerySolution s : entities) {
            Map<String, Node> entity = Map.of("entity", s.getResource("entity").asNode());
            Map<String, Node> label = Map.of("label", s.getLiteral("label").asNode());
            assertEquals(new TreeSet<>(rows(before + "label-of-entity.rq", entity)),
                    new TreeSet<>(rows(now + "label-of-entity.rq", entity)));
            assertEquals(new TreeSet<>(rows(before + "entity-by-label.rq", label)),
                    new TreeSet<>(rows(now + "entity-by-label.rq", label)));
        }
    }

    private static List<QuerySolution> solutions(String query) {
        ResultSet rs = new SparqlRunner(store.datasetGraph(), Duration.ofSeconds(60))
                .select(SparqlRunner.parse("test", query), Map.of());
        List<QuerySolution> out = new ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }

    private static long graphSize(Node graph) {
        return store.calculateRead(dsg -> Iter.count(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** A query file's rows as text, in order: each value's lexical form or IRI, separated by '|'. */
    private static List<String> rows(String file) {
        return rows(file, Map.of());
    }

    /** As {@link #rows(String)}, with {@code bindings} substituted. */
    private static List<String> rows(String file, Map<String, Node> bindings) {
        try {
            return rows(SparqlRunner.parse(file, Files.readString(Path.of(file))), bindings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a query's text. */
    private static List<String> rows(String name, String text) {
        return rows(SparqlRunner.parse(name, text), Map.of());
    }

    private static List<String> rows(Query q, Map<String, Node> bindings) {
        return rows(q, bindings, Duration.ofSeconds(60));
    }

    /** As {@link #rows(Query, Map)}, within {@code limit}. */
    private static List<String> rows(Query q, Map<String, Node> bindings, Duration limit) {
        ResultSet rs = new SparqlRunner(store.datasetGraph(), limit).select(q, bindings);
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            StringBuilder row = new StringBuilder();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                row.append(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString()).append('|');
            }
            out.add(row.toString());
        }
        return out;
    }

    private static String label(QuerySolution s, String var) {
        return s.contains(var) ? s.getLiteral(var).getString() : "";
    }

    /**
     * The rows of regions-in-demands that a reader of the samples agrees with: region | demanded by | from whom |
     * document. Each was checked against its evidence sentence. The extractor also gives rows a reader would not
     * (a speaker's location taken for a place in the content, for one); those are not pinned here, so that a fix
     * for them does not break this test, but every row below must stay. ("including from the Rafah crossing" gives
     * no row: a border crossing is a facility, which the annotation conventions do not count as a place. Known miss:
     * "from Sittwe, and from the port of Kyaukphyu, where China is building" gives no Kyaukphyu row, because the
     * parser hangs the second "from" phrase on the relative clause.)
     */
    static final List<String> EXPECTED_REGIONS_IN_DEMANDS = List.of(
            "Goma | Félix Tshisekedi | M23 | 2025-06-27-drc-rwanda-washington-agreement",
            "Bukavu | Félix Tshisekedi | M23 | 2025-06-27-drc-rwanda-washington-agreement",
            "Rubaya | Félix Tshisekedi | M23 | 2025-06-27-drc-rwanda-washington-agreement",
            "Donetsk Oblast | Russia | Ukraine | 2025-05-19-istanbul-prisoner-talks",
            "Luhansk Oblast | Russia | Ukraine | 2025-05-19-istanbul-prisoner-talks",
            "Zaporizhzhia Oblast | Russia | Ukraine | 2025-05-19-istanbul-prisoner-talks",
            "Kherson Oblast | Russia | Ukraine | 2025-05-19-istanbul-prisoner-talks",
            "El Fasher | United Nations Security Council | Rapid Support Forces | 2024-08-16-sudan-geneva-truce-talks",
            "Khartoum | Sudan | Rapid Support Forces | 2024-08-16-sudan-geneva-truce-talks",
            "Al Jazirah | Sudan | Rapid Support Forces | 2024-08-16-sudan-geneva-truce-talks",
            "Geneva | Mohamed Hamdan Dagalo | Abdel Fattah al-Burhan | 2024-08-16-sudan-geneva-truce-talks",
            "Transnistria | Maia Sandu | Russia | 2024-02-28-transnistria-congress-appeal",
            "Moldova | European Union | Russia | 2024-02-28-transnistria-congress-appeal",
            "Gaza Strip | Hamas | Israel | wire-feed",
            "Rafah | Badr Abdelatty | Israel | wire-feed", // "Abdelatty said Cairo would not accept ... and called on Israel"
            "Kashmir | Pakistan |  | 2025-05-08-kashmir-ceasefire-appeal",
            "Japan | Kim Yo Jong | United States | 2025-03-11-korea-hotline-proposal",
            "South Korea | Kim Yo Jong | United States | 2025-03-11-korea-hotline-proposal",
            "Lashio | China |  | 2024-12-18-myanmar-lashio-china-talks",
            "Sittwe | Arakan Army |  | 2024-12-18-myanmar-lashio-china-talks");
}
