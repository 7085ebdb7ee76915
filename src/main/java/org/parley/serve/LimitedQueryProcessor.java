package org.parley.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query operation with a cap on each answer: at most {@link ServingLimits#maxRows()} rows (triples
 * for CONSTRUCT and DESCRIBE) and {@link ServingLimits#maxResultBytes()} characters of terms. The answer is read
 * whole, within the query's time limit, before its first byte is sent: a query that runs out of time gets a clean
 * 503, and a cut answer says so in the {@value #TRUNCATED_HEADER} response header. Each running query is known to
 * the {@link HeapGuard}. Each query text is parsed once ({@link ParsedOnceQueryProcessor}).
 */
final class LimitedQueryProcessor extends ParsedOnceQueryProcessor {

    /** The response header that says an answer was cut, and why. */
    static final String TRUNCATED_HEADER = "Parley-Truncated";

    private final ServingLimits limits;
    private final RunningQueries running;

    LimitedQueryProcessor(ServingLimits limits, RunningQueries running) {
        this.limits = limits;
        this.running = running;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryStringLog) {
        try (RunningQueries.Running r = running.register(queryExec)) {
            try {
                return collect(action, queryExec, query, queryStringLog);
            } catch (QueryCancelledException e) {
                if (r.stoppedForMemory()) {
                    ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "query stopped: the server ran short of memory"
                            + " while it ran (a GROUP BY or join that grows without end?); narrow the query");
                }
                throw e;
            }
        }
    }

    private QueryExecResult collect(HttpAction action, QueryExec queryExec, Query query, String queryStringLog) {
        ResultBudget budget = new ResultBudget(limits.maxRows(), limits.maxResultBytes());
        QueryExecResult result;
        if (query.isSelectType()) {
            RowSet rows = queryExec.select();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext()) {
                Binding b = rows.next();
                if (!budget.take(ResultBudget.size(b))) {
                    break;
                }
                kept.add(b);
            }
            result = new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        } else if (query.isConstructType()) {
            DatasetGraph out = DatasetGraphFactory.create();
            for (Iterator<Quad> quads = queryExec.constructQuads(); quads.hasNext(); ) {
                Quad q = quads.next();
                if (!budget.take(ResultBudget.size(q))) {
                    break;
                }
                out.add(q);
            }
            result = new QueryExecResult(out);
        } else if (query.isDescribeType()) {
            Graph out = GraphFactory.createDefaultGraph();
            for (Iterator<Triple> triples = queryExec.describeTriples(); triples.hasNext(); ) {
                Triple t = triples.next();
                if (!budget.take(ResultBudget.size(t))) {
                    break;
                }
                out.add(t);
            }
            result = new QueryExecResult(out);
        } else if (query.isJsonType()) {
            List<JsonObject> kept = new ArrayList<>();
            for (Iterator<JsonObject> items = queryExec.execJsonItems(); items.hasNext(); ) {
                JsonObject item = items.next();
                if (!budget.take(item.toString().length())) {
                    break;
                }
                kept.add(item);
            }
            result = new QueryExecResult(kept.iterator());
        } else {
            return super.executeQuery(action, queryExec, query, queryStringLog);
        }
        budget.truncation().ifPresent(why -> action.setResponseHeader(TRUNCATED_HEADER, why));
        return result;
    }
}
