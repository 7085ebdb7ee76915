package org.parley.serve;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Our pages and the calls behind them, added to the Fuseki server: the query page at {@code /}, the graph view at
 * {@code /graph}, entity pages at {@code /entity/...}, their scripts and styles at {@code /static/}, Cytoscape.js at
 * {@code /vendor/}, the JSON calls at {@code /api/} and the exports at {@code /parley/export/}.
 */
final class WebApp {

    /** The classpath folder of our pages. */
    static final String PAGES = "org/parley/serve/web/";

    private WebApp() {
    }

    static void addTo(FusekiServer.Builder b, DatasetGraph dsg, Duration timeout, String dataset) {
        b.addServlet("", ClasspathFiles.file(PAGES + "index.html"))
                .addServlet("/graph", ClasspathFiles.file(PAGES + "graph.html"))
                .addServlet("/entity/*", ClasspathFiles.file(PAGES + "entity.html"))
                .addServlet("/static/*", ClasspathFiles.folder(PAGES, "no-cache"))
                .addServlet("/vendor/*", ClasspathFiles.folder(Vendor.CYTOSCAPE_FOLDER, "max-age=86400"))
                .addServlet("/api/network", new NetworkApiServlet(dsg, timeout))
                .addServlet("/api/*", new EvidenceApiServlet(dsg, timeout))
                .addServlet(dataset + "/export/*", new ExportServlet(dsg, timeout));
    }
}
