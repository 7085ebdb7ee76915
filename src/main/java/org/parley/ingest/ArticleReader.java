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

    /** Reads {@code file}, wherever it is stored. */
    void read(InputFile file, Consumer<Article> articles, Consumer<InputProblem> problems);

    /** Reads the local file {@code file}. */
    default void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
        read(InputFile.of(file), articles, problems);
    }
}
