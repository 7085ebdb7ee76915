package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * Mends a parse in which an auxiliary heads other words: in "The rebels have in the past dismissed such offers" and
 * "Hamas has since rejected the plan" NLP4J's parser hangs the subject (and the phrase after the auxiliary) on "have"
 * or "has", so the verb they belong to has no subject and no rule can find who acted. An auxiliary takes no
 * dependents of its own, so each of them hangs, with its relation, from the verb the auxiliary belongs to.
 * Thread-safe when the wrapped parser is.
 */
public final class AuxiliaryDependentsParser implements SentenceParser {

    private final SentenceParser parser;

    public AuxiliaryDependentsParser(SentenceParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public DependencyTree parse(List<Token> tokens) {
        DependencyTree tree = parser.parse(tokens);
        List<Integer> heads = null;
        for (int i = 0; i < tree.size(); i++) {
            int head = tree.head(i);
            if (head >= 0 && tree.auxiliary(head) && tree.head(head) >= 0) {
                if (heads == null) {
                    heads = new ArrayList<>(tree.heads());
                }
                heads.set(i, tree.head(head));
            }
        }
        return heads == null ? tree : tree.withHeads(heads);
    }
}
