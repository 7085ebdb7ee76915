package org.parley.export;

import java.util.ArrayList;
import java.util.List;

/** Keeps what it receives, and checks the order a {@link NetworkSink} is promised. */
final class CollectingSink implements NetworkSink {

    final List<ActorNode> nodes = new ArrayList<>();
    final List<ActorLink> links = new ArrayList<>();
    int starts;
    int finishes;

    @Override
    public void start() {
        starts++;
    }

    @Override
    public void node(ActorNode node) {
        if (!links.isEmpty()) {
            throw new AssertionError("node " + node.iri() + " after a link");
        }
        nodes.add(node);
    }

    @Override
    public void link(ActorLink link) {
        if (nodes.stream().noneMatch(n -> n.iri().equals(link.source()))
                || nodes.stream().noneMatch(n -> n.iri().equals(link.target()))) {
            throw new AssertionError("link before its nodes: " + link);
        }
        links.add(link);
    }

    @Override
    public void finish() {
        finishes++;
    }

    /** {@code source>kind>target:weight} for each link, sorted, with short names. */
    List<String> linkLines() {
        return links.stream().map(l -> shortName(l.source()) + ">" + l.kind().label() + ">" + shortName(l.target())
                + ":" + l.weight()).sorted().toList();
    }

    static String shortName(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
