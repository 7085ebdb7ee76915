package org.parley.pipeline;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far an ingest has come, for a progress line: inputs done (articles extracted, and inputs skipped), of how
 * many when that is known, since when. Updated by the pipeline's threads, read by any; thread-safe.
 */
public final class IngestProgress {

    private final AtomicLong done = new AtomicLong();
    private final AtomicLong expected = new AtomicLong(-1);
    private final long startNanos = System.nanoTime();

    /** One more input done: an article extracted, or an input skipped. */
    public void inputDone() {
        done.incrementAndGet();
    }

    public long done() {
        return done.get();
    }

    /** Sets how many inputs there are, once known (counting them may finish after the ingest has started). */
    public void expect(long inputs) {
        expected.set(inputs);
    }

    /** How many inputs there are, when known. */
    public OptionalLong expected() {
        long e = expected.get();
        return e < 0 ? OptionalLong.empty() : OptionalLong.of(e);
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Inputs per second so far; empty before the first input is done. */
    public OptionalDouble rate() {
        double seconds = elapsed().toNanos() / 1e9;
        return done() == 0 || seconds <= 0 ? OptionalDouble.empty() : OptionalDouble.of(done() / seconds);
    }

    /** The time left at the rate so far, when the total is known and something is done. */
    public Optional<Duration> remaining() {
        OptionalLong total = expected();
        OptionalDouble rate = rate();
        if (total.isEmpty() || rate.isEmpty() || rate.getAsDouble() <= 0) {
            return Optional.empty();
        }
        long left = Math.max(0, total.getAsLong() - done());
        return Optional.of(Duration.ofSeconds(Math.round(left / rate.getAsDouble())));
    }
}
