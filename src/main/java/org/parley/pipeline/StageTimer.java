package org.parley.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe totals of the time spent in each pipeline stage, summed over threads. */
public final class StageTimer {

    /** The timed stages, in pipeline order. */
    public enum Stage { READ, LANGUAGE, NLP, MENTIONS, STATEMENTS, RDF, STORE }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageTimer() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    /** Milliseconds spent in {@code stage}, summed over all threads. */
    public double millis(Stage stage) {
        return nanos.get(stage).sum() / 1e6;
    }
}
