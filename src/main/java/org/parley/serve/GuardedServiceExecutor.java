package org.parley.serve;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.engine.iterator.QueryIterCommonParent;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs SPARQL {@code SERVICE} calls for the served dataset, and only to the endpoints it was given: any other IRI is
 * refused before a connection is made (so the server is no proxy into its network and no port scanner). Each call
 * ends when the query's time limit does, whether or not the remote endpoint answers; redirects are not followed;
 * at most a fixed number of calls are in progress at once; a failure is reported in one short line that never
 * carries the remote body. Thread-safe.
 */
final class GuardedServiceExecutor implements ServiceExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedServiceExecutor.class);
    private static final long POLL_MILLIS = 25;
    private static final Duration MAX_CONNECT = Duration.ofSeconds(5);

    private final Set<String> allowed;
    private final Duration timeLimit;
    private final Semaphore slots;
    private final int maxCalls;
    private final HttpClient http;
    private final ExecutorService callers;

    /**
     * @param allowed   the endpoints SERVICE may call, compared as written
     * @param timeLimit the query time limit the calls share; zero means a call may take {@code MAX_CONNECT} to connect
     *                  and as long as the query itself to answer
     * @param maxCalls  calls in progress at once
     */
    GuardedServiceExecutor(List<URI> allowed, Duration timeLimit, int maxCalls) {
        this.allowed = allowed.stream().map(URI::toString).collect(Collectors.toUnmodifiableSet());
        this.timeLimit = timeLimit;
        this.maxCalls = maxCalls;
        this.slots = new Semaphore(maxCalls);
        Duration connect = timeLimit.isZero() || timeLimit.compareTo(MAX_CONNECT) > 0 ? MAX_CONNECT : timeLimit;
        this.http = HttpClient.newBuilder().connectTimeout(connect).followRedirects(HttpClient.Redirect.NEVER).build();
        this.callers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "parley-service-call");
            t.setDaemon(true);
            return t;
        });
    }

    /** Makes {@code context} (a dataset's) run every SERVICE clause through this executor alone. */
    void install(Context context) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(this);
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt) {
        Node service = opExecute.getService();
        if (!service.isURI()) {
            throw new QueryDeniedException("SERVICE needs a fixed endpoint IRI, not " + service);
        }
        String url = service.getURI();
        if (!allowed.contains(url)) {
            throw new QueryDeniedException("SERVICE <" + url + "> is not allowed here: this server calls only the"
                    + " endpoints it was started with (--allow-service URL)" + (allowed.isEmpty() ? ", and none was given" : ""));
        }
        try {
            List<Binding> rows = call(opExecute, url, execCxt);
            QueryIterator it = QueryIterPlainWrapper.create(rows.iterator(), execCxt);
            return new QueryIterCommonParent(it, binding, execCxt);
        } catch (QueryExceptionHTTP e) {
            if (opExecute.getSilent()) {
                LOG.debug("SERVICE SILENT <{}> failed: {}", url, e.getMessage());
                return QueryIterSingleton.create(binding, execCxt);
            }
            throw e;
        }
    }

    private List<Binding> call(OpService op, String url, ExecutionContext execCxt) {
        long deadline = deadlineMillis(execCxt.getContext());
        if (!slots.tryAcquire()) {
            throw new QueryExceptionHTTP(503, "SERVICE <" + url + ">: " + maxCalls
                    + " remote calls are already in progress on this server; try again later");
        }
        Context remote = execCxt.getContext().copy();
        remote.set(ARQ.httpServiceAllowed, true);
        remote.set(ARQ.httpQueryClient, http);
        remote.set(ARQ.httpQueryTimeout, Math.max(1, deadline - System.currentTimeMillis()));
        Future<List<Binding>> answer;
        try {
            answer = callers.submit(() -> {
                try {
                    List<Binding> rows = new ArrayList<>();
                    Service.exec(op, remote).forEachRemaining(rows::add);
                    return rows;
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        return await(answer, url, deadline, execCxt.getCancelSignal());
    }

    private List<Binding> await(Future<List<Binding>> answer, String url, long deadline, AtomicBoolean cancel) {
        try {
            while (true) {
                if (cancel != null && cancel.get()) {
                    answer.cancel(true);
                    throw new QueryCancelledException();
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    answer.cancel(true);
                    throw new QueryExceptionHTTP(504, "SERVICE <" + url + ">: no answer within the query's time limit of "
                            + timeLimit.toMillis() + " ms");
                }
                try {
                    return answer.get(Math.min(left, POLL_MILLIS), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // poll again
                }
            }
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        } catch (CancellationException e) {
            throw new QueryCancelledException();
        } catch (ExecutionException e) {
            // an endpoint that did not answer in time is a gateway timeout, whichever clock ran out first
            int status = timedOut(e.getCause()) ? 504 : 502;
            throw new QueryExceptionHTTP(status, "SERVICE <" + url + ">: " + describe(e.getCause()));
        }
    }

    /** When the query's time runs out: its start (ARQ's NOW()) plus the time limit. */
    private long deadlineMillis(Context cxt) {
        long start = System.currentTimeMillis();
        Object now = cxt.get(ARQConstants.sysCurrentTime);
        if (now instanceof Node n && n.isLiteral()) {
            try {
                start = NodeValue.makeNode(n).getDateTime().toGregorianCalendar().getTimeInMillis();
            } catch (RuntimeException e) {
                LOG.debug("query start time unreadable: {}", n);
            }
        }
        long limit = timeLimit.isZero() ? Long.MAX_VALUE / 4 : timeLimit.toMillis();
        return start + limit;
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** One short line about a failed call: the status or the kind of failure, never the remote body. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
                return "the remote endpoint answered HTTP " + http.getStatusCode();
            }
            if (t instanceof HttpTimeoutException) {
                return "the remote endpoint did not answer in time";
            }
            if (t instanceof ConnectException) {
                return "cannot connect to the remote endpoint";
            }
        }
        return "the remote call failed (" + failure.getClass().getSimpleName() + ")";
    }

    /** Ends the threads of calls still in progress. */
    void close() {
        callers.shutdownNow();
    }
}
