package org.parley.serve;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What keeps a served dataset answering under abuse, set up in one place: the query time limit and the
 * spill-to-disk threshold of sorts and DISTINCT on the dataset's context, SERVICE through
 * {@link GuardedServiceExecutor} only, answers capped by {@link LimitedQueryProcessor}, the Host check (on loopback)
 * and the whole-store read refusal, a bounded Jetty thread pool, and the {@link HeapGuard}.
 */
final class EndpointGuards implements AutoCloseable {

    private final ServingLimits limits;
    private final GuardedServiceExecutor services;
    private final RunningQueries running = new RunningQueries();
    private HeapGuard heapGuard;

    private EndpointGuards(ServingLimits limits, GuardedServiceExecutor services) {
        this.limits = limits;
        this.services = services;
    }

    /**
     * Sets the dataset-wide settings on {@code dsg}'s context: ARQ reads {@code arq:queryTimeout} and
     * {@code arq:spillToDiskThreshold} from there for every query on the dataset that sets none itself.
     */
    static EndpointGuards install(DatasetGraph dsg, ServingLimits limits, Duration queryTimeout) {
        if (!queryTimeout.isZero()) {
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        }
        dsg.getContext().set(ARQ.spillToDiskThreshold, limits.spillThreshold());
        GuardedServiceExecutor services = new GuardedServiceExecutor(limits.allowedServices(), queryTimeout,
                limits.maxRemoteCalls());
        services.install(dsg.getContext());
        return new EndpointGuards(limits, services);
    }

    /** Adds the query processor, the filters and the thread pool size to a server being built. */
    void configure(FusekiServer.Builder builder, boolean loopback, String dataset) {
        builder.numServerThreads(2, HttpLimits.threads(limits))
                .registerOperation(Operation.Query, new LimitedQueryProcessor(limits, running));
        if (loopback) {
            builder.addFilter("/*", new HostHeaderFilter());
        }
        builder.addFilter("/*", new WholeStoreReadFilter(dataset));
    }

    /** Starts watching the heap; call once the server has started. */
    void start() {
        heapGuard = HeapGuard.start(running, limits.heapStopFraction());
    }

    @Override
    public void close() {
        if (heapGuard != null) {
            heapGuard.close();
        }
        services.close();
    }
}
