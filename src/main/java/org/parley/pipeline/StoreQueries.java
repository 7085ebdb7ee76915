package org.parley.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.parley.serve.NamedQuery;
import org.parley.serve.NamedQueryLibrary;
import org.parley.serve.ParleyServer;
import org.parley.store.SparqlRunner;
import org.parley.store.Tdb2GraphStore;

/**
 * Every named query of the library, timed on one store through the SPARQL server {@code parley serve} runs, plus the
 * label lookups a client makes. Queries that look up a name get the worst case: the region named in most demands,
 * the actor in most statements, the pair of actors in most statements together. The query that runs at Wikidata's
 * endpoint is left out.
 */
final class StoreQueries {

    /** Named queries that do not run on a Parley store. */
    private static final List<String> NOT_ON_A_STORE = List.of("wikidata-catalog-import");
    /** The label lookups: an entity's label, and entities by a label (classpath resources). */
    private static final List<String> LOOKUPS = List.of("label-of-entity", "entity-by-label");
    /** A long limit: the benchmark wants each query's time, not the server's refusal. */
    private static final Duration TIME_LIMIT = Duration.ofMinutes(5);
    /** Sorts and DISTINCT keep this many rows in memory, then spill to disk. */
    private static final long SPILL_ROWS = 100_000;

    private final Tdb2GraphStore store;
    private final int runs;
    private final Set<String> skipped;
    private final Consumer<String> progress;
    private final Set<String> only;

    /**
     * @param skipped  named queries not to time
     * @param progress receives each query's line as it is timed
     */
    StoreQueries(Tdb2GraphStore store, int runs, Set<String> skipped, Consumer<String> progress) {
        this(store, runs, skipped, Set.of(), progress);
    }

    /**
     * @param only named queries and label lookups to time, none other (empty: every one)
     */
    StoreQueries(Tdb2GraphStore store, int runs, Set<String> skipped, Set<String> only, Consumer<String> progress) {
        this.store = store;
        this.runs = runs;
        this.skipped = Set.copyOf(skipped);
        this.only = Set.copyOf(only);
        this.progress = progress;
    }

    /**
     * Checks that each name is a named query of the library.
     *
     * @throws IllegalArgumentException naming the first that is not
     */
    static void checkNames(Set<String> names) {
        Set<String> known = NamedQueryLibrary.fromClasspath().stream().map(NamedQuery::name).collect(Collectors.toCollection(HashSet::new));
        known.addAll(LOOKUPS);
        for (String name : names) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("no named query '" + name + "' (give names without .rq, such as entities)");
            }
        }
    }

    List<QueryLatency.Result> timeAll() {
        SparqlRunner local = new SparqlRunner(store.datasetGraph(), TIME_LIMIT);
        Node topRegionLabel = first(local, library("regions-ranked"), "regionLabel");
        Node topActor = first(local, library("actors-by-statements"), "actor");
        Node topActorLabel = first(local, library("actors-by-statements"), "label");
        Node pairFirst = first(local, library("co-occurring-actors"), "actor1");
        Node pairSecond = first(local, library("co-occurring-actors"), "actor2");
        store.datasetGraph().getContext().set(ARQ.spillToDiskThreshold, SPILL_ROWS);
        List<QueryLatency.Result> out = new ArrayList<>();
        try (ParleyServer server = ParleyServer.start(store.datasetGraph(),
                ParleyServer.Options.defaults().withPort(0).withQueryTimeout(TIME_LIMIT))) {
            QueryLatency latency = new QueryLatency(server.sparqlUrl(), runs);
            for (NamedQuery q : NamedQueryLibrary.fromClasspath()) {
                if (NOT_ON_A_STORE.contains(q.name())) {
                    continue;
                }
                if (!asked(q.name())) {
                    continue;
                }
                if (skipped.contains(q.name())) {
                    progress.accept(q.name() + ": skipped (--skip-queries)");
                    continue;
                }
                Map<String, Node> bindings = switch (q.name()) {
                    case "region-demands" -> binding("name", topRegionLabel);
                    case "entity-evidence", "find-entity" -> binding("key", topActorLabel);
                    case "link-statements" -> link(pairFirst, pairSecond);
                    default -> Map.of();
                };
                out.add(reported(latency.time(q, bindings)));
            }
            if (timed(LOOKUPS.get(0))) {
                out.add(reported(latency.time(lookup(LOOKUPS.get(0)), binding("entity", topActor))));
            }
            if (timed(LOOKUPS.get(1))) {
                out.add(reported(latency.time(lookup(LOOKUPS.get(1)), binding("label", topActorLabel))));
            }
        }
        return out;
    }

    /** Whether a label lookup is timed: not skipped, and asked for. */
    private boolean timed(String lookup) {
        return !skipped.contains(lookup) && asked(lookup);
    }

    /** Whether a query or lookup is asked for: every one when no names were given, else those named. */
    private boolean asked(String name) {
        return only.isEmpty() || only.contains(name);
    }

    private QueryLatency.Result reported(QueryLatency.Result result) {
        progress.accept(result.line());
        return result;
    }

    /** The value of {@code var} in the first row of a query's answer, or null when it has none. */
    private static Node first(SparqlRunner runner, NamedQuery q, String var) {
        ResultSet rs = runner.select(SparqlRunner.parse(q.name(), q.text()), Map.of());
        QuerySolution row = rs.hasNext() ? rs.next() : null;
        return row == null || row.get(var) == null ? null : row.get(var).asNode();
    }

    /** The link between the pair of actors in most statements together, as the graph view asks for it. */
    private static Map<String, Node> link(Node source, Node target) {
        return source == null || target == null ? Map.of() : Map.of("source", source, "target", target,
                "linkKind", NodeFactory.createLiteralString("demanded-of"));
    }

    private static Map<String, Node> binding(String var, Node value) {
        return value == null ? Map.of() : Map.of(var, value);
    }

    private static NamedQuery library(String name) {
        return NamedQueryLibrary.fromClasspath().stream().filter(q -> q.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no named query " + name));
    }

    private static NamedQuery lookup(String name) {
        String resource = "org/parley/pipeline/" + name + ".rq";
        try (InputStream in = StoreQueries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath " + resource + ": missing");
            }
            return NamedQueryLibrary.parse(name + ".rq", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
