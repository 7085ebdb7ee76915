package org.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.export.EntityLookup;
import org.parley.export.NetworkJsonWriter;

/**
 * {@code /api/network}: the actor network for the graph view, as Cytoscape.js elements, aggregated by the store
 * once per filter ({@link NetworkCache}) and capped: the {@code max-nodes} entities with most statements (default {@value #DEFAULT_NODES}, at most
 * {@value #MAX_NODES}) and the {@code max-edges} heaviest links between them. Takes the filters of
 * {@link NetworkParams}.
 */
final class NetworkApiServlet extends HttpServlet {

    static final int DEFAULT_NODES = 150;
    static final int MAX_NODES = 1000;
    static final int DEFAULT_EDGES = 600;
    static final int MAX_EDGES = 5000;

    private final transient NetworkCache networks;
    private final transient EntityLookup entities;

    NetworkApiServlet(DatasetGraph dsg, Duration timeout) {
        this.networks = new NetworkCache(dsg);
        this.entities = new EntityLookup(dsg, timeout);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.guarded(resp, "network", () -> {
            var filter = NetworkParams.filter(req, entities);
            int maxNodes = NetworkParams.number(req, "max-nodes", DEFAULT_NODES, 1, MAX_NODES);
            int maxEdges = NetworkParams.number(req, "max-edges", DEFAULT_EDGES, 0, MAX_EDGES);
            resp.setContentType("application/json");
            resp.setCharacterEncoding("UTF-8");
            networks.get(filter).replay(filter, new NetworkJsonWriter(resp.getOutputStream(), maxNodes, maxEdges));
        });
    }
}
