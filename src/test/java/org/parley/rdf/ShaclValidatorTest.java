package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.parley.rdf.ParleyVocab.Nif;

class ShaclValidatorTest {

    private static final IriMinter MINTER = new IriMinter(IriMinter.DEFAULT_BASE);

    private static Graph mapped() {
        Graph g = GraphFactory.createDefaultGraph();
        SampleExtraction.mappedDataset().find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    @Test
    void mappedSampleConforms() {
        ValidationReport r = ShaclValidator.bundled().validate(mapped());
        assertTrue(r.conforms(), () -> ShaclValidator.summary(r));
        assertEquals("", ShaclValidator.summary(r));
    }

    @Test
    void brokenGraphDoesNotConformAndEachProblemIsOneLine() {
        Graph g = mapped();
        Node ukraine = MINTER.entity(SampleExtraction.UKRAINE);
        Node osce = MINTER.entity(SampleExtraction.OSCE);
        Node s1 = MINTER.statement(SampleExtraction.article(), "s1");
        Node mention = MINTER.mention(SampleExtraction.article(), new org.parley.core.CharSpan(0, 7), 0);
        Node article = MINTER.article(SampleExtraction.article());
        // 1. an entity with two types
        g.add(Triple.create(ukraine, RDF.Nodes.type, ParleyVocab.Region));
        // 2. an organization named as a region
        g.add(Triple.create(s1, ParleyVocab.namesRegion, osce));
        // 3. a mention that ends before it begins
        g.delete(Triple.create(mention, Nif.endIndex, NodeFactory.createLiteralDT("7", XSDDatatype.XSDnonNegativeInteger)));
        g.add(Triple.create(mention, Nif.endIndex, NodeFactory.createLiteralDT("0", XSDDatatype.XSDnonNegativeInteger)));
        // 4. a statement without evidence
        g.remove(s1, ParleyVocab.evidence, Node.ANY);
        // 5. an article without its source name
        g.remove(article, ParleyVocab.sourceName, Node.ANY);
        // 6. a bad Wikidata link
        g.add(Triple.create(osce, ParleyVocab.wikidata, NodeFactory.createURI("https://www.wikidata.org/wiki/Q81299")));
        // 7. an entity with two labels
        g.add(Triple.create(osce, RDFS.Nodes.label, NodeFactory.createLiteralString("Organization for Security")));

        ValidationReport r = ShaclValidator.bundled().validate(g);
        assertFalse(r.conforms());
        String summary = ShaclValidator.summary(r);
        String[] lines = summary.split("\n");
        assertEquals(r.getEntries().size(), lines.length, summary);
        assertTrue(has(lines, ukraine, "exactly one of the types"), summary);
        assertTrue(has(lines, s1, "parley:by"), summary);
        assertTrue(has(lines, s1, "Country, Region or City"), summary);
        assertTrue(has(lines, mention, "lower than its nif:endIndex"), summary);
        assertTrue(has(lines, s1, "at least one evidence"), summary);
        assertTrue(has(lines, article, "parley:sourceName"), summary);
        assertTrue(has(lines, osce, "Wikidata item IRI"), summary);
        assertTrue(has(lines, osce, "non-empty rdfs:label"), summary);
    }

    @Test
    void statementWithTwoKindsDoesNotConform() {
        Graph g = mapped();
        Node s2 = MINTER.statement(SampleExtraction.article(), "s2");
        g.add(Triple.create(s2, RDF.Nodes.type, ParleyVocab.Demand));
        ValidationReport r = ShaclValidator.bundled().validate(g);
        assertFalse(r.conforms());
        assertTrue(ShaclValidator.summary(r).contains("exactly one of Demand, Offer, Rejection"), ShaclValidator.summary(r));
    }

    private static boolean has(String[] lines, Node focus, String text) {
        for (String l : lines) {
            if (l.startsWith("<" + focus.getURI() + ">") && l.contains(text)) {
                return true;
            }
        }
        return false;
    }
}
