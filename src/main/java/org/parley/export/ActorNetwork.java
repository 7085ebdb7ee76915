package org.parley.export;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.store.SparqlRunner;

/**
 * The actor network of a store, streamed to a {@link NetworkSink}: {@code queries/actor-network.rq} with the filter's
 * dates and kinds substituted. With {@link NetworkFilter#around()} the query runs twice: once to find the entities
 * within the depth (only the links' two ends are kept), once to write. Thread-safe.
 *
 * <pre>{@code
 * new ActorNetwork(store.datasetGraph(), Duration.ZERO).write(NetworkFilter.all(), new GraphmlWriter(out));
 * }</pre>
 */
public final class ActorNetwork {

    /** The query's classpath resource (the build copies {@code queries/} into the jar). */
    public static final String QUERY_RESOURCE = "queries/actor-network.rq";

    private static final Query QUERY = BundledQuery.load(QUERY_RESOURCE);

    private final SparqlRunner runner;

    /** @param timeout time limit per query run; zero for none */
    public ActorNetwork(DatasetGraph dsg, Duration timeout) {
        this.runner = new SparqlRunner(Objects.requireNonNull(dsg, "dsg"), timeout);
    }

    /** Streams the part of the network that {@code filter} keeps to {@code sink}. */
    public void write(NetworkFilter filter, NetworkSink sink) {
        Map<String, Node> bindings = bindings(filter);
        NetworkSink target = sink;
        if (filter.aroundEntity().isPresent()) {
            Neighbourhood around = new Neighbourhood(filter.around(), filter.depth());
            run(bindings, around.collector());
            target = around.restrict(sink);
        }
        run(bindings, target);
    }

    private void run(Map<String, Node> bindings, NetworkSink sink) {
        NetworkRecordReader reader = new NetworkRecordReader(sink);
        sink.start();
        runner.construct(QUERY, bindings, reader);
        reader.end();
        sink.finish();
    }

    /** The values the query takes: ?since, ?until (xsd:date) and ?kinds (labels separated by spaces). */
    static Map<String, Node> bindings(NetworkFilter filter) {
        Map<String, Node> b = new HashMap<>();
        if (filter.since() != null) {
            b.put("since", NodeFactory.createLiteralDT(filter.since().toString(), XSDDatatype.XSDdate));
        }
        if (filter.until() != null) {
            b.put("until", NodeFactory.createLiteralDT(filter.until().toString(), XSDDatatype.XSDdate));
        }
        if (!filter.allKinds()) {
            Set<LinkKind> kinds = filter.kinds();
            b.put("kinds", NodeFactory.createLiteralString(kinds.stream().map(LinkKind::label).sorted()
                    .collect(Collectors.joining(" "))));
        }
        return b;
    }
}
