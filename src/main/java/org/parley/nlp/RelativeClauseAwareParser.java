package org.parley.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * Parses again, in two parts, a sentence whose subject carries a relative clause set off by commas that its parse
 * left the main verb without a subject: "Tanzania's president, Samia Suluhu Hassan, whose government is hosting the
 * meeting, urged both sides to ..." (whole, NLP4J's parser may make "whose government is hosting the meeting" the
 * main clause with the president as a second subject, and "urged" a verb with none), "The council, whose secretary
 * general, Ali Musa, attended the meeting, has called on ..." (a second root without a subject). Then the sentence
 * without the clause and its commas, and the clause alone, are parsed apart; the clause's root hangs from the word
 * before its opening comma as {@code relcl}, both commas as {@code punct}, as a correct parse of the whole would
 * have them. The clause opens with a word of {@code relative-pronouns} after a comma and holds a finite verb; it
 * ends at the first comma after that verb that a finite verb (or modal) follows. The new parse is kept only when the
 * verb after the clause has a subject in it and had none in the whole's. Thread-safe when the wrapped parser is.
 */
public final class RelativeClauseAwareParser implements SentenceParser {

    private static final WordListFile WORDS = WordListFile.tagRepairs();

    private final SentenceParser parser;

    public RelativeClauseAwareParser(SentenceParser parser) {
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
        int from = apposition(tokens, open) ? open + 1 : open; // the first token the main part leaves out
        DependencyTree main = parser.parse(CommaPartTrees.mainPart(tokens, from, close));
        if (!main.hasSubject(CommaPartTrees.governor(main, from))) { // the verb after the clause: main's token "from"
            return whole;
        }
        DependencyTree clause = parser.parse(tokens.subList(open + 1, close));
        return CommaPartTrees.spliced(tokens, main, clause, from, open, close);
    }

    /**
     * Whether the clause's opening comma also closes an apposition ("Kenya's president, Ali Musa, whose ..."): a
     * comma before it; then the main part keeps that comma.
     */
    private static boolean apposition(List<Token> tokens, int open) {
        for (int i = 0; i < open; i++) {
            if (tokens.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The first comma (after the first word) that a relative pronoun follows, or -1. */
    static int openingComma(List<Token> tokens) {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            String next = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
            if (tokens.get(i).text().equals(",") && WORDS.contains("relative-pronouns", next)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The comma that closes the clause opened at {@code open}: the first one after a finite verb of the clause that
     * a finite verb follows; -1 when none does.
     */
    static int closingComma(List<Token> tokens, int open) {
        return closingComma(tokens, open, next -> MainVerbTags.finite(tokens.get(next).pos()));
    }

    /**
     * The first comma after a finite verb of the clause opened at {@code open} whose next token passes
     * {@code follows}; -1 when none does or a colon, semicolon or quotation mark comes first.
     */
    static int closingComma(List<Token> tokens, int open, IntPredicate follows) {
        boolean verb = false;
        for (int i = open + 2; i + 1 < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (t.equals(",") && verb && follows.test(i + 1)) {
                return i;
            }
            if (t.equals(";") || t.equals(":") || t.equals("\"") || t.equals("“") || t.equals("”")) {
                return -1;
            }
            verb |= MainVerbTags.finite(tokens.get(i).pos());
        }
        return -1;
    }
}
