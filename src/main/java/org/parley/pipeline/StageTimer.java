package org.parley.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.parley.core.AnalyzedText;
import org.parley.core.Sentence;

/**
 * Thread-safe totals of the time spent in each pipeline stage, summed over threads, and of the sentences and tokens
 * analyzed and parsed (the nlp stage's time follows the parsed share).
 */
public final class StageTimer {

    /** The timed stages, in pipeline order. */
    public enum Stage { READ, LANGUAGE, NLP, MENTIONS, STATEMENTS, RDF, STORE }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder sentences = new LongAdder();
    private final LongAdder parsedSentences = new LongAdder();
    private final LongAdder tokens = new LongAdder();
    private final LongAdder parsedTokens = new LongAdder();

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

    /** Counts the sentences and tokens of one analyzed text, and those of its parsed sentences. */
    public void addAnalysis(AnalyzedText analysis) {
        for (Sentence s : analysis.sentences()) {
            sentences.increment();
            tokens.add(s.tokens().size());
            if (s.isParsed()) {
                parsedSentences.increment();
                parsedTokens.add(s.tokens().size());
            }
        }
    }

    public long sentences() {
        return sentences.sum();
    }

    public long parsedSentences() {
        return parsedSentences.sum();
    }

    public long tokens() {
        return tokens.sum();
    }

    public long parsedTokens() {
        return parsedTokens.sum();
    }
}
