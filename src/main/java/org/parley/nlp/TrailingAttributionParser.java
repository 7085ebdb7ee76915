package org.parley.nlp;

import java.util.List;
import java.util.Objects;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * Parses again, in two parts, a sentence that ends with an attribution its parse left without a speaker ("Russia
 * must withdraw its troops from Abkhazia, the foreign ministry in Tbilisi said."): whole, NLP4J's parser may hang the
 * speaker's noun phrase on the clause before the comma and leave the reporting verb with no subject. Then the clause
 * and the attribution after its last comma are parsed apart, and the clause's root hangs from the attribution's
 * root as {@code ccomp}, its comma as {@code punct}, as a correct parse of the whole would have them. A sentence
 * whose reporting verb has its subject keeps its first parse. Thread-safe when the wrapped parser is.
 */
public final class TrailingAttributionParser implements SentenceParser {

    private static final WordListFile WORDS = WordListFile.tagRepairs();
    /** How many tokens the speaker's phrase, the verb and what follows it may have after the comma. */
    private static final int MAX_ATTRIBUTION = 12;

    private final SentenceParser parser;

    public TrailingAttributionParser(SentenceParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public DependencyTree parse(List<Token> tokens) {
        DependencyTree whole = parser.parse(tokens);
        int comma = lastComma(tokens);
        int verb = comma < 0 ? -1 : reportingVerb(tokens, comma);
        if (verb < 0 || whole.hasSubject(verb)) {
            return whole;
        }
        DependencyTree clause = parser.parse(tokens.subList(0, comma));
        DependencyTree attribution = parser.parse(tokens.subList(comma + 1, tokens.size()));
        int root = attribution.root() + comma + 1;
        if (root != verb || !attribution.hasSubject(verb - comma - 1)) {
            return whole;
        }
        SplicedTree tree = new SplicedTree(tokens);
        tree.part(clause, root, "ccomp");
        tree.token(root, "punct");
        tree.part(attribution, -1, null);
        return tree.tree();
    }

    /** The last comma with a short attribution after it and at least three tokens before it, or -1. */
    private static int lastComma(List<Token> tokens) {
        for (int i = tokens.size() - 2; i >= Math.max(3, tokens.size() - MAX_ATTRIBUTION - 1); i--) {
            String t = tokens.get(i).text();
            if (t.equals(",")) {
                return i;
            }
            if (t.equals("\"") || t.equals("”") || t.equals("“")) {
                return -1; // a quotation is parsed well enough whole
            }
        }
        return -1;
    }

    /**
     * The reporting verb of the attribution after {@code comma} ("the ministry in Tbilisi said on Monday"): a word of
     * {@code attribution-verbs} after at least one word of the speaker's phrase; -1 when there is none.
     */
    private static int reportingVerb(List<Token> tokens, int comma) {
        for (int i = comma + 2; i < tokens.size(); i++) {
            if (WORDS.contains("attribution-verbs", tokens.get(i).text())) {
                return i;
            }
        }
        return -1;
    }
}
