package org.parley.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.Article;
import org.parley.core.InputProblem;

/** What a reader produced in a test: the articles and the problems, in order. */
final class Collected {

    /** Today for the tests that use {@link #CHECKS}. */
    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    static final ArticleChecks CHECKS = new ArticleChecks(IngestLimits.DEFAULT,
            Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC));

    final List<Article> articles = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();

    static Collected read(ArticleReader reader, Path file) {
        Collected c = new Collected();
        reader.read(file, c.articles::add, c.problems::add);
        return c;
    }

    static Collected readAll(List<Path> paths, IngestLimits limits) {
        Collected c = new Collected();
        ArticleFiles.read(paths, limits, c.articles::add, c.problems::add);
        return c;
    }

    Article only() {
        if (articles.size() != 1 || !problems.isEmpty()) {
            throw new AssertionError("expected one article and no problem, got " + articles.size()
                    + " articles and problems " + problems);
        }
        return articles.get(0);
    }

    InputProblem onlyProblem() {
        if (problems.size() != 1) {
            throw new AssertionError("expected one problem, got " + problems);
        }
        return problems.get(0);
    }
}
