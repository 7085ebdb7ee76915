package org.parley.pipeline;

import java.util.function.Consumer;
import org.parley.core.Article;
import org.parley.core.InputProblem;

/** Where a pipeline run takes its articles from: files, a generated corpus, a test list. */
@FunctionalInterface
public interface ArticleSource {

    /** Pushes every article, and every input problem, in order; returns when the source is exhausted. */
    void read(Consumer<Article> articles, Consumer<InputProblem> problems);
}
