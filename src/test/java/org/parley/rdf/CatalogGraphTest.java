package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.Office;
import org.parley.core.EntityType;

class CatalogGraphTest {

    private final IriMinter minter = new IriMinter(IriMinter.DEFAULT_BASE);

    @Test
    void writesEveryEntryIntoTheCatalogGraph() {
        Catalog catalog = Catalog.of(List.of(
                new CatalogEntry("Q159", EntityType.COUNTRY, "Russia", "Q159", List.of("Russian Federation"),
                        List.of("Russian"), List.of("Kremlin", "Moscow"), null, List.of(), List.of()),
                new CatalogEntry("region/north-province", EntityType.REGION, "North Province", null, List.of(),
                        List.of(), List.of(), "Q159", List.of(), List.of("example-group")),
                new CatalogEntry("person/jane-doe", EntityType.PERSON, "Jane Doe", null, List.of("J. Doe"),
                        List.of(), List.of(), null, List.of(new Office("Envoy", "Q159", null, null)), List.of())));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        CatalogGraph writer = new CatalogGraph(minter);
        writer.write(catalog, StreamRDFLib.dataset(dsg));

        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        assertEquals(List.of(minter.catalogGraph()), names);
        assertEquals(minter.catalogGraph(), writer.graphName());

        Graph g = dsg.getGraph(minter.catalogGraph());
        Node russia = minter.entity("Q159");
        Node north = minter.entity("region/north-province");
        assertTrue(g.contains(russia, RDF.Nodes.type, ParleyVocab.Country));
        assertTrue(g.contains(russia, RDFS.Nodes.label, NodeFactory.createLiteralString("Russia")));
        assertTrue(g.contains(russia, ParleyVocab.Skos.altLabel, NodeFactory.createLiteralString("Russian Federation")));
        assertTrue(g.contains(russia, ParleyVocab.demonym, NodeFactory.createLiteralString("Russian")));
        assertTrue(g.contains(russia, ParleyVocab.metonym, NodeFactory.createLiteralString("Kremlin")));
        assertTrue(g.contains(russia, ParleyVocab.wikidata, NodeFactory.createURI("http://www.wikidata.org/entity/Q159")));
        assertTrue(g.contains(north, ParleyVocab.partOf, russia));
        assertTrue(g.contains(north, RDF.Nodes.type, ParleyVocab.Region));
        assertEquals(0, g.find(north, ParleyVocab.wikidata, Node.ANY).toList().size());
        assertTrue(g.contains(russia, ParleyVocab.labelKey, NodeFactory.createLiteralString("russia")));
        assertTrue(g.contains(russia, ParleyVocab.labelKey, NodeFactory.createLiteralString("russian federation")));
        assertEquals(List.of(NodeFactory.createLiteralString("north province")),
                g.find(north, ParleyVocab.labelKey, Node.ANY).mapWith(t -> t.getObject()).toList());
        // Russia: type, label, wikidata, 1 alias, 1 demonym, 2 metonyms, 2 label keys; the region: type, label,
        // partOf, 1 label key; the person: type, label, 1 alias, 2 label keys (offices are not written); the graph:
        // its content hash
        assertEquals(9 + 4 + 5 + 1, g.size());
        assertTrue(dsg.contains(writer.fingerprint(catalog)));

        ValidationReport r = ShaclValidator.bundled().validate(g);
        assertTrue(r.conforms(), () -> ShaclValidator.summary(r));
    }

    @Test
    void writesOneLabelKeyForNamesThatDifferInCaseOnly() {
        CatalogEntry a = new CatalogEntry("city/a", EntityType.CITY, "Ayville", null, List.of("AYVILLE", "Ay Town"),
                List.of(), List.of(), null, List.of(), List.of());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        new CatalogGraph(minter).write(Catalog.of(List.of(a)), StreamRDFLib.dataset(dsg));
        Graph g = dsg.getGraph(minter.catalogGraph());
        assertEquals(List.of("ay town", "ayville"), g.find(minter.entity("city/a"), ParleyVocab.labelKey, Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList().stream().sorted().toList());
    }

    @Test
    void theFingerprintChangesWithTheCatalogsEntries() {
        CatalogEntry a = new CatalogEntry("city/a", EntityType.CITY, "A", null, List.of(), List.of(), List.of(), null,
                List.of(), List.of());
        CatalogEntry b = new CatalogEntry("city/a", EntityType.CITY, "A", null, List.of("Ay"), List.of(), List.of(), null,
                List.of(), List.of());
        CatalogGraph writer = new CatalogGraph(minter);
        assertEquals(writer.fingerprint(Catalog.of(List.of(a))), writer.fingerprint(Catalog.of(List.of(a))));
        assertNotEquals(writer.fingerprint(Catalog.of(List.of(a))), writer.fingerprint(Catalog.of(List.of(b))));
    }

    @Test
    void ontologyGraphGoesIntoItsOwnNamedGraph() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        OntologyGraph.write(minter.ontologyGraph(), StreamRDFLib.dataset(dsg));
        Graph g = dsg.getGraph(minter.ontologyGraph());
        assertEquals(OntologyGraph.load().size(), g.size());
        assertTrue(g.contains(ParleyVocab.Demand, RDFS.Nodes.subClassOf, ParleyVocab.Statement));
    }
}
