package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;
import org.parley.rdf.IriMinter;
import org.parley.rdf.ParleyVocab;
import org.parley.store.GraphStore.NamedGraph;

class GraphVariantsTest {

    static final IriMinter MINTER = new IriMinter(IriMinter.DEFAULT_BASE);
    static final String ID = IriMinter.DEFAULT_BASE;

    static CatalogEntry country(String key, String label) {
        return new CatalogEntry(key, EntityType.COUNTRY, label, key, List.of(), List.of(), List.of(), null, List.of(), List.of());
    }

    @Test
    void aCopyHasItsOwnArticleIrisSwappedEntitiesAndShiftedDates() {
        Catalog catalog = Catalog.of(List.of(country("Q1", "One"), country("Q2", "Two"), country("Q3", "Three")));
        Node graph = NodeFactory.createURI(ID + "graph/article/abc");
        Node article = NodeFactory.createURI(ID + "article/abc");
        Node statement = NodeFactory.createURI(ID + "article/abc/statement/s1");
        Node q1 = MINTER.entity("Q1");
        Node date = NodeFactory.createLiteralDT("2024-05-10", XSDDatatype.XSDdate);
        NamedGraph source = new NamedGraph(graph, List.of(
                Triple.create(article, ParleyVocab.sourceName, NodeFactory.createLiteralString("doc")),
                Triple.create(article, ParleyVocab.reports, statement),
                Triple.create(statement, ParleyVocab.by, q1),
                Triple.create(statement, ParleyVocab.date, date),
                Triple.create(q1, RDF.Nodes.type, ParleyVocab.Country),
                Triple.create(q1, RDFS.Nodes.label, NodeFactory.createLiteralString("One"))));
        NamedGraph copy = new GraphVariants(catalog, MINTER, 1).variant(source, 4);

        assertNotEquals(graph, copy.name());
        assertTrue(MINTER.isArticleGraph(copy.name()));
        String key = copy.name().getURI().substring(copy.name().getURI().lastIndexOf('/') + 1);
        Node by = copy.triples().get(2).getObject();
        assertTrue(copy.triples().get(1).getObject().getURI().contains("/article/" + key + "/statement/s1"));
        assertEquals("doc-v4", copy.triples().get(0).getObject().getLiteralLexicalForm());
        assertEquals("2024-04-28", copy.triples().get(3).getObject().getLiteralLexicalForm(), "moved back 3 days a copy");
        String label = catalog.entries().stream().filter(e -> MINTER.entity(e.key()).equals(by)).findFirst().orElseThrow().label();
        assertEquals(Triple.create(by, RDFS.Nodes.label, NodeFactory.createLiteralString(label)), copy.triples().get(5),
                "the swapped entity carries its own label");
        assertEquals(copy, new GraphVariants(catalog, MINTER, 1).variant(source, 4), "deterministic");
    }
}
