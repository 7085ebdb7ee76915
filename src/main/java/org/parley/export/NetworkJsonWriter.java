package org.parley.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes the actor network as Cytoscape.js elements JSON for the graph view, capped: the first {@code maxNodes}
 * nodes (the network comes ranked by statements) and the first {@code maxLinks} links between them (ranked by
 * weight). The object also says how many there were in all:
 * <pre>{@code {"nodes":[{"data":{...}}], "edges":[{"data":{...}}], "nodesTotal":N, "edgesTotal":M}}</pre>
 * Keeps only the ids of the nodes shown. Not thread-safe.
 */
public final class NetworkJsonWriter implements NetworkSink {

    private final JsonGenerator json;
    private final int maxNodes;
    private final int maxLinks;
    private final Set<String> shown = new HashSet<>();
    private boolean inEdges;
    private long nodesTotal;
    private long edgesTotal;
    private long edgesShown;

    public NetworkJsonWriter(OutputStream out, int maxNodes, int maxLinks) {
        this.maxNodes = maxNodes;
        this.maxLinks = maxLinks;
        this.json = JsonCalls.generator(out);
    }

    @Override
    public void start() {
        JsonCalls.write(() -> {
            json.writeStartObject();
            json.writeArrayFieldStart("nodes");
        });
    }

    @Override
    public void node(ActorNode n) {
        nodesTotal++;
        if (shown.size() >= maxNodes) {
            return;
        }
        shown.add(n.iri());
        JsonCalls.write(() -> {
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("id", n.iri());
            json.writeStringField("label", n.label());
            json.writeStringField("type", n.type());
            json.writeStringField("wikidata", n.wikidata());
            json.writeNumberField("made", n.made());
            json.writeNumberField("received", n.received());
            json.writeNumberField("named", n.named());
            json.writeNumberField("statements", n.statements());
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    @Override
    public void link(ActorLink l) {
        startEdges();
        edgesTotal++;
        if (edgesShown >= maxLinks || !shown.contains(l.source()) || !shown.contains(l.target())) {
            return;
        }
        edgesShown++;
        JsonCalls.write(() -> {
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("id", "e" + edgesShown);
            json.writeStringField("source", l.source());
            json.writeStringField("target", l.target());
            json.writeStringField("kind", l.kind().label());
            json.writeNumberField("weight", l.weight());
            json.writeStringField("firstDate", l.firstDate());
            json.writeStringField("lastDate", l.lastDate());
            json.writeStringField("evidence", l.evidence());
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    private void startEdges() {
        if (!inEdges) {
            inEdges = true;
            JsonCalls.write(() -> {
                json.writeEndArray();
                json.writeArrayFieldStart("edges");
            });
        }
    }

    @Override
    public void finish() {
        startEdges();
        JsonCalls.write(() -> {
            json.writeEndArray();
            json.writeNumberField("nodesTotal", nodesTotal);
            json.writeNumberField("edgesTotal", edgesTotal);
            json.writeNumberField("maxNodes", maxNodes);
            json.writeNumberField("maxEdges", maxLinks);
            json.writeEndObject();
            json.flush();
        });
    }
}
