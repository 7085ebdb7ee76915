package org.parley.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query operation with each query text parsed once ({@link ParsedQueries}): the steps after the
 * parse are those of Fuseki 5.6's {@code SPARQLQueryProcessor.execute(String, HttpAction)}, in its order, with its
 * log lines (formatted only when its log is on) and its errors. A text that does not parse is handed to Fuseki's own
 * operation, which parses it again and answers 400 with the parser's message, as before.
 */
abstract class ParsedOnceQueryProcessor extends SPARQL_QueryDataset {

    private final ParsedQueries parsedQueries = new ParsedQueries();

    @Override
    protected void execute(String queryString, HttpAction action) {
        ParsedQueries.Parsed parsed;
        try {
            parsed = parsedQueries.of(queryString);
        } catch (RuntimeException notParsed) {
            super.execute(queryString, action);
            return;
        }
        logQuery(queryString, action);
        Query query = parsed.copy();
        validate(queryString, query, action);
        executeParsed(queryString, query, parsed.logForm(), action);
    }

    private static void logQuery(String queryString, HttpAction action) {
        if (!action.log.isInfoEnabled()) {
            return;
        }
        if (action.verbose) {
            String text = queryString.endsWith("\n") ? queryString.substring(0, queryString.length() - 1) : queryString;
            action.log.info(String.format("[%d] Query = \n%s", action.id, text));
        } else {
            action.log.info(String.format("[%d] Query = %s", action.id, ServletOps.formatForLog(queryString)));
        }
    }

    private void validate(String queryString, Query query, HttpAction action) {
        try {
            validateQuery(action, query);
        } catch (QueryParseException e) {
            String message = SPARQLProtocol.messageForParseException(e);
            action.log.warn(String.format("[%d] %s", action.id, message));
            ServletOps.errorBadRequest(message);
        } catch (QueryException e) {
            String message = SPARQLProtocol.messageForException(e);
            action.log.warn(String.format("[%d] %s", action.id, message));
            ServletOps.errorBadRequest("Error: \n" + queryString + "\n" + message);
        }
    }

    private void executeParsed(String queryString, Query query, String queryStringLog, HttpAction action) {
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, queryStringLog);
            Query toRun = chosen.getRight() == null ? query : chosen.getRight();
            try (QueryExec queryExec = createQueryExec(action, toRun, chosen.getLeft())) {
                QueryExecResult result = executeQuery(action, queryExec, query, queryStringLog);
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryParseException e) {
            action.abortSilent();
            String message = SPARQLProtocol.messageForException(e);
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n" + message);
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } finally {
            action.endRead();
        }
    }
}
