package org.parley.core;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of an article body: its position, offsets, tokens and, when it was parsed, its dependency tree.
 *
 * @param index  0-based position in the article
 * @param span   character offsets into the body
 * @param tokens tokens in text order
 * @param tree   the dependency tree over {@code tokens} (token indexes are indexes into {@code tokens}), or null
 *               when the sentence was not parsed
 */
public record Sentence(int index, CharSpan span, List<Token> tokens, DependencyTree tree) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        if (tree != null && tree.size() != tokens.size()) {
            throw new IllegalArgumentException("sentence " + index + ": a tree over " + tree.size()
                    + " tokens for " + tokens.size() + " tokens");
        }
    }

    /** An unparsed sentence. */
    public Sentence(int index, CharSpan span, List<Token> tokens) {
        this(index, span, tokens, null);
    }

    public String text(String body) {
        return span.of(body);
    }

    /** Whether the sentence was parsed ({@link #tree()} is not null). */
    public boolean isParsed() {
        return tree != null;
    }

    /** This sentence with {@code tree} as its dependency tree. */
    public Sentence withTree(DependencyTree tree) {
        return new Sentence(index, span, tokens, Objects.requireNonNull(tree, "tree"));
    }
}
