package org.parley.export;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the actor network as GraphML (a directed graph), as Gephi, Cytoscape, yEd, networkx and JGraphT read it.
 * GraphML ids are XML name tokens, which IRIs are not, so nodes are {@code n1, n2, ...} with the entity's IRI in
 * their {@code iri} data. Node data: iri, label, type, wikidata, made, received, named, statements; edge data: kind,
 * weight, firstDate, lastDate, evidence. Streams the edges; keeps only each node's IRI and id.
 */
public final class GraphmlWriter implements NetworkSink {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private final XmlOut xml;
    private final Map<String, String> nodeIds = new HashMap<>();
    private long edges;

    public GraphmlWriter(OutputStream out) {
        this.xml = new XmlOut(out);
    }

    @Override
    public void start() {
        xml.startDocument();
        xml.openRoot("graphml", NS);
        key("iri", "node", "string");
        key("label", "node", "string");
        key("type", "node", "string");
        key("wikidata", "node", "string");
        key("made", "node", "long");
        key("received", "node", "long");
        key("named", "node", "long");
        key("statements", "node", "long");
        key("kind", "edge", "string");
        key("weight", "edge", "double");
        key("firstDate", "edge", "string");
        key("lastDate", "edge", "string");
        key("evidence", "edge", "string");
        xml.open("graph", "id", "parley-actors", "edgedefault", "directed");
    }

    private void key(String name, String domain, String type) {
        xml.empty("key", "id", name, "for", domain, "attr.name", name, "attr.type", type);
    }

    @Override
    public void node(ActorNode n) {
        String id = "n" + (nodeIds.size() + 1);
        if (nodeIds.putIfAbsent(n.iri(), id) != null) {
            throw new IllegalStateException("GraphML: node " + n.iri() + " twice");
        }
        xml.open("node", "id", id);
        data("iri", n.iri());
        data("label", n.label());
        data("type", n.type());
        data("wikidata", n.wikidata());
        data("made", Long.toString(n.made()));
        data("received", Long.toString(n.received()));
        data("named", Long.toString(n.named()));
        data("statements", Long.toString(n.statements()));
        xml.close();
    }

    @Override
    public void link(ActorLink l) {
        edges++;
        xml.open("edge", "id", "e" + edges, "source", nodeId(l.source()), "target", nodeId(l.target()));
        data("kind", l.kind().label());
        data("weight", Long.toString(l.weight()));
        data("firstDate", l.firstDate());
        data("lastDate", l.lastDate());
        data("evidence", l.evidence());
        xml.close();
    }

    private String nodeId(String iri) {
        String id = nodeIds.get(iri);
        if (id == null) {
            throw new IllegalStateException("GraphML: a link to " + iri + ", which is not a node");
        }
        return id;
    }

    private void data(String key, String value) {
        if (!value.isEmpty()) {
            xml.text("data", value, "key", key);
        }
    }

    @Override
    public void finish() {
        xml.close();
        xml.close();
        xml.endDocument();
    }
}
