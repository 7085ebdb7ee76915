package org.parley.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities within a number of links of one entity, whichever way the links point. A first run of the network
 * feeds {@link #collector()} (it keeps only the two ends of each link); {@link #restrict(NetworkSink)} then passes on
 * the nodes within reach and the links between them. Not thread-safe.
 */
final class Neighbourhood {

    private final String centre;
    private final int depth;
    private final Map<String, List<String>> neighbours = new HashMap<>();
    private Set<String> reached;

    Neighbourhood(String centre, int depth) {
        this.centre = centre;
        this.depth = depth;
    }

    /** The sink of the first run. */
    NetworkSink collector() {
        return new NetworkSink() {
            @Override
            public void start() {
                neighbours.clear();
            }

            @Override
            public void node(ActorNode node) {
                // the ends of the links are all that is needed
            }

            @Override
            public void link(ActorLink link) {
                neighbours.computeIfAbsent(link.source(), k -> new ArrayList<>()).add(link.target());
                neighbours.computeIfAbsent(link.target(), k -> new ArrayList<>()).add(link.source());
            }

            @Override
            public void finish() {
                reached = reach();
            }
        };
    }

    /** The entities within reach, the centre included (when it is in the network at all). */
    Set<String> reached() {
        if (reached == null) {
            throw new IllegalStateException("the first run has not finished");
        }
        return reached;
    }

    /** A sink that passes on to {@code sink} only what lies within reach. */
    NetworkSink restrict(NetworkSink sink) {
        Set<String> keep = reached();
        return new NetworkSink() {
            @Override
            public void start() {
                sink.start();
            }

            @Override
            public void node(ActorNode node) {
                if (keep.contains(node.iri())) {
                    sink.node(node);
                }
            }

            @Override
            public void link(ActorLink link) {
                if (keep.contains(link.source()) && keep.contains(link.target())) {
                    sink.link(link);
                }
            }

            @Override
            public void finish() {
                sink.finish();
            }
        };
    }

    private Set<String> reach() {
        Set<String> seen = new HashSet<>();
        if (!neighbours.containsKey(centre)) {
            return seen;
        }
        seen.add(centre);
        Deque<String> frontier = new ArrayDeque<>(List.of(centre));
        for (int hop = 0; hop < depth && !frontier.isEmpty(); hop++) {
            Deque<String> next = new ArrayDeque<>();
            for (String entity : frontier) {
                for (String n : neighbours.getOrDefault(entity, List.of())) {
                    if (seen.add(n)) {
                        next.add(n);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }
}
