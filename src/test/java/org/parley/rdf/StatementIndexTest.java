package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class StatementIndexTest {

    static final IriMinter MINTER = new IriMinter(IriMinter.DEFAULT_BASE);
    static final String ID = IriMinter.DEFAULT_BASE;
    static final Node GRAPH = NodeFactory.createURI(ID + "graph/article/a1");
    static final Node A = NodeFactory.createURI(ID + "entity/Q1");
    static final Node B = NodeFactory.createURI(ID + "entity/Q2");
    static final Node R = NodeFactory.createURI(ID + "entity/region/r");
    static final Node R2 = NodeFactory.createURI(ID + "entity/region/r2");

    final StatementIndex index = new StatementIndex(MINTER);
    final DatasetGraph dsg = DatabaseMgr.createDatasetGraph();

    static Node statement(String id) {
        return NodeFactory.createURI(ID + "article/a1/statement/" + id);
    }

    /** A demand by A to B naming R and implying R2, an offer by B to A, a rejection by A alone. */
    static List<Triple> article(String labelOfA) {
        List<Triple> ts = new ArrayList<>();
        ts.add(Triple.create(statement("s1"), RDF.Nodes.type, ParleyVocab.Demand));
        ts.add(Triple.create(statement("s1"), ParleyVocab.by, A));
        ts.add(Triple.create(statement("s1"), ParleyVocab.to, B));
        ts.add(Triple.create(statement("s1"), ParleyVocab.namesRegion, R));
        ts.add(Triple.create(statement("s1"), ParleyVocab.impliesRegion, R2));
        ts.add(Triple.create(statement("s2"), RDF.Nodes.type, ParleyVocab.Offer));
        ts.add(Triple.create(statement("s2"), ParleyVocab.by, B));
        ts.add(Triple.create(statement("s2"), ParleyVocab.to, A));
        ts.add(Triple.create(statement("s3"), RDF.Nodes.type, ParleyVocab.Rejection));
        ts.add(Triple.create(statement("s3"), ParleyVocab.by, A));
        describe(ts, A, ParleyVocab.Country, labelOfA);
        describe(ts, B, ParleyVocab.Country, "Beta");
        describe(ts, R, ParleyVocab.Region, "Region");
        describe(ts, R2, ParleyVocab.Region, "Other region");
        return ts;
    }

    static void describe(List<Triple> ts, Node entity, Node type, String label) {
        ts.add(Triple.create(entity, RDF.Nodes.type, type));
        ts.add(Triple.create(entity, RDFS.Nodes.label, NodeFactory.createLiteralString(label)));
    }

    long count(Node subject, Node property) {
        return Txn.calculateRead(dsg, () -> {
            List<Node> values = new ArrayList<>();
            dsg.find(MINTER.indexGraph(), subject, property, Node.ANY).forEachRemaining(q -> values.add(q.getObject()));
            assertTrue(values.size() <= 1, "one count at most: " + values);
            return values.isEmpty() ? 0 : Long.parseLong(values.get(0).getLiteralLexicalForm());
        });
    }

    List<Node> objects(Node subject, Node property) {
        return Txn.calculateRead(dsg, () -> {
            List<Node> values = new ArrayList<>();
            dsg.find(MINTER.indexGraph(), subject, property, Node.ANY).forEachRemaining(q -> values.add(q.getObject()));
            return values;
        });
    }

    void write(List<Triple> triples) {
        replace(index, dsg, triples);
    }

    /** Stores the article graph {@link #GRAPH} as {@code triples} with the index's change, as ingest does. */
    static void replace(StatementIndex index, DatasetGraph dsg, List<Triple> triples) {
        StatementIndex.Change change = index.newChange();
        change.addGraph(GRAPH, triples);
        Txn.executeWrite(dsg, () -> {
            if (dsg.contains(GRAPH, Node.ANY, Node.ANY, Node.ANY)) {
                change.removeStored(dsg, GRAPH);
                dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
            }
            triples.forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            change.apply(dsg);
        });
    }

    @Test
    void countsWhatEachEntityMadeReceivedAndWasNamedIn() {
        write(article("Alpha"));
        assertEquals(1, count(A, ParleyVocab.demandsMade));
        assertEquals(1, count(A, ParleyVocab.rejectionsMade));
        assertEquals(1, count(A, ParleyVocab.offersReceived));
        assertEquals(0, count(A, ParleyVocab.offersMade));
        assertEquals(1, count(B, ParleyVocab.demandsReceived));
        assertEquals(1, count(B, ParleyVocab.offersMade));
        assertEquals(1, count(R, ParleyVocab.demandsNaming));
        assertEquals(0, count(R, ParleyVocab.demandsImplying));
        assertEquals(1, count(R2, ParleyVocab.demandsImplying));
        assertEquals(1, count(R2, ParleyVocab.demandArticles));
        Node pair = MINTER.actorPair(A, B);
        assertEquals(2, count(pair, ParleyVocab.sharedStatements), "the demand and the offer; the rejection has one actor");
        assertEquals(List.of(A), objects(pair, ParleyVocab.firstActor));
        assertEquals(List.of(B), objects(pair, ParleyVocab.secondActor));
        assertEquals(1, count(MINTER.indexGraph(), ParleyVocab.articles));
        assertEquals(List.of(NodeFactory.createLiteralString("Alpha")), objects(A, RDFS.Nodes.label));
        assertEquals(List.of(ParleyVocab.Country), objects(A, RDF.Nodes.type));
    }

    @Test
    void replacingAnArticleTakesOutWhatItsOldVersionGave() {
        write(article("Alpha"));
        List<Triple> offerOnly = article("Alpha").stream()
                .filter(t -> !t.getSubject().equals(statement("s1")) && !t.getSubject().equals(statement("s3"))).toList();
        write(offerOnly);
        assertEquals(0, count(A, ParleyVocab.demandsMade));
        assertEquals(0, count(A, ParleyVocab.rejectionsMade));
        assertEquals(1, count(A, ParleyVocab.offersReceived));
        assertEquals(0, count(R, ParleyVocab.demandsNaming));
        assertEquals(0, count(R, ParleyVocab.demandArticles));
        assertEquals(1, count(MINTER.actorPair(A, B), ParleyVocab.sharedStatements));
        assertEquals(1, count(MINTER.indexGraph(), ParleyVocab.articles), "still one article");
        assertEquals(1, count(MINTER.indexGraph(), ParleyVocab.replacedArticles));

        write(article("Alpha").stream()
                .filter(t -> !t.getSubject().equals(statement("s1")) && !t.getSubject().equals(statement("s2"))).toList());
        assertEquals(0, count(MINTER.actorPair(A, B), ParleyVocab.sharedStatements));
        assertEquals(List.of(), objects(MINTER.actorPair(A, B), ParleyVocab.firstActor), "a pair with no statement left is gone");
    }

    @Test
    void keepsTheLeastLabelAnyArticleGave() {
        write(article("Beta version"));
        write(article("Alpha"));
        write(article("Gamma"));
        assertEquals(List.of(NodeFactory.createLiteralString("Alpha")), objects(A, RDFS.Nodes.label));
        assertEquals(List.of(NodeFactory.createLiteralString("alpha")), objects(A, ParleyVocab.labelKey),
                "the key of the label kept, in lower case; the keys of the labels it replaced are gone");
        assertEquals(List.of(NodeFactory.createLiteralString("other region")), objects(R2, ParleyVocab.labelKey));
    }

    @Test
    void changesOfSeveralBatchesMergeIntoOne() {
        Node other = NodeFactory.createURI(ID + "graph/article/a2");
        StatementIndex.Change first = index.newChange();
        first.addGraph(GRAPH, article("Alpha"));
        StatementIndex.Change second = index.newChange();
        second.addGraph(other, article("Alpha"));
        first.merge(second);
        Txn.executeWrite(dsg, () -> first.apply(dsg));
        assertEquals(2, count(A, ParleyVocab.demandsMade), "the same statement IRIs in two graphs count twice, as two articles");
        assertEquals(2, count(MINTER.indexGraph(), ParleyVocab.articles));
    }
    static Node day(String iso) {
        return NodeFactory.createLiteralDT(iso, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
    }

    /** The demand keys of a place, as strings. */
    List<String> keys(Node place) {
        return objects(place, ParleyVocab.demandKey).stream().map(Node::getLiteralLexicalForm).sorted().toList();
    }

    @Test
    void keepsOneKeyPerDemandAndPlaceWhoseOrderIsNewestFirst() {
        List<Triple> ts = new ArrayList<>(article("Alpha"));
        ts.add(Triple.create(statement("s1"), ParleyVocab.date, day("2025-05-08")));
        ts.add(Triple.create(statement("s4"), RDF.Nodes.type, ParleyVocab.Demand));
        ts.add(Triple.create(statement("s4"), ParleyVocab.namesRegion, R));
        ts.add(Triple.create(statement("s4"), ParleyVocab.date, day("2024-12-31")));
        ts.add(Triple.create(statement("s5"), RDF.Nodes.type, ParleyVocab.Demand));
        ts.add(Triple.create(statement("s5"), ParleyVocab.namesRegion, R));
        ts.add(Triple.create(statement("s2"), ParleyVocab.namesRegion, R)); // an offer's place has no key
        write(ts);
        String g = " " + GRAPH.getURI();
        assertEquals(List.of("79749491 " + statement("s1").getURI() + " n" + g,
                "79758768 " + statement("s4").getURI() + " n" + g,
                "99999999 " + statement("s5").getURI() + " n" + g), keys(R), "newest first; the undated last");
        assertEquals(List.of("79749491 " + statement("s1").getURI() + " i" + g), keys(R2), "implied: i");
        assertEquals(List.of(), keys(A), "an actor has no keys");
    }

    @Test
    void replacingOrEmptyingAnArticleMovesOrTakesOutItsKeys() {
        List<Triple> dated = new ArrayList<>(article("Alpha"));
        dated.add(Triple.create(statement("s1"), ParleyVocab.date, day("2025-05-08")));
        write(dated);
        write(dated);
        assertEquals(1, keys(R).size(), "the same article again: the same key, once");
        List<Triple> redated = new ArrayList<>(article("Alpha"));
        redated.add(Triple.create(statement("s1"), ParleyVocab.date, day("2025-06-01")));
        write(redated);
        assertEquals(List.of("79749398 " + statement("s1").getURI() + " n " + GRAPH.getURI()), keys(R), "the new date's key only");
        write(List.of(Triple.create(A, RDF.Nodes.type, ParleyVocab.Country)));
        assertEquals(List.of(), keys(R), "no demand left: no key");
        assertEquals(List.of(), keys(R2));
    }
}
