package org.parley.nlp;

import java.util.List;
import java.util.Objects;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * Parses again, in two parts, a sentence where a relative clause set off by commas stands between a verb's object
 * and the infinitive that says what the object is asked to do: "The president asked Kenya and Uganda, which sent
 * monitors after the truce, to return to the border." Whole, NLP4J's parser hangs "to return" on the clause's verb
 * ("sent"), so the request has no content and its object no task. Then the sentence without the clause and its
 * commas, and the clause alone, are parsed apart and joined as {@link RelativeClauseAwareParser} joins them ({@link CommaPartTrees}): the
 * clause's root hangs from the word before its opening comma as {@code relcl}. The clause opens with a word of
 * {@code relative-pronouns} after a comma and holds a finite verb; it ends at the first comma after that verb that
 * "to" and a base-form verb follow. The new parse is kept only when the whole's tree hung that infinitive inside the
 * clause and the main part's hangs it before the clause. Thread-safe when the wrapped parser is.
 */
public final class InfinitiveAfterClauseParser implements SentenceParser {

    private final SentenceParser parser;

    public InfinitiveAfterClauseParser(SentenceParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public DependencyTree parse(List<Token> tokens) {
        DependencyTree whole = parser.parse(tokens);
        int open = RelativeClauseAwareParser.openingComma(tokens);
        int close = open < 0 ? -1 : closingComma(tokens, open);
        int verb = close + 2; // the infinitive's verb, after the comma and "to"
        if (close < 0 || whole.head(verb) <= open || whole.head(verb) >= close) {
            return whole;
        }
        DependencyTree main = parser.parse(CommaPartTrees.mainPart(tokens, open, close));
        int head = main.head(verb - (close + 1 - open));
        if (head < 0 || head >= open) {
            return whole;
        }
        DependencyTree clause = parser.parse(tokens.subList(open + 1, close));
        return CommaPartTrees.spliced(tokens, main, clause, open, open, close);
    }

    /**
     * The comma that closes the clause opened at {@code open}: the first one after a finite verb of the clause that
     * "to" and a base-form verb follow; -1 when none does or a colon, semicolon or quotation mark comes first.
     */
    static int closingComma(List<Token> tokens, int open) {
        return RelativeClauseAwareParser.closingComma(tokens, open, next -> next + 1 < tokens.size()
                && tokens.get(next).pos().equals("TO") && tokens.get(next + 1).pos().equals("VB"));
    }
}
