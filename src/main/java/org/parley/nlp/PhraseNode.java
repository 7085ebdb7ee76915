package org.parley.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A node of a Penn Treebank constituency tree: a phrase with children, or a preterminal (its label a POS tag) over
 * one token.
 *
 * @param label    the phrase label ({@code NP}, {@code SBAR}) or, for a preterminal, the POS tag
 * @param children the child phrases in text order; empty for a preterminal
 * @param token    the token index of a preterminal, -1 for a phrase
 */
record PhraseNode(String label, List<PhraseNode> children, int token) {

    private static final Set<String> PUNCTUATION =
            Set.of(",", ".", ":", "``", "''", "-LRB-", "-RRB-", "-LCB-", "-RCB-", "#", "HYPH", "NFP");

    PhraseNode {
        Objects.requireNonNull(label, "label");
        children = List.copyOf(children);
        if ((token >= 0) == !children.isEmpty()) {
            throw new IllegalArgumentException(label + ": a node is a preterminal (a token, no children) or a phrase");
        }
    }

    static PhraseNode preterminal(String tag, int token) {
        return new PhraseNode(tag, List.of(), token);
    }

    static PhraseNode phrase(String label, List<PhraseNode> children) {
        return new PhraseNode(label, children, -1);
    }

    boolean isPreterminal() {
        return token >= 0;
    }

    /** Whether this is a punctuation preterminal. */
    boolean isPunctuation() {
        return isPreterminal() && PUNCTUATION.contains(label);
    }

    /** The first token below this node. */
    int firstToken() {
        return isPreterminal() ? token : children.get(0).firstToken();
    }

    @Override
    public String toString() {
        if (isPreterminal()) {
            return "(" + label + " " + token + ")";
        }
        StringBuilder b = new StringBuilder("(").append(label);
        children.forEach(c -> b.append(' ').append(c));
        return b.append(')').toString();
    }
}
