package org.parley.core;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of an article body: its position, offsets and tokens.
 *
 * @param index  0-based position in the article
 * @param span   character offsets into the body
 * @param tokens tokens in text order
 */
public record Sentence(int index, CharSpan span, List<Token> tokens) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
    }

    public String text(String body) {
        return span.of(body);
    }
}
