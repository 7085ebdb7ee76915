package org.parley.export;

import java.io.OutputStream;
import java.time.LocalDate;

/**
 * Writes the actor network as GEXF 1.3, Gephi's own format: a static directed graph whose node ids are the
 * entities' IRIs, with node attributes (type, wikidata, made, received, named, statements) and edges carrying
 * their kind (GEXF's {@code kind}, so that Gephi keeps a demand and an offer between the same two parties apart),
 * weight and attributes (firstDate, lastDate, evidence). Streams: nodes first, then edges.
 */
public final class GexfWriter implements NetworkSink {

    static final String NS = "http://gexf.net/1.3";

    private final XmlOut xml;
    private boolean inEdges;
    private long edges;

    public GexfWriter(OutputStream out) {
        this.xml = new XmlOut(out);
    }

    @Override
    public void start() {
        xml.startDocument();
        xml.openRoot("gexf", NS, "version", "1.3");
        xml.open("meta", "lastmodifieddate", LocalDate.now().toString());
        xml.text("creator", "Parley");
        xml.text("description", "Actor network: who demanded of, offered to or rejected whom, and the regions and "
                + "organizations they named (queries/actor-network.rq)");
        xml.close();
        xml.open("graph", "defaultedgetype", "directed", "mode", "static");
        xml.open("attributes", "class", "node");
        attribute("type", "string");
        attribute("wikidata", "string");
        attribute("made", "long");
        attribute("received", "long");
        attribute("named", "long");
        attribute("statements", "long");
        xml.close();
        xml.open("attributes", "class", "edge");
        attribute("firstDate", "string");
        attribute("lastDate", "string");
        attribute("evidence", "string");
        xml.close();
        xml.open("nodes");
    }

    private void attribute(String name, String type) {
        xml.empty("attribute", "id", name, "title", name, "type", type);
    }

    @Override
    public void node(ActorNode n) {
        if (inEdges) {
            throw new IllegalStateException("GEXF: node " + n.iri() + " after the first edge");
        }
        xml.open("node", "id", n.iri(), "label", n.label());
        xml.open("attvalues");
        value("type", n.type());
        value("wikidata", n.wikidata());
        value("made", Long.toString(n.made()));
        value("received", Long.toString(n.received()));
        value("named", Long.toString(n.named()));
        value("statements", Long.toString(n.statements()));
        xml.close();
        xml.close();
    }

    @Override
    public void link(ActorLink l) {
        if (!inEdges) {
            xml.close();
            xml.open("edges");
            inEdges = true;
        }
        edges++;
        xml.open("edge", "id", "e" + edges, "source", l.source(), "target", l.target(), "kind", l.kind().label(),
                "label", l.kind().label(), "weight", Long.toString(l.weight()));
        xml.open("attvalues");
        value("firstDate", l.firstDate());
        value("lastDate", l.lastDate());
        value("evidence", l.evidence());
        xml.close();
        xml.close();
    }

    private void value(String attribute, String value) {
        if (!value.isEmpty()) {
            xml.empty("attvalue", "for", attribute, "value", value);
        }
    }

    @Override
    public void finish() {
        if (!inEdges) {
            xml.close();
            xml.open("edges");
        }
        xml.close();
        xml.close();
        xml.close();
        xml.endDocument();
    }
}
