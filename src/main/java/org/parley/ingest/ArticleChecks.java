package org.parley.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.core.Article;
import org.parley.core.InputProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The checks every reader applies before an {@link Article} is made: body present and not too long, date valid. */
final class ArticleChecks {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.ingest");

    private final IngestLimits limits;
    private final Clock clock;

    ArticleChecks(IngestLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    IngestLimits limits() {
        return limits;
    }

    /**
     * The article read from {@code file} at {@code source}, or empty after reporting exactly one problem.
     */
    Optional<Article> toArticle(Path file, String source, ArticleFields f, Consumer<InputProblem> problems) {
        return toArticle(file, source, f, problems, false);
    }

    /** As {@link #toArticle}, but a date that cannot be read is dropped with a warning and the article kept. */
    Optional<Article> toArticleKeepingBadDate(Path file, String source, ArticleFields f, Consumer<InputProblem> problems) {
        return toArticle(file, source, f, problems, true);
    }

    private Optional<Article> toArticle(Path file, String source, ArticleFields f, Consumer<InputProblem> problems,
                                        boolean keepOnBadDate) {
        String body = f.body();
        if (body == null || body.isBlank()) {
            problems.accept(new InputProblem(source, "empty article body"));
            return Optional.empty();
        }
        if (body.length() > limits.maxBodyChars()) {
            problems.accept(new InputProblem(source, "article body too large: " + body.length()
                    + " characters, more than the limit of " + limits.maxBodyChars()));
            return Optional.empty();
        }
        if (body.indexOf('\0') >= 0) {
            problems.accept(new InputProblem(source, SourceText.binary(body.indexOf('\0')) + " in the body"));
            return Optional.empty();
        }
        LocalDate published = null;
        if (f.dateValue() != null) {
            try {
                published = DateValue.parse(f.dateField(), f.dateValue(), LocalDate.now(clock));
            } catch (DateValue.BadDate e) {
                if (!keepOnBadDate) {
                    problems.accept(new InputProblem(source, e.getMessage()));
                    return Optional.empty();
                }
                LOG.warn("{}: {}; the article is kept without a date", source, e.getMessage());
            }
        }
        String url = blankToNull(f.url());
        return Optional.of(new Article(Article.identityOf(url, body), docName(file), source, url,
                blankToNull(f.title()), published, f.authors(), blankToNull(f.publisher()), body));
    }

    /** The file's base name without its last extension: {@code a/b/2024-06-14-talks.txt} gives {@code 2024-06-14-talks}. */
    static String docName(Path file) {
        Path name = file.getFileName();
        String n = name == null ? file.toString() : name.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
