package org.parley.nlp;

import java.util.List;
import java.util.Objects;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * Parses a sentence that opens with an attribution ("According to the Daily Star, Iran sought written guarantees
 * ...") as two parts: the attribution, and the sentence after its comma, which a parser trained on plain sentences
 * reads far better (whole, NLP4J's parser may make the verb an apposition of the newspaper and leave it without its
 * subject). The attribution's root ("According") hangs from the sentence's root as {@code prep} and its comma as
 * {@code punct}, as a correct parse of the whole would have them. Other sentences go to the wrapped parser unchanged.
 * Thread-safe when the wrapped parser is.
 */
public final class AttributionAwareParser implements SentenceParser {

    /** How far into a sentence the attribution's comma may be. */
    private static final int MAX_ATTRIBUTION = 25;

    private final SentenceParser parser;

    public AttributionAwareParser(SentenceParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public DependencyTree parse(List<Token> tokens) {
        int comma = attributionComma(tokens);
        if (comma < 0) {
            return parser.parse(tokens);
        }
        DependencyTree attribution = parser.parse(tokens.subList(0, comma));
        DependencyTree rest = parser.parse(tokens.subList(comma + 1, tokens.size()));
        int root = rest.root() + comma + 1;
        SplicedTree tree = new SplicedTree(tokens);
        tree.part(attribution, root, "prep");
        tree.token(root, "punct");
        tree.part(rest, -1, null);
        return tree.tree();
    }

    /**
     * The index of the comma that ends an opening "According to ..." within the first tokens, with at least three
     * tokens after it; -1 when the sentence opens otherwise.
     */
    static int attributionComma(List<Token> tokens) {
        if (tokens.size() < 6 || !tokens.get(0).text().equalsIgnoreCase("according")
                || !tokens.get(1).text().equalsIgnoreCase("to")) {
            return -1;
        }
        for (int i = 3; i < Math.min(MAX_ATTRIBUTION, tokens.size() - 3); i++) {
            if (tokens.get(i).text().equals(",")) {
                return i;
            }
        }
        return -1;
    }
}
