package org.parley.export;

/**
 * Receives the actor network as it streams out of the store: {@link #start()}, every node, then every link
 * (links only between nodes already given), then {@link #finish()}. Writers implement it; none keeps the network.
 */
public interface NetworkSink {

    void start();

    void node(ActorNode node);

    void link(ActorLink link);

    void finish();
}
