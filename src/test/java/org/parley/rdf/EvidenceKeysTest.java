package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The statement index's evidence keys: one per entity, statement, role, kind and reporting article. */
class EvidenceKeysTest {

    static final IriMinter MINTER = StatementIndexTest.MINTER;
    static final Node GRAPH = StatementIndexTest.GRAPH;
    static final Node A = StatementIndexTest.A;
    static final Node R = StatementIndexTest.R;
    static final Node ORG = NodeFactory.createURI(StatementIndexTest.ID + "entity/organization/osce");
    static final Node ARTICLE = NodeFactory.createURI(StatementIndexTest.ID + "article/a1");
    static final String DOC = "2025-05-08-talks.txt";

    final StatementIndex index = new StatementIndex(MINTER);
    final DatasetGraph dsg = DatabaseMgr.createDatasetGraph();

    static Node statement(String id) {
        return StatementIndexTest.statement(id);
    }

    /** The article of {@link StatementIndexTest}, s1 dated, s3 naming an organization, all reported by one article. */
    static List<Triple> reported(String date) {
        List<Triple> ts = new ArrayList<>(StatementIndexTest.article("Alpha"));
        ts.add(Triple.create(statement("s1"), ParleyVocab.date, StatementIndexTest.day(date)));
        ts.add(Triple.create(statement("s3"), ParleyVocab.namesOrganization, ORG));
        ts.add(Triple.create(ARTICLE, ParleyVocab.sourceName, NodeFactory.createLiteralString(DOC)));
        for (String s : List.of("s1", "s2", "s3")) {
            ts.add(Triple.create(ARTICLE, ParleyVocab.reports, statement(s)));
        }
        return ts;
    }

    void write(List<Triple> triples) {
        StatementIndexTest.replace(index, dsg, triples);
    }

    /** The evidence keys of an entity, in their order. */
    List<String> keys(Node entity) {
        return Txn.calculateRead(dsg, () -> {
            List<String> keys = new ArrayList<>();
            dsg.find(MINTER.indexGraph(), entity, ParleyVocab.evidenceKey, Node.ANY)
                    .forEachRemaining(q -> keys.add(q.getObject().getLiteralLexicalForm()));
            return keys.stream().sorted().toList();
        });
    }

    static String key(String day, String statement, String role, String kind, String how) {
        return String.join("\t", day, DOC, statement(statement).getURI(), role, kind, how, GRAPH.getURI());
    }

    @Test
    void oneKeyPerRoleAndKindOrderedByDateWithTheUndatedFirst() {
        write(reported("2025-05-08"));
        assertEquals(List.of(key("00000000", "s2", "to", "offer", "n"), key("00000000", "s3", "by", "rejection", "n"),
                key("20250508", "s1", "by", "demand", "n")), keys(A), "undated first, then by date");
        assertEquals(List.of(key("20250508", "s1", "region", "demand", "n")), keys(R));
        assertEquals(List.of(key("00000000", "s3", "organization", "rejection", "n")), keys(ORG));
    }

    @Test
    void namingAndImplyingOnePlaceAreTwoKeys() {
        List<Triple> ts = reported("2025-05-08");
        ts.add(Triple.create(statement("s1"), ParleyVocab.impliesRegion, R));
        write(ts);
        assertEquals(List.of(key("20250508", "s1", "region", "demand", "i"),
                        key("20250508", "s1", "region", "demand", "n")),
                keys(R), "one row each in the query the keys page, as two branches of its union");
        write(reported("2025-05-08"));
        assertEquals(List.of(key("20250508", "s1", "region", "demand", "n")), keys(R),
                "the implied one taken out alone");
    }

    @Test
    void replacingOrEmptyingAnArticleMovesOrTakesOutItsKeys() {
        write(reported("2025-05-08"));
        write(reported("2025-05-08"));
        assertEquals(3, keys(A).size(), "the same article again: the same keys, once");
        write(reported("2025-06-01"));
        assertEquals(key("20250601", "s1", "by", "demand", "n"), keys(A).get(2), "the new date's key");
        assertEquals(3, keys(A).size(), "the old date's key gone");
        write(List.of(Triple.create(A, RDF.Nodes.type, ParleyVocab.Country)));
        assertEquals(List.of(), keys(A), "no statement left: no key");
        assertEquals(List.of(), keys(ORG));
    }

    @Test
    void aStatementNoArticleReportsHasNoKey() {
        write(StatementIndexTest.article("Alpha"));
        assertEquals(List.of(), keys(A), "the page lists statements with the source name of their article only");
    }
}
