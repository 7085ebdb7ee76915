package org.parley.ingest;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.Article;
import org.parley.core.InputProblem;

/**
 * Reads one article from a UTF-8 text file ({@code .txt}, {@code .text}). An optional header gives the
 * metadata: a first line {@code date 2024-06-14 By JANE DOE and John Roe}, then, after optional blank
 * lines, a short publisher line. The header never goes into the body; without it the whole file is the
 * body, but for a first line that is only a byline ({@code By JANE DOE}), which gives the authors. A header date
 * that is not a date is dropped with a warning; the article is kept. A header and a publisher line with nothing
 * after them is an empty article. Leading and trailing blank lines are dropped, every other
 * character is kept. Thread-safe.
 */
public final class PlainTextArticleReader implements ArticleReader {

    private static final Pattern HEADER =
            Pattern.compile("[ \\t]*date[ \\t]+(\\d\\S*(?:[ \\t]\\d{1,2}:\\d{2}\\S*)?)(?:[ \\t]+by(?:[ \\t]+(.*?))?)?[ \\t]*",
                    Pattern.CASE_INSENSITIVE);
    /**
     * A first line that is only a byline, without a date line: "By" and one to three names of capitalized words
     * ("By JANE DOE", "By Ana Ruiz and John Roe"), nothing after them.
     */
    private static final Pattern BYLINE = Pattern.compile(
            "[ \\t]*By[ \\t]+(\\p{Lu}[\\p{L}'’.-]*(?:(?:[ \\t]+|,[ \\t]*|[ \\t]+and[ \\t]+)\\p{Lu}[\\p{L}'’.-]*){1,8})[ \\t]*");
    private static final int MAX_PUBLISHER_CHARS = 60;
    private static final int MAX_PUBLISHER_WORDS = 6;

    private final ArticleChecks checks;

    public PlainTextArticleReader() {
        this(IngestLimits.DEFAULT);
    }

    public PlainTextArticleReader(IngestLimits limits) {
        this(new ArticleChecks(limits, Clock.systemDefaultZone()));
    }

    PlainTextArticleReader(ArticleChecks checks) {
        this.checks = checks;
    }

    @Override
    public void read(InputFile file, Consumer<Article> articles, Consumer<InputProblem> problems) {
        SourceText.readText(file, checks.limits(), problems)
                .flatMap(text -> checks.toArticleKeepingBadDate(file, file.location(), parse(text), problems))
                .ifPresent(articles);
    }

    /** The header fields and the body of one text file. */
    static ArticleFields parse(String text) {
        int firstEnd = lineEnd(text, 0);
        Matcher header = HEADER.matcher(stripCr(text.substring(0, firstEnd)));
        if (!header.matches()) {
            Matcher byline = BYLINE.matcher(stripCr(text.substring(0, firstEnd)));
            if (byline.matches() && next(text, firstEnd) < text.length()) {
                return new ArticleFields(null, null, null, null, AuthorNames.split(byline.group(1)), null,
                        trimBlankLines(text, next(text, firstEnd)));
            }
            return new ArticleFields(null, null, null, null, List.of(), null, trimBlankLines(text, 0));
        }
        String date = header.group(1);
        List<String> authors = header.group(2) == null ? List.of() : AuthorNames.split(header.group(2));
        int pos = skipBlankLines(text, next(text, firstEnd));
        String publisher = null;
        if (pos < text.length()) {
            int end = lineEnd(text, pos);
            String line = stripCr(text.substring(pos, end)).strip();
            int after = next(text, end);
            // a short line after the header is the publisher even with nothing after it: no body, not a one-line body
            if (looksLikePublisher(line)) {
                publisher = line;
                pos = after;
            }
        }
        return new ArticleFields(null, null, "date", date, authors, publisher, trimBlankLines(text, pos));
    }

    /** A short line without sentence punctuation at its end, such as a news agency's name. */
    static boolean looksLikePublisher(String line) {
        if (line.isEmpty() || line.length() > MAX_PUBLISHER_CHARS) {
            return false;
        }
        if (line.split("\\s+").length > MAX_PUBLISHER_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?:;,\"”’»)—–-".indexOf(last) < 0;
    }

    /** {@code text} from {@code from}, without leading and trailing blank lines; other characters kept exactly. */
    static String trimBlankLines(String text, int from) {
        int start = skipBlankLines(text, from);
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start >= end ? "" : text.substring(start, end);
    }

    private static int skipBlankLines(String text, int from) {
        int pos = from;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (!text.substring(pos, end).isBlank() || end == text.length()) {
                return text.substring(pos, end).isBlank() ? text.length() : pos;
            }
            pos = end + 1;
        }
        return pos;
    }

    /** Index of the '\n' ending the line at {@code from}, or the text's length. */
    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
