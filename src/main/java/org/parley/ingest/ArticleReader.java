package org.parley.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.parley.core.Article;
import org.parley.core.InputProblem;

/**
 * Reads the articles of one file of one format. Never throws for bad input: every problem
 * (unreadable file, malformed record, bad date, empty body) goes to {@code problems} as one line,
 * and the good articles of the same file still go to {@code articles}.
 */
public interface ArticleReader {

    void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems);
}
