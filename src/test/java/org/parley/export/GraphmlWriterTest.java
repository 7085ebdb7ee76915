package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

/** JGraphT's GraphML importer (which validates against the GraphML schema) reads what the writer wrote. */
class GraphmlWriterTest {

    static final ActorNode KYIV = new ActorNode("https://example.org/e/kyiv", "Kyiv & <the> \"capital\"", "City",
            "http://www.wikidata.org/entity/Q1899", 1, 2, 3);
    static final ActorNode OSLO = new ActorNode("https://example.org/e/oslo", "Oslo", "City", "", 0, 0, 1);
    static final ActorLink NAMES = new ActorLink(KYIV.iri(), OSLO.iri(), LinkKind.NAMES_REGION, 3, "2024-01-02",
            "2024-05-06", "Kyiv said talks, \"if any\", could be held in Oslo,\nnot elsewhere.\u0007");
    static final ActorLink OFFER = new ActorLink(KYIV.iri(), OSLO.iri(), LinkKind.OFFERED_TO, 1, "", "", "");

    static String write(NetworkSink sink, ByteArrayOutputStream out) {
        sink.start();
        sink.node(KYIV);
        sink.node(OSLO);
        sink.link(NAMES);
        sink.link(OFFER);
        sink.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jgraphtReadsNodesParallelEdgesWeightsAndData() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String graphml = write(new GraphmlWriter(out), out);

        Graph<String, DefaultWeightedEdge> g = GraphTypeBuilder.<String, DefaultWeightedEdge>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(true).weighted(true)
                .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier()).buildGraph();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        Map<String, String> nodeData = new HashMap<>();
        Map<String, String> edgeData = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> nodeData.put(p.getFirst() + " " + p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) -> edgeData.put(g.getEdgeWeight(p.getFirst()) + " " + p.getSecond(), a.getValue()));
        importer.importGraph(g, new StringReader(graphml));

        assertEquals(2, g.vertexSet().size());
        assertEquals(KYIV.iri(), nodeData.get("n1 iri"));
        assertEquals(2, g.edgeSet().size(), "a names-region and an offered-to link between the same two");
        assertEquals(KYIV.label(), nodeData.get("n1 label"));
        assertEquals("http://www.wikidata.org/entity/Q1899", nodeData.get("n1 wikidata"));
        assertEquals("6", nodeData.get("n1 statements"));
        assertEquals(3.0, g.getEdgeWeight(g.getAllEdges("n1", "n2").stream()
                .max((a, b) -> Double.compare(g.getEdgeWeight(a), g.getEdgeWeight(b))).orElseThrow()));
        assertEquals("Kyiv said talks, \"if any\", could be held in Oslo,\nnot elsewhere.", edgeData.get("3.0 evidence"),
                "text kept whole, the control character XML cannot carry dropped");
        assertEquals("names-region", edgeData.get("3.0 kind"));
        assertEquals("2024-05-06", edgeData.get("3.0 lastDate"));
    }
}
