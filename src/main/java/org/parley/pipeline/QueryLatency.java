package org.parley.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.parley.serve.NamedQuery;
import org.parley.store.SparqlRunner;

/**
 * Times SPARQL queries the way a client sees them: over HTTP against a running server, each answer read to its
 * last byte (tab-separated rows), after untimed runs that warm the caches and the server's compiled code: at least one,
 * and more while they take under {@link #WARM_UP_MILLIS} in all, up to {@link #WARM_UP_RUNS} (a long-running server has
 * answered a fast lookup many times; one run leaves its code interpreted). A value goes into the parsed query,
 * never pasted into its text: as the one row of the query's {@code VALUES} block for that variable when it has one
 * (as a client edits the name a named query looks up), else in place of the variable.
 */
final class QueryLatency {

    /**
     * The timings of one query.
     *
     * @param name    what was asked
     * @param rows    rows in the answer (of the last run)
     * @param millis  each timed run, in milliseconds, sorted
     * @param failure why the query gave no answer (time limit, error status), or null
     * @param cut     why the server cut the answer (its row or size cap, header {@code Parley-Truncated}), or null
     */
    record Result(String name, long rows, double[] millis, String failure, String cut) {

        /** The run at the given fraction of the sorted runs (0.5: the median), by the nearest-rank method. */
        double percentile(double p) {
            if (millis.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p * millis.length);
            return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
        }

        String line() {
            if (failure != null) {
                return String.format("  %-34s %s", name, failure);
            }
            return String.format("  %-34s p50 %9.1f ms   p95 %9.1f ms   %,10d rows%s", name, percentile(0.5),
                    percentile(0.95), rows, cut == null ? "" : " (cut by the server: " + cut + ")");
        }
    }

    /** The header the server sets on an answer it cut (see {@code serve.LimitedQueryProcessor}). */
    private static final String TRUNCATED_HEADER = "Parley-Truncated";

    /** Most untimed runs before the timed ones. */
    static final int WARM_UP_RUNS = 20;
    /** Untimed runs go on while they have taken less than this, up to {@link #WARM_UP_RUNS}. */
    static final long WARM_UP_MILLIS = 2_000;

    /**
     * HTTP/1.1, as {@code serve} speaks it (the client's default, HTTP/2, asks every new connection to upgrade), with
     * the response handled on the client's own selector thread instead of being handed to a pool thread and back: on
     * a loaded machine each hand-off waits for a core, and the figure is meant to be the server's, not the client's.
     */
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).executor(Runnable::run).build();
    private final URI endpoint;
    private final int runs;

    /** @param endpoint the server's SPARQL endpoint; @param runs timed runs per query, at least 1 */
    QueryLatency(String endpoint, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1");
        }
        this.endpoint = URI.create(endpoint);
        this.runs = runs;
    }

    /** Times a named query with {@code bindings} substituted. */
    Result time(NamedQuery q, Map<String, Node> bindings) {
        return time(q.name(), SparqlRunner.parse(q.name(), q.text()), bindings);
    }

    /** Times a parsed query with {@code bindings} substituted. */
    Result time(String name, Query query, Map<String, Node> bindings) {
        String text = substitute(query, bindings).serialize();
        try {
            long warmEnd = System.nanoTime() + WARM_UP_MILLIS * 1_000_000;
            for (int i = 0; i < WARM_UP_RUNS && (i == 0 || System.nanoTime() < warmEnd); i++) {
                Answer warm = ask(text);
                if (warm.failure() != null) {
                    return new Result(name, 0, new double[0], warm.failure(), null);
                }
            }
            double[] millis = new double[runs];
            long rows = 0;
            String cut = null;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                Answer a = ask(text);
                millis[i] = (System.nanoTime() - t0) / 1e6;
                if (a.failure() != null) {
                    return new Result(name, 0, new double[0], a.failure(), null);
                }
                rows = a.rows();
                cut = a.cut();
            }
            Arrays.sort(millis);
            return new Result(name, rows, millis, null, cut);
        } catch (IOException e) {
            return new Result(name, 0, new double[0], "failed: " + e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(name, 0, new double[0], "interrupted", null);
        }
    }

    private record Answer(long rows, String failure, String cut) {
    }

    /** The query with each binding as the one row of its variable's {@code VALUES} block, or in place of the variable. */
    static Query substitute(Query query, Map<String, Node> bindings) {
        Map<Var, Node> values = new HashMap<>();
        bindings.forEach((k, v) -> values.put(Var.alloc(k), v));
        Set<Var> inValues = new HashSet<>();
        Query withValues = QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData el) {
                List<Var> vars = el.getVars();
                if (vars.size() == 1 && values.containsKey(vars.get(0))) {
                    Var v = vars.get(0);
                    inValues.add(v);
                    ElementData one = new ElementData();
                    one.add(v);
                    one.add(BindingFactory.binding(v, values.get(v)));
                    return one;
                }
                return super.transform(el);
            }
        });
        Map<Var, Node> rest = new HashMap<>(values);
        inValues.forEach(rest::remove);
        return rest.isEmpty() ? withValues : QueryTransformOps.replaceVars(withValues, rest);
    }

    private Answer ask(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        if (response.statusCode() != 200) {
            return new Answer(0, "HTTP " + response.statusCode() + (response.statusCode() == 503 ? " (time limit?)" : ""), null);
        }
        return new Answer(Math.max(0, lines - 1), null, response.headers().firstValue(TRUNCATED_HEADER).orElse(null));
    }
}
