package org.parley.nlp;

import java.util.List;
import java.util.Objects;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * Parses a sentence that opens with a wire dateline ("BOGOTA, Colombia (Reuters) — President X said ...") as the
 * sentence after the dash, which a parser trained on plain sentences reads far better, and hangs the dateline's
 * tokens from that sentence's root as {@code dep}. Other sentences go to the wrapped parser unchanged. Thread-safe
 * when the wrapped parser is.
 */
public final class DatelineAwareParser implements SentenceParser {

    /** How far into a sentence a dateline's dash may be. */
    private static final int MAX_DATELINE = 12;

    private final SentenceParser parser;

    public DatelineAwareParser(SentenceParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public DependencyTree parse(List<Token> tokens) {
        int dash = datelineDash(tokens);
        if (dash < 0) {
            return parser.parse(tokens);
        }
        DependencyTree rest = parser.parse(tokens.subList(dash + 1, tokens.size()));
        int root = rest.root() + dash + 1;
        SplicedTree tree = new SplicedTree(tokens);
        for (int i = 0; i <= dash; i++) {
            tree.token(root, "dep");
        }
        tree.part(rest, -1, null);
        return tree.tree();
    }

    /**
     * The index of the dash that ends a dateline at the start of the sentence, or -1: a dash within the first tokens,
     * after a closing parenthesis or in a sentence opening with a place in capitals ("NEW DELHI (Reuters) —",
     * "KYIV, Ukraine -"), with words after it.
     */
    static int datelineDash(List<Token> tokens) {
        for (int i = 1; i < Math.min(MAX_DATELINE, tokens.size() - 2); i++) {
            String t = tokens.get(i).text();
            if (t.equals("—") || t.equals("–") || t.equals("-") || t.equals("--")) {
                String first = tokens.get(0).text();
                boolean place = first.length() > 2 && first.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')
                        && (i == 1 || tokens.get(1).text().equals(",") || tokens.get(1).text().equals("(")
                        || tokens.get(1).text().chars().allMatch(Character::isUpperCase));
                return tokens.get(i - 1).text().equals(")") || place ? i : -1;
            }
        }
        return -1;
    }
}
