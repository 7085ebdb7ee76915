package org.parley.core;

import java.util.List;
import java.util.Objects;

/**
 * The linguistic analysis of one text: sentences with tokens, POS tags, lemmas and chunks.
 *
 * @param text      the analyzed text (an article body)
 * @param sentences the sentences in text order
 */
public record AnalyzedText(String text, List<Sentence> sentences) {

    public AnalyzedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }

    /** The sentence that contains {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().begin() <= offset && offset < s.span().end()) {
                return s;
            }
        }
        return null;
    }
}
