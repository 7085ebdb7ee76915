package org.parley.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Response times and failures of one kind of request, for percentiles. Thread-safe. */
final class Latencies {

    private final List<Long> millis = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    synchronized void add(long ms) {
        millis.add(ms);
    }

    synchronized void fail(String why) {
        failures.add(why);
    }

    synchronized int count() {
        return millis.size() + failures.size();
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    /** The {@code p}-th percentile (0..100) of the times, nearest rank; 0 when there is none. */
    synchronized long percentile(double p) {
        if (millis.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** {@code n requests, p50 x ms, p99 y ms, max z ms, f failed}. */
    synchronized String describe() {
        return String.format("%d requests, p50 %d ms, p99 %d ms, max %d ms, %d failed", count(), percentile(50),
                percentile(99), percentile(100), failures.size());
    }
}
