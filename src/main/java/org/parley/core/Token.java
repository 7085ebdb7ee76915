package org.parley.core;

import java.util.Objects;

/**
 * One token with its analysis.
 *
 * @param span  character offsets into the body
 * @param text  the covered text
 * @param pos   Penn Treebank part-of-speech tag ({@code NNP}, {@code VBD}, ...)
 * @param lemma lower-case lemma ({@code demand} for "demanded")
 * @param chunk chunk tag in BIO form ({@code B-NP}, {@code I-VP}, {@code O})
 */
public record Token(CharSpan span, String text, String pos, String lemma, String chunk) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(chunk, "chunk");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
