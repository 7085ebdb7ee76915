package org.parley.serve;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one served endpoint may spend per request and in all: the limits that keep a public endpoint answering
 * under runaway queries, hung remote endpoints, many or slow clients.
 *
 * @param maxRows               most rows (or triples) a query answers with; more are cut and the response says so
 * @param maxResultBytes        most characters of RDF terms a query answers with; more are cut and the response says so
 * @param maxRequestBytes       largest request body (a query sent by POST)
 * @param maxUploadBytes        largest request body sent to the write endpoint
 * @param maxConcurrentRequests requests handled at once; later ones wait in a queue
 * @param maxQueuedRequests     requests that may wait; past that, 503 with Retry-After
 * @param maxQueueWait          longest wait in the queue before 503 with Retry-After
 * @param bodyReadTimeout       a request body must arrive whole within this time (slow clients get 408)
 * @param idleTimeout           a connection silent this long is closed
 * @param spillThreshold        rows a sort or DISTINCT keeps in memory before it spills to disk; small, because ARQ's
 *                              time limit cannot stop a spill once it has begun (each sorts and writes this many rows)
 * @param allowedServices       the only endpoints a SERVICE clause may call; empty: SERVICE is off
 * @param maxRemoteCalls        SERVICE calls in progress at once; past that, a call fails at once
 * @param heapStopFraction      when the heap in use after a collection passes this share of the maximum, running
 *                              queries are stopped
 */
public record ServingLimits(int maxRows, long maxResultBytes, long maxRequestBytes, long maxUploadBytes,
                            int maxConcurrentRequests, int maxQueuedRequests, Duration maxQueueWait,
                            Duration bodyReadTimeout, Duration idleTimeout, long spillThreshold,
                            List<URI> allowedServices, int maxRemoteCalls, double heapStopFraction) {

    public ServingLimits {
        Objects.requireNonNull(maxQueueWait, "maxQueueWait");
        Objects.requireNonNull(bodyReadTimeout, "bodyReadTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        allowedServices = List.copyOf(allowedServices);
        positive("maxRows", maxRows);
        positive("maxResultBytes", maxResultBytes);
        positive("maxRequestBytes", maxRequestBytes);
        positive("maxUploadBytes", maxUploadBytes);
        positive("maxConcurrentRequests", maxConcurrentRequests);
        positive("maxQueuedRequests", maxQueuedRequests);
        positive("spillThreshold", spillThreshold);
        positive("maxRemoteCalls", maxRemoteCalls);
        if (!(heapStopFraction > 0 && heapStopFraction <= 1)) {
            throw new IllegalArgumentException("heapStopFraction must be in (0, 1]: " + heapStopFraction);
        }
        for (URI u : allowedServices) {
            if (!u.isAbsolute() || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
                throw new IllegalArgumentException("a SERVICE endpoint must be an http or https URL: " + u);
            }
        }
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /**
     * 50,000 rows and 16 MB of terms per answer; 1 MiB per query request and 20 MiB per upload; 24 requests at once
     * and 200 waiting up to 10 s; bodies whole within 20 s; idle connections closed after 30 s; sorts spill past
     * 5,000 rows; no SERVICE; 8 remote calls at once; queries stopped when the heap stays above 85 %.
     */
    public static ServingLimits defaults() {
        return new ServingLimits(50_000, 16_000_000, 1L << 20, 20L << 20, 24, 200, Duration.ofSeconds(10),
                Duration.ofSeconds(20), Duration.ofSeconds(30), 5_000, List.of(), 8, 0.85);
    }

    public ServingLimits withMaxRows(int n) {
        return new ServingLimits(n, maxResultBytes, maxRequestBytes, maxUploadBytes, maxConcurrentRequests,
                maxQueuedRequests, maxQueueWait, bodyReadTimeout, idleTimeout, spillThreshold, allowedServices,
                maxRemoteCalls, heapStopFraction);
    }

    public ServingLimits withMaxResultBytes(long n) {
        return new ServingLimits(maxRows, n, maxRequestBytes, maxUploadBytes, maxConcurrentRequests,
                maxQueuedRequests, maxQueueWait, bodyReadTimeout, idleTimeout, spillThreshold, allowedServices,
                maxRemoteCalls, heapStopFraction);
    }

    public ServingLimits withRequests(int concurrent, int queued, Duration wait) {
        return new ServingLimits(maxRows, maxResultBytes, maxRequestBytes, maxUploadBytes, concurrent, queued, wait,
                bodyReadTimeout, idleTimeout, spillThreshold, allowedServices, maxRemoteCalls, heapStopFraction);
    }

    public ServingLimits withBodyReadTimeout(Duration t) {
        return new ServingLimits(maxRows, maxResultBytes, maxRequestBytes, maxUploadBytes, maxConcurrentRequests,
                maxQueuedRequests, maxQueueWait, t, idleTimeout, spillThreshold, allowedServices, maxRemoteCalls,
                heapStopFraction);
    }

    public ServingLimits withAllowedServices(List<URI> services) {
        return new ServingLimits(maxRows, maxResultBytes, maxRequestBytes, maxUploadBytes, maxConcurrentRequests,
                maxQueuedRequests, maxQueueWait, bodyReadTimeout, idleTimeout, spillThreshold, services,
                maxRemoteCalls, heapStopFraction);
    }

    public ServingLimits withMaxRemoteCalls(int n) {
        return new ServingLimits(maxRows, maxResultBytes, maxRequestBytes, maxUploadBytes, maxConcurrentRequests,
                maxQueuedRequests, maxQueueWait, bodyReadTimeout, idleTimeout, spillThreshold, allowedServices, n,
                heapStopFraction);
    }

    public ServingLimits withSpillThreshold(long rows) {
        return new ServingLimits(maxRows, maxResultBytes, maxRequestBytes, maxUploadBytes, maxConcurrentRequests,
                maxQueuedRequests, maxQueueWait, bodyReadTimeout, idleTimeout, rows, allowedServices, maxRemoteCalls,
                heapStopFraction);
    }
}
