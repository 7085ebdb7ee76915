package org.parley.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.fuseki.ctl.ActionPing;
import org.apache.jena.fuseki.ctl.ActionStats;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;

/**
 * Fuseki's own UI (the jena-fuseki-ui jar) at {@value #PATH}{@code /}, beside our pages. The UI calls the server
 * relative to its own page ({@code $/ping}, {@code $/server}, {@code $/datasets}, {@code $/stats/...} and
 * {@code parley/query}), so those calls are answered under {@value #PATH} too: the read-only admin calls by
 * Fuseki's own actions registered there, the dataset's by Fuseki's dispatch after a filter takes the prefix off.
 */
final class FusekiUiMount {

    /** Where the UI is served. */
    static final String PATH = "/fuseki";
    private static final String UI_FOLDER = "webapp";

    private FusekiUiMount() {
    }

    /** Whether the jena-fuseki-ui jar is on the classpath. */
    static boolean available() {
        return FusekiUiMount.class.getClassLoader().getResource(UI_FOLDER + "/index.html") != null;
    }

    /** Adds the UI to {@code b}; call it before any filter that checks request paths (it rewrites some). */
    static void addTo(FusekiServer.Builder b, String dataset) {
        b.addFilter(PATH + "/*", new DatasetPrefixFilter(dataset))
                .addServlet(PATH, new Redirect(PATH + "/"))
                .addServlet(PATH + "/index.html", new Redirect(PATH + "/"))
                .addServlet(PATH + "/*", new UiFiles())
                .addServlet(PATH + "/$/ping", new ActionPing())
                .addServlet(PATH + "/$/stats/*", new ActionStats())
                .addProcessor(PATH + "/$/server", new ActionServerStatus())
                .addProcessor(PATH + "/$/datasets/*", new ActionDatasets());
    }

    /** The UI's files; its page for the folder itself. */
    private static final class UiFiles extends HttpServlet {
        private final transient ClasspathFiles files = ClasspathFiles.folder(UI_FOLDER, "no-cache");

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String info = req.getPathInfo();
            files.send(info == null || info.equals("/") ? "index.html" : info.substring(1), resp);
        }
    }

    /** A permanent redirect to one path (the UI must be opened at its folder for its relative calls to work). */
    private static final class Redirect extends HttpServlet {
        private final String target;

        Redirect(String target) {
            this.target = target;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", req.getContextPath() + target);
        }
    }

    /** Hands {@code /fuseki/parley/...} on as {@code /parley/...}, so that Fuseki's dispatch finds the dataset. */
    private static final class DatasetPrefixFilter implements Filter {
        private final String dataset;

        DatasetPrefixFilter(String dataset) {
            this.dataset = dataset;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) request;
            String context = req.getContextPath();
            String path = req.getRequestURI().substring(context.length());
            String inner = path.substring(PATH.length());
            if (inner.equals(dataset) || inner.startsWith(dataset + "/")) {
                chain.doFilter(new HttpServletRequestWrapper(req) {
                    @Override
                    public String getRequestURI() {
                        return context + inner;
                    }

                    @Override
                    public StringBuffer getRequestURL() {
                        StringBuffer url = new StringBuffer(super.getRequestURL());
                        int at = url.indexOf(PATH + dataset);
                        return at < 0 ? url : url.replace(at, at + PATH.length(), "");
                    }

                    @Override
                    public String getServletPath() {
                        return inner;
                    }

                    @Override
                    public String getPathInfo() {
                        return null;
                    }
                }, response);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
