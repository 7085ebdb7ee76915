package org.parley.pipeline;

import java.util.List;

/**
 * What one ingest run did.
 *
 * @param stored     articles written to the store (or to the dry-run sink)
 * @param skipped    inputs not taken, one line each
 * @param entities   distinct entities mentioned in the stored articles
 * @param mentions   entity mentions
 * @param statements demands, offers and rejections
 * @param tokens     tokens analyzed
 * @param triples    triples written
 * @param seconds    wall-clock time of the run
 * @param stages     time spent per stage (summed over threads)
 */
public record IngestSummary(long stored, List<String> skipped, long entities, long mentions, long statements,
                            long tokens, long triples, double seconds, StageTimer stages) {

    public IngestSummary {
        skipped = List.copyOf(skipped);
    }

    /** One line for a person: {@code stored 12 articles, skipped 1, 240 entities, ...}. */
    public String describe() {
        return describe("stored");
    }

    /** One line for a person, saying what was done with the articles: {@code extracted 12 articles, ...} for a dry run. */
    public String describe(String verb) {
        return String.format("%s %d articles, skipped %d, %d entities, %d mentions, %d statements, %d triples, %.1f s",
                verb, stored, skipped.size(), entities, mentions, statements, triples, seconds);
    }
}
