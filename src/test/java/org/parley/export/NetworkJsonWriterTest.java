package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class NetworkJsonWriterTest {

    @Test
    void writesCytoscapeElementsAndSaysWhatTheCapLeftOut() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkJsonWriter w = new NetworkJsonWriter(out, 1, 10);
        GraphmlWriterTest.write(w, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(1, json.get("nodes").size(), "capped at one node");
        assertEquals(GraphmlWriterTest.KYIV.label(), json.at("/nodes/0/data/label").asText());
        assertEquals(6, json.at("/nodes/0/data/statements").asInt());
        assertEquals(0, json.get("edges").size(), "no edge has both ends shown");
        assertEquals(2, json.get("nodesTotal").asInt());
        assertEquals(2, json.get("edgesTotal").asInt());

        ByteArrayOutputStream all = new ByteArrayOutputStream();
        GraphmlWriterTest.write(new NetworkJsonWriter(all, 10, 1), all);
        JsonNode one = new ObjectMapper().readTree(all.toByteArray());
        assertEquals(1, one.get("edges").size(), "capped at one edge");
        assertEquals("names-region", one.at("/edges/0/data/kind").asText());
        assertEquals(GraphmlWriterTest.OSLO.iri(), one.at("/edges/0/data/target").asText());
    }
}
