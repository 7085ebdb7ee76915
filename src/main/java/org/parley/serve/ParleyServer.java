package org.parley.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SPARQL server: embedded Fuseki serving one dataset read-only at {@code /parley}
 * ({@code /parley/sparql}, {@code /parley/query}, {@code /parley/get}), the query library as JSON at
 * {@code /queries}, our pages and exports ({@link WebApp}: {@code /}, {@code /graph}, {@code /entity/...},
 * {@code /parley/export/...}) and optionally the Fuseki UI at {@code /fuseki/} ({@link FusekiUiMount}).
 *
 * <pre>{@code
 * try (ParleyServer server = ParleyServer.start(store.datasetGraph(), ParleyServer.Options.defaults())) {
 *     server.join();
 * }
 * }</pre>
 */
public final class ParleyServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);

    /** The dataset's path on the server. */
    public static final String DATASET = "/parley";

    /**
     * Server options.
     *
     * @param host         address to bind; a loopback name or address binds to loopback only
     * @param port         TCP port; 0 picks a free one (read it back with {@link #port()})
     * @param queryTimeout time limit per query; zero means none
     * @param fusekiUi     also serve the Fuseki UI from the jena-fuseki-ui jar at {@code /fuseki/}, when present
     * @param queries      the query library served at {@code /queries}
     * @param limits       what each request and all of them together may spend
     * @param writes       the authenticated write endpoint, or null for none
     * @param backup       the backup endpoint, or null for none
     */
    public record Options(String host, int port, Duration queryTimeout, boolean fusekiUi, List<NamedQuery> queries,
                          ServingLimits limits, WriteAccess writes, BackupAccess backup) {

        public static final String DEFAULT_HOST = "127.0.0.1";
        public static final int DEFAULT_PORT = 3030;
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(queryTimeout, "queryTimeout");
            Objects.requireNonNull(limits, "limits");
            queries = List.copyOf(queries);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range 0..65535: " + port);
            }
            if (queryTimeout.isNegative()) {
                throw new IllegalArgumentException("query timeout is negative: " + queryTimeout);
            }
        }

        /**
         * 127.0.0.1:3030, 30 s per query, the query library from the classpath, the default {@link ServingLimits},
         * no write or backup endpoint, and the Fuseki UI at {@code /fuseki/} (when jena-fuseki-ui is on the classpath).
         */
        public static Options defaults() {
            return new Options(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, true, NamedQueryLibrary.fromClasspath(),
                    ServingLimits.defaults(), null, null);
        }

        public Options withHost(String h) {
            return new Options(h, port, queryTimeout, fusekiUi, queries, limits, writes, backup);
        }

        public Options withPort(int p) {
            return new Options(host, p, queryTimeout, fusekiUi, queries, limits, writes, backup);
        }

        public Options withQueryTimeout(Duration t) {
            return new Options(host, port, t, fusekiUi, queries, limits, writes, backup);
        }

        public Options withFusekiUi(boolean on) {
            return new Options(host, port, queryTimeout, on, queries, limits, writes, backup);
        }

        public Options withQueries(List<NamedQuery> q) {
            return new Options(host, port, queryTimeout, fusekiUi, q, limits, writes, backup);
        }

        public Options withLimits(ServingLimits l) {
            return new Options(host, port, queryTimeout, fusekiUi, queries, l, writes, backup);
        }

        public Options withWrites(WriteAccess w) {
            return new Options(host, port, queryTimeout, fusekiUi, queries, limits, w, backup);
        }

        public Options withBackup(BackupAccess b) {
            return new Options(host, port, queryTimeout, fusekiUi, queries, limits, writes, b);
        }
    }

    private final FusekiServer server;
    private final String host;
    private final boolean fusekiUi;
    private final EndpointGuards guards;

    private ParleyServer(FusekiServer server, String host, boolean fusekiUi, EndpointGuards guards) {
        this.server = server;
        this.host = host;
        this.fusekiUi = fusekiUi;
        this.guards = guards;
    }

    /**
     * Starts serving {@code dsg}, read-only but for the write endpoint when {@code options} has one, behind the
     * guards of {@link EndpointGuards} and {@link HttpLimits}.
     *
     * @throws IllegalArgumentException when the host cannot be resolved
     */
    public static ParleyServer start(DatasetGraph dsg, Options options) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(options, "options");
        boolean loopback = isLoopback(options.host());
        EndpointGuards guards = EndpointGuards.install(dsg, options.limits(), options.queryTimeout());
        String writePath = options.writes() == null ? null : DATASET + "/" + WriteAccess.ENDPOINT;
        FusekiServer.Builder b = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(options.port())
                .loopback(loopback)
                .verbose(false)
                .enablePing(true)
                .add(DATASET, dsg, false)
                .addServlet("/queries", new QueriesServlet(options.queries()));
        WebApp.addTo(b, dsg, options.queryTimeout(), DATASET);
        guards.configure(b, loopback, DATASET);
        if (options.writes() != null) {
            options.writes().register(b, DATASET);
        }
        if (options.backup() != null) {
            b.addServlet(BackupAccess.PATH, options.backup().servlet());
        }
        boolean withUi = options.fusekiUi() && FusekiUiMount.available();
        if (withUi) {
            FusekiUiMount.addTo(b, DATASET); // before the read-only filter, which it forwards through
        }
        b.addFilter("/*", new ReadOnlyFilter(writePath));
        FusekiServer fs = b.build();
        HttpLimits.apply(fs.getJettyServer(), options.limits(), writePath);
        if (!loopback) {
            for (Connector c : fs.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(options.host());
                }
            }
        }
        fs.start();
        guards.start();
        ParleyServer ps = new ParleyServer(fs, loopback ? "127.0.0.1" : options.host(), withUi, guards);
        LOG.info("Serving SPARQL at {} ({}, query time limit {} ms); query page at {}", ps.sparqlUrl(),
                writePath == null ? "read-only" : "writes at " + ps.baseUrl() + writePath.substring(1),
                options.queryTimeout().toMillis(), ps.baseUrl());
        return ps;
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host to bind the server to: " + host, e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.getPort();
    }

    /** {@code http://host:port/}: our query page. */
    public String baseUrl() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return baseUrl() + DATASET.substring(1) + "/sparql";
    }

    /** Whether the Fuseki UI is served (at {@code /fuseki/}). */
    public boolean servesFusekiUi() {
        return fusekiUi;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    public void stop() {
        try {
            server.stop();
        } finally {
            guards.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Refuses every method that could change something, on every path but the write endpoint's, if there is one. */
    static final class ReadOnlyFilter implements Filter {
        private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "OPTIONS", "POST");
        private final String writePath;

        /** @param writePath the write endpoint's path, or null when the server is read-only */
        ReadOnlyFilter(String writePath) {
            this.writePath = writePath;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, jakarta.servlet.FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) request;
            HttpServletResponse resp = (HttpServletResponse) response;
            String method = req.getMethod();
            String path = req.getRequestURI().substring(req.getContextPath().length());
            // POST only where it carries a query: the dataset's query endpoints; everything else read by GET.
            boolean postOk = !method.equals("POST") || path.equals(DATASET) || path.equals(DATASET + "/sparql")
                    || path.equals(DATASET + "/query") || path.equals(writePath);
            if (!ALLOWED.contains(method) || !postOk) {
                // The request body is left unread: close the connection so no client reuses it mid-body.
                resp.setHeader("Connection", "close");
                resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "read-only server: " + method + " " + path);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Serves the query library as a JSON array of {name, title, description, text}. */
    static final class QueriesServlet extends HttpServlet {
        private final transient byte[] json;

        QueriesServlet(List<NamedQuery> queries) {
            try {
                this.json = new ObjectMapper().writeValueAsBytes(queries);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the query library as JSON: " + e.getMessage(), e);
            }
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("application/json");
            resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
            resp.setContentLength(json.length);
            resp.getOutputStream().write(json);
        }
    }
}
