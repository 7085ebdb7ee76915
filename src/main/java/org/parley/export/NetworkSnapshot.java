package org.parley.export;

import java.util.ArrayList;
import java.util.List;

/**
 * An actor network held in memory, for a server that shows the same network many times (the graph view): what
 * {@link ActorNetwork} streamed, kept, and replayed to any {@link NetworkSink}, optionally only around one entity.
 * Exports stream instead. Immutable once made.
 */
public final class NetworkSnapshot {

    private final List<ActorNode> nodes;
    private final List<ActorLink> links;

    private NetworkSnapshot(List<ActorNode> nodes, List<ActorLink> links) {
        this.nodes = List.copyOf(nodes);
        this.links = List.copyOf(links);
    }

    /** Runs the network with {@code filter}'s dates and kinds (its {@code around} is for {@link #replay}). */
    public static NetworkSnapshot of(ActorNetwork network, NetworkFilter filter) {
        List<ActorNode> nodes = new ArrayList<>();
        List<ActorLink> links = new ArrayList<>();
        network.write(new NetworkFilter(filter.since(), filter.until(), filter.kinds(), null, 1), new NetworkSink() {
            @Override
            public void start() {
                nodes.clear();
                links.clear();
            }

            @Override
            public void node(ActorNode node) {
                nodes.add(node);
            }

            @Override
            public void link(ActorLink link) {
                links.add(link);
            }

            @Override
            public void finish() {
                // all kept
            }
        });
        return new NetworkSnapshot(nodes, links);
    }

    /** Sends the network to {@code sink}, only around {@code filter.around()} when it names an entity. */
    public void replay(NetworkFilter filter, NetworkSink sink) {
        NetworkSink target = sink;
        if (filter.aroundEntity().isPresent()) {
            Neighbourhood around = new Neighbourhood(filter.around(), filter.depth());
            send(around.collector());
            target = around.restrict(sink);
        }
        send(target);
    }

    private void send(NetworkSink sink) {
        sink.start();
        nodes.forEach(sink::node);
        links.forEach(sink::link);
        sink.finish();
    }
}
