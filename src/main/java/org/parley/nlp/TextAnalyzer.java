package org.parley.nlp;

import org.parley.core.AnalyzedText;

/**
 * Splits a text into sentences and tokens and tags them (POS, lemma, chunk).
 * Implementations are thread-safe: models are shared, decoders are per thread.
 */
public interface TextAnalyzer {

    AnalyzedText analyze(String text);
}
