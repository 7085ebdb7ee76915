package org.parley.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Runs SPARQL queries against a store's dataset (union default graph) inside a read transaction,
 * with a time limit, and writes the results as text, CSV, TSV, JSON, Turtle or N-Triples.
 * Values are injected by substitution, never pasted into the query text. Thread-safe.
 *
 * <pre>{@code
 * new SparqlRunner(store.datasetGraph(), Duration.ofSeconds(30))
 *     .run(queryText, Map.of("actor", actorIri), SparqlRunner.Format.CSV, System.out);
 * }</pre>
 */
public final class SparqlRunner {

    /**
     * Output formats. SELECT and ASK take TABLE, CSV, TSV, JSON; CONSTRUCT and DESCRIBE take TURTLE, NTRIPLES, JSONLD,
     * NQUADS, TRIG (TABLE means Turtle; N-Quads and TriG put the triples in the default graph).
     */
    public enum Format {
        TABLE, CSV, TSV, JSON, TURTLE, NTRIPLES, JSONLD, NQUADS, TRIG;

        /** Parses {@code csv}, {@code CSV}, {@code n-triples}, ... */
        public static Format parse(String s) {
            String k = s.strip().toUpperCase(Locale.ROOT).replace("-", "");
            for (Format f : values()) {
                if (f.name().equals(k)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown result format \"" + s + "\", expected one of table, csv, tsv, json, turtle, ntriples, jsonld, nquads, trig");
        }
    }

    /** The query ran longer than the time limit; nothing was written. */
    public static final class QueryTimeoutException extends RuntimeException {
        public QueryTimeoutException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final DatasetGraph dsg;
    private final Duration timeout;

    /** @param timeout time limit per query; zero or negative means none */
    public SparqlRunner(DatasetGraph dsg, Duration timeout) {
        this.dsg = Objects.requireNonNull(dsg, "dsg");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Parses {@code queryText} and runs it.
     *
     * @param source where the text came from, for error messages (a file name, or "query")
     * @throws IllegalArgumentException when the text does not parse (message names source, line and column)
     */
    public void run(String source, String queryText, Map<String, Node> bindings, Format format, OutputStream out) {
        run(parse(source, queryText), bindings, format, out);
    }

    /** Parses a query, with errors naming {@code source}. */
    public static Query parse(String source, String queryText) {
        try {
            return QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            // Jena lists every token it expected on further lines; the first line says what and where.
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException(source + ": SPARQL syntax error: " + first, e);
        }
    }

    /**
     * Runs a parsed query with {@code bindings} (variable name without '?' to value) substituted, and
     * writes the results. Results are complete in memory before anything is written, so a timeout
     * leaves {@code out} untouched.
     *
     * @throws QueryTimeoutException when the query exceeds the time limit
     * @throws IllegalArgumentException when the format does not fit the query form
     */
    public void run(Query query, Map<String, Node> bindings, Format format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        if (query.isSelectType()) {
            ResultSet rs = select(query, bindings);
            writeRows(query, rs, format, out);
        } else if (query.isAskType()) {
            boolean b = ask(query, bindings);
            writeBoolean(b, format, out);
        } else if (query.isConstructType() || query.isDescribeType()) {
            Graph g = graph(query, bindings);
            writeGraph(g, format, out);
        } else {
            throw new IllegalArgumentException("unsupported query form: only SELECT, ASK, CONSTRUCT and DESCRIBE run here");
        }
    }

    /** Runs a SELECT query and returns its rows, fully read. */
    public ResultSet select(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = exec(query, bindings)) {
                RowSet rows = qe.select().materialize();
                return ResultSetFactory.copyResults(ResultSet.adapt(rows));
            } catch (QueryCancelledException e) {
                throw timedOut(e);
            }
        });
    }

    /** Runs an ASK query. */
    public boolean ask(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = exec(query, bindings)) {
                return qe.ask();
            } catch (QueryCancelledException e) {
                throw timedOut(e);
            }
        });
    }

    /**
     * Runs a CONSTRUCT query and hands each triple to {@code sink} as the query yields it, in the query's order,
     * inside one read transaction; nothing is collected here. A triple is repeated when two solutions make it.
     *
     * @throws QueryTimeoutException when the query exceeds the time limit (what the sink received stays received)
     */
    public void construct(Query query, Map<String, Node> bindings, Consumer<Triple> sink) {
        if (!query.isConstructType()) {
            throw new IllegalArgumentException("not a CONSTRUCT query");
        }
        Txn.executeRead(dsg, () -> {
            try (QueryExec qe = exec(query, bindings)) {
                qe.constructTriples().forEachRemaining(sink);
            } catch (QueryCancelledException e) {
                throw timedOut(e);
            }
        });
    }

    /** Runs a CONSTRUCT or DESCRIBE query and returns the graph. */
    public Graph graph(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = exec(query, bindings)) {
                return query.isDescribeType() ? qe.describe() : qe.construct();
            } catch (QueryCancelledException e) {
                throw timedOut(e);
            }
        });
    }

    private QueryExec exec(Query query, Map<String, Node> bindings) {
        QueryExecBuilder b = QueryExec.dataset(dsg).query(query);
        bindings.forEach((name, value) -> b.substitution(Var.alloc(name), value));
        if (!timeout.isZero() && !timeout.isNegative()) {
            b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return b.build();
    }

    private QueryTimeoutException timedOut(QueryCancelledException e) {
        return new QueryTimeoutException("query stopped: exceeded the time limit of " + timeout.toMillis() + " ms", e);
    }

    private static void writeRows(Query query, ResultSet rs, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs, query.getPrologue());
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            default -> throw new IllegalArgumentException("format " + format
                    + " does not fit a SELECT query: use table, csv, tsv or json (the RDF formats are for CONSTRUCT and DESCRIBE)");
        }
    }

    private static void writeBoolean(boolean b, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                ps.println(b ? "yes" : "no");
                ps.flush();
            }
            case CSV -> ResultSetFormatter.outputAsCSV(out, b);
            case TSV -> ResultSetFormatter.outputAsTSV(out, b);
            case JSON -> ResultSetFormatter.outputAsJSON(out, b);
            default -> throw new IllegalArgumentException("format " + format + " does not fit an ASK query: use table, csv, tsv or json");
        }
    }

    private static void writeGraph(Graph g, Format format, OutputStream out) {
        switch (format) {
            case TABLE, TURTLE -> RDFDataMgr.write(out, g, Lang.TURTLE);
            case NTRIPLES -> RDFDataMgr.write(out, g, Lang.NTRIPLES);
            case JSONLD -> RDFDataMgr.write(out, g, RDFFormat.JSONLD11_PRETTY);
            case NQUADS -> RDFDataMgr.write(out, DatasetGraphFactory.wrap(g), Lang.NQUADS);
            case TRIG -> RDFDataMgr.write(out, DatasetGraphFactory.wrap(g), Lang.TRIG);
            default -> throw new IllegalArgumentException("format " + format
                    + " does not fit a CONSTRUCT or DESCRIBE query: use turtle, ntriples, jsonld, nquads or trig");
        }
    }
}
