package org.parley.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;
import org.parley.rdf.CatalogGraph;
import org.parley.rdf.IriMinter;
import org.parley.rdf.OntologyGraph;
import org.parley.rdf.ParleyVocab;
import org.parley.rdf.SampleExtraction;
import org.parley.rdf.StatementIndex;

/**
 * Runs the query library over the hand-made sample on TDB2 with the union default graph, as the store serves it:
 * the article graph and its statement index, and once with the catalog and ontology graphs loaded too.
 */
class ContractQueriesTest {

    private static final String E = "https://w3id.org/parley/id/entity/";
    private static final String ST = "https://w3id.org/parley/id/article/d5538be28e7d563ce242affb1d0a7771/statement/";
    private static final String D = SampleExtraction.DOC;

    private static final List<String> ENTITIES = List.of(
            D + "|" + E + "Q159|Russia|Country|Q159",
            D + "|" + E + "Q212|Ukraine|Country|Q212",
            D + "|" + E + "Q7184|NATO|Organization|Q7184",
            D + "|" + E + "organization/osce|OSCE|Organization|",
            D + "|" + E + "region/zaporizhzhia-oblast|Zaporizhzhia Oblast|Region|");

    private static final List<String> STATEMENTS = List.of(
            D + "|" + ST + "s1|demand|by|" + E + "Q212|Ukraine|Country|Q212",
            D + "|" + ST + "s1|demand|organization|" + E + "organization/osce|OSCE|Organization|",
            D + "|" + ST + "s1|demand|region|" + E + "region/zaporizhzhia-oblast|Zaporizhzhia Oblast|Region|",
            D + "|" + ST + "s1|demand|to|" + E + "Q159|Russia|Country|Q159",
            D + "|" + ST + "s2|offer|by|" + E + "Q159|Russia|Country|Q159",
            D + "|" + ST + "s2|offer|to|" + E + "Q212|Ukraine|Country|Q212",
            D + "|" + ST + "s3|demand|by|" + E + "Q159|Russia|Country|Q159",
            D + "|" + ST + "s3|demand|organization|" + E + "Q7184|NATO|Organization|Q7184",
            D + "|" + ST + "s3|demand|to|" + E + "Q212|Ukraine|Country|Q212",
            D + "|" + ST + "s4|rejection|by|" + E + "Q212|Ukraine|Country|Q212",
            D + "|" + ST + "s4|rejection|to|" + E + "Q159|Russia|Country|Q159");

    private static final List<String> REGIONS_IN_DEMANDS = List.of(
            E + "region/kherson-oblast|Kherson Oblast||false|Ukraine|Russia|2024-03-04|" + D + "|" + ST + "s1|"
                    + SampleExtraction.S0,
            E + "region/zaporizhzhia-oblast|Zaporizhzhia Oblast||true|Ukraine|Russia|2024-03-04|" + D + "|" + ST + "s1|"
                    + SampleExtraction.S0);

    @Test
    void contractQueriesOnTheArticleAndItsIndex() {
        checkContract(sample());
    }

    @Test
    void contractQueriesWithTheCatalogAndOntologyGraphsLoadedToo() {
        DatasetGraph tdb = indexedSample();
        IriMinter minter = new IriMinter(IriMinter.DEFAULT_BASE);
        Txn.executeWrite(tdb, () -> {
            StreamRDF sink = StreamRDFLib.dataset(tdb);
            new CatalogGraph(minter).write(Catalog.of(List.of(
                    new CatalogEntry("Q212", EntityType.COUNTRY, "Ukraine", "Q212", List.of("Kyiv"), List.of("Ukrainian"),
                            List.of(), null, List.of(), List.of()),
                    new CatalogEntry("Q159", EntityType.COUNTRY, "Russia", "Q159", List.of(), List.of("Russian"),
                            List.of("Kremlin"), null, List.of(), List.of()))), sink);
            OntologyGraph.write(minter.ontologyGraph(), sink);
        });
        Txn.executeRead(tdb, () -> checkContract(DatasetFactory.wrap(tdb)));
    }

    private static void checkContract(Dataset ds) {
        assertEquals(ENTITIES, rows(ds, "entities.rq", List.of("doc", "entity", "label", "type", "wikidata")));
        assertEquals(STATEMENTS, rows(ds, "statements.rq",
                List.of("doc", "statement", "kind", "role", "entity", "label", "type", "wikidata")));
        assertEquals(REGIONS_IN_DEMANDS, rows(ds, "regions-in-demands.rq", List.of("region", "regionLabel", "wikidata",
                "named", "byLabel", "toLabel", "date", "doc", "statement", "evidence")));
    }

    /** An article's own name of an entity ({@code parley:nameInArticle}) is the label of its rows in that article. */
    @Test
    void contractQueriesTakeTheNameTheArticleGraphGives() {
        DatasetGraph tdb = indexedSample();
        Node osce = NodeFactory.createURI(E + "organization/osce");
        Txn.executeWrite(tdb, () -> {
            Node article = tdb.find(Node.ANY, Node.ANY, ParleyVocab.sourceName, Node.ANY).next().getGraph();
            tdb.add(article, osce, ParleyVocab.nameInArticle, NodeFactory.createLiteralString("OSCE Mission"));
        });
        Txn.executeRead(tdb, () -> {
            Dataset ds = DatasetFactory.wrap(tdb);
            List<String> entities = rows(ds, "entities.rq", List.of("doc", "entity", "label", "type", "wikidata"));
            assertEquals(ENTITIES.stream().map(r -> r.replace("|OSCE|", "|OSCE Mission|")).toList(), entities);
            List<String> statements = rows(ds, "statements.rq",
                    List.of("doc", "statement", "kind", "role", "entity", "label", "type", "wikidata"));
            assertEquals(STATEMENTS.stream().map(r -> r.replace("|OSCE|", "|OSCE Mission|")).toList(), statements);
        });
    }

    @Test
    void offersWithConditions() {
        Dataset ds = sample();
        assertEquals(List.of(D + "|" + ST + "s2|Russia|Ukraine|a ceasefire|2024-03-04|" + SampleExtraction.S1 + "|"
                        + ST + "s3|demand|Russia|Ukraine|Ukraine gave up its bid to join NATO|" + SampleExtraction.S1),
                rows(ds, "offers-with-conditions.rq", List.of("doc", "offer", "byLabel", "toLabel", "content", "date",
                        "evidence", "condition", "conditionKind", "conditionByLabel", "conditionToLabel",
                        "conditionContent", "conditionEvidence")));
    }

    @Test
    void rejections() {
        Dataset ds = sample();
        assertEquals(List.of(D + "|" + ST + "s4|Ukraine|Russia|the Russian proposal|2024-03-05|" + SampleExtraction.S2
                        + "|" + ST + "s2|offer|Russia|a ceasefire"),
                rows(ds, "rejections.rq", List.of("doc", "rejection", "byLabel", "toLabel", "content", "date", "evidence",
                        "answers", "answersKind", "answersByLabel", "answersContent")));
    }

    @Test
    void actorsByStatements() {
        Dataset ds = sample();
        assertEquals(List.of(
                        E + "Q159|Russia|Country|Q159|1|1|0|1|0|1|4",
                        E + "Q212|Ukraine|Country|Q212|1|0|1|1|1|0|4"),
                rows(ds, "actors-by-statements.rq", List.of("actor", "label", "type", "wikidata", "demandsMade",
                        "offersMade", "rejectionsMade", "demandsReceived", "offersReceived", "rejectionsReceived",
                        "total")));
    }

    /** Sorts and DISTINCT that spill to disk write their rows as text: every variable a query makes must read back. */
    @Test
    void queriesAnswerTheSameWhenTheirRowsSpillToDisk() {
        DatasetGraph dsg = indexedSample();
        dsg.getContext().set(ARQ.spillToDiskThreshold, 1L);
        checkContract(DatasetFactory.wrap(dsg));
        assertEquals(2, rows(DatasetFactory.wrap(dsg), "actors-by-statements.rq", List.of("actor")).size());
    }

    @Test
    void regionsRankedByTheDemandsThatNameOrImplyThem() {
        assertEquals(List.of(
                        E + "region/kherson-oblast|Kherson Oblast||1|0|1|1",
                        E + "region/zaporizhzhia-oblast|Zaporizhzhia Oblast||1|1|0|1"),
                rows(sample(), "regions-ranked.rq", List.of("region", "regionLabel", "wikidata", "demands", "naming",
                        "implying", "articles")));
    }

    @Test
    void oneRegionsDemandsByNameAndBySubstitution() {
        List<String> vars = List.of("region", "regionLabel", "named", "date", "byLabel", "toLabel", "doc", "statement", "evidence");
        assertEquals(List.of(E + "region/kherson-oblast|Kherson Oblast|false|2024-03-04|Ukraine|Russia|" + D + "|" + ST + "s1|"
                + SampleExtraction.S0), rows(sample(), "region-demands.rq", vars));

        Node zaporizhzhia = new IriMinter(IriMinter.DEFAULT_BASE).entity(SampleExtraction.ZAPORIZHZHIA);
        assertEquals(List.of(E + "region/zaporizhzhia-oblast|Zaporizhzhia Oblast|true|2024-03-04|Ukraine|Russia|" + D + "|"
                + ST + "s1|" + SampleExtraction.S0), rows(sample(), "region-demands.rq", "region", zaporizhzhia, vars));
    }

    @Test
    void coOccurringActors() {
        Dataset ds = sample();
        assertEquals(List.of(E + "Q159|Russia|" + E + "Q212|Ukraine|4"),
                rows(ds, "co-occurring-actors.rq", List.of("actor1", "label1", "actor2", "label2", "statements")));
    }

    @Test
    void entityEvidenceByNameAndBySubstitutionOfEitherIriOrAName() {
        Dataset ds = sample();
        List<String> vars = List.of("entity", "label", "wikidata", "doc", "statement", "kind", "role", "byLabel");
        assertEquals(List.of(
                        E + "Q212|Ukraine|Q212|" + D + "|" + ST + "s1|demand|by|Ukraine",
                        E + "Q212|Ukraine|Q212|" + D + "|" + ST + "s2|offer|to|Russia",
                        E + "Q212|Ukraine|Q212|" + D + "|" + ST + "s3|demand|to|Russia",
                        E + "Q212|Ukraine|Q212|" + D + "|" + ST + "s4|rejection|by|Ukraine"),
                rows(ds, "entity-evidence.rq", vars));

        Node nato = new IriMinter(IriMinter.DEFAULT_BASE).entity(SampleExtraction.NATO);
        List<String> natoRows = List.of(E + "Q7184|NATO|Q7184|" + D + "|" + ST + "s3|demand|organization|Russia");
        for (Node key : List.of(nato, NodeFactory.createURI("http://www.wikidata.org/entity/Q7184"),
                NodeFactory.createLiteralString("nato"))) {
            assertEquals(natoRows, rows(ds, "entity-evidence.rq", "key", key, vars), "key " + key);
        }
    }

    /** The sample's article graph and its statement index, in TDB2 (in memory) with the union default graph. */
    static DatasetGraph indexedSample() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        IriMinter minter = new IriMinter(IriMinter.DEFAULT_BASE);
        DatasetGraph mapped = SampleExtraction.mappedDataset();
        Txn.executeWrite(tdb, () -> {
            mapped.find().forEachRemaining(tdb::add);
            StatementIndex.Change change = new StatementIndex(minter).newChange();
            mapped.listGraphNodes().forEachRemaining(g -> change.addGraph(g, mapped.getGraph(g).find().toList()));
            change.apply(tdb);
        });
        return tdb;
    }

    private static Dataset sample() {
        return DatasetFactory.wrap(indexedSample());
    }

    private static List<String> rows(Dataset ds, String file, List<String> vars) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(read(file)).build()) {
                ResultSet rs = qe.execSelect();
                assertEquals(vars, rs.getResultVars().subList(0, vars.size()), file + ": columns");
                return rows(rs, vars);
            }
        });
    }

    /** The rows of a query with one variable substituted, in a read transaction. */
    private static List<String> rows(Dataset ds, String file, String var, Node value, List<String> vars) {
        Query q = QueryFactory.create(read(file));
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q)
                    .substitution(var, ds.getDefaultModel().asRDFNode(value)).build()) {
                return rows(qe.execSelect(), vars);
            }
        });
    }

    private static List<String> rows(ResultSet rs, List<String> vars) {
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> cells = new ArrayList<>();
            for (String v : vars) {
                RDFNode n = s.get(v);
                cells.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    private static String read(String file) {
        try (InputStream in = ContractQueriesTest.class.getResourceAsStream("/queries/" + file)) {
            if (in == null) {
                throw new IllegalStateException("/queries/" + file + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
