package org.parley.nlp;

import java.util.List;
import java.util.Objects;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * Parses again, in two parts, a sentence whose subject is followed by a short phrase set off by commas that its parse
 * left the verb after it without a subject: "The Royal Thai Army, for its part, called on Cambodia to ...", "Hamas,
 * in turn, rejected ...", "The ministry, however, said ..." (whole, NLP4J's parser may hang the verb on the phrase as
 * a participle and make the comma the root). The subject is the sentence's opening words, with no comma and no verb
 * in them; the phrase is one to four words opening with a preposition or an adverb, with no verb; a finite verb
 * follows its closing comma. Then the sentence without the phrase and its commas, and the phrase alone, are parsed
 * apart; the phrase's root hangs from the verb after it ({@code prep} for a preposition, {@code advmod} for an adverb)
 * and both commas as {@code punct}, as a correct parse of the whole would have them. The new parse is kept only when
 * the verb has a subject in it and had none in the whole's. Thread-safe when the wrapped parser is.
 */
public final class ParentheticalAwareParser implements SentenceParser {

    private static final int MAX_PHRASE = 4;

    private final SentenceParser parser;

    public ParentheticalAwareParser(SentenceParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public DependencyTree parse(List<Token> tokens) {
        DependencyTree whole = parser.parse(tokens);
        int open = openingComma(tokens);
        int close = open < 0 ? -1 : closingComma(tokens, open);
        if (close < 0 || whole.hasSubject(CommaPartTrees.governor(whole, close + 1))) {
            return whole;
        }
        DependencyTree main = parser.parse(CommaPartTrees.mainPart(tokens, open, close));
        int verb = CommaPartTrees.governor(main, open); // the verb after the phrase: the main part's "open"
        if (!main.hasSubject(verb)) {
            return whole;
        }
        DependencyTree phrase = parser.parse(tokens.subList(open + 1, close));
        int verbInWhole = verb < open ? verb : verb + close + 1 - open;
        boolean preposition = tokens.get(open + 1).pos().equals("IN");
        return CommaPartTrees.spliced(tokens, main, phrase, open, open, close, verbInWhole,
                preposition ? "prep" : "advmod");
    }

    /** The first comma, after at least one word, with neither a comma nor a verb before it; -1 when none. */
    static int openingComma(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tokens.get(i).pos();
            if (tokens.get(i).text().equals(",")) {
                return i >= 1 ? i : -1;
            }
            if (tag.startsWith("VB") || tag.equals("MD")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The comma that closes the phrase opened at {@code open}: one to four words later, the phrase opening with a
     * preposition or an adverb and holding no verb, a finite verb (or an adverb and one) right after it; -1 otherwise.
     */
    static int closingComma(List<Token> tokens, int open) {
        if (open + 1 >= tokens.size()) {
            return -1;
        }
        String first = tokens.get(open + 1).pos();
        if (!(first.equals("IN") || first.startsWith("RB"))) {
            return -1;
        }
        for (int i = open + 2; i <= open + 1 + MAX_PHRASE && i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                int next = tokens.get(i + 1).pos().startsWith("RB") && i + 2 < tokens.size() ? i + 2 : i + 1;
                return MainVerbTags.finite(tokens.get(next).pos()) ? i : -1;
            }
            if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
                return -1;
            }
        }
        return -1;
    }
}
