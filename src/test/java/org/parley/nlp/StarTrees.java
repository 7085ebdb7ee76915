package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/** Flat trees for the parser tests' stand-in parsers: every token hangs on one root. */
final class StarTrees {

    private StarTrees() {
    }

    /**
     * @param size the sentence's length
     * @param root the token every other hangs on
     * @param subject the token labelled {@code nsubj}, or -1 for none
     * @return a tree whose other tokens are labelled {@code dep}
     */
    static DependencyTree star(int size, int root, int subject) {
        List<Integer> heads = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            heads.add(i == root ? -1 : root);
            relations.add(i == root ? DependencyTree.ROOT : i == subject ? "nsubj" : "dep");
        }
        return new DependencyTree(heads, relations);
    }

    /** A star on the last finite verb (VBD or VBZ; the first token when none) with the first noun as its subject. */
    static DependencyTree onFiniteVerb(List<Token> tokens) {
        int root = -1;
        int subject = -1;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String tag = tokens.get(i).pos();
            root = root < 0 && (tag.equals("VBD") || tag.equals("VBZ")) ? i : root;
            subject = tag.startsWith("NN") ? i : subject;
        }
        return star(tokens.size(), Math.max(root, 0), subject);
    }

    /** The tokens' words with spaces between them, as the stand-in parsers record what they were given. */
    static String words(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::text).toList());
    }
}
