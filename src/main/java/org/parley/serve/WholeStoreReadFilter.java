package org.parley.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;

/**
 * Refuses Graph Store Protocol reads of the whole store ({@code GET /parley}, {@code /parley/get?default},
 * {@code /parley/data}, the union graph): they stream every quad outside any time limit. Reads of one named graph
 * (one article) stay open; whole-store copies are what {@code parley backup} and the export command are for.
 */
final class WholeStoreReadFilter implements Filter {

    private final Set<String> graphStorePaths;

    /** @param dataset the dataset's path, such as {@code /parley} */
    WholeStoreReadFilter(String dataset) {
        this.graphStorePaths = Set.of(dataset, dataset + "/", dataset + "/get", dataset + "/data");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String method = req.getMethod();
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read && graphStorePaths.contains(path) && req.getParameter("query") == null
                && !namesOneGraph(req.getParameter("graph"))) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().println("whole-store downloads are not served here: ask for one graph with ?graph=IRI,"
                    + " query with SPARQL, or copy the store with 'parley backup' or 'parley export'");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a {@code graph} parameter names one named graph (not the default or union graph of all). */
    static boolean namesOneGraph(String graph) {
        if (graph == null || graph.isBlank()) {
            return false;
        }
        String g = graph.strip().toLowerCase(Locale.ROOT);
        return !(g.equals("default") || g.equals("union")
                || g.equals(Quad.defaultGraphIRI.getURI().toLowerCase(Locale.ROOT))
                || g.equals(Quad.unionGraph.getURI().toLowerCase(Locale.ROOT))
                || g.equals(Quad.defaultGraphNodeGenerated.getURI().toLowerCase(Locale.ROOT)));
    }
}
