package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class LabelKeysTest {

    static final IriMinter MINTER = new IriMinter(IriMinter.DEFAULT_BASE);

    @Test
    void aKeyIsTheNameInLowerCase() {
        assertEquals(NodeFactory.createLiteralString("kyiv"), LabelKeys.key("KYIV"));
        assertEquals(List.of(LabelKeys.key("kyiv"), LabelKeys.key("kiev")),
                List.copyOf(LabelKeys.keys(List.of("Kyiv", "KYIV", "Kiev"))), "one key for names that differ in case");
    }

    @Test
    void keysACatalogGraphWrittenWithoutThemOnce() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node catalog = MINTER.catalogGraph();
        Node city = MINTER.entity("city/ayville");
        dsg.add(catalog, city, RDFS.Nodes.label, NodeFactory.createLiteralString("Ayville"));
        dsg.add(catalog, city, ParleyVocab.Skos.altLabel, NodeFactory.createLiteralString("AYVILLE"));
        dsg.add(catalog, city, ParleyVocab.Skos.altLabel, NodeFactory.createLiteralString("Ay Town"));
        assertEquals(2, LabelKeys.addMissing(dsg, catalog));
        assertEquals(List.of("ay town", "ayville"), dsg.stream(catalog, city, ParleyVocab.labelKey, Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).sorted().toList());
        assertEquals(0, LabelKeys.addMissing(dsg, catalog), "a graph with keys is left as it is");
    }
}
