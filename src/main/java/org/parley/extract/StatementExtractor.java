package org.parley.extract;

import java.util.List;
import org.parley.core.AnalyzedText;
import org.parley.core.Article;
import org.parley.core.Mention;
import org.parley.core.Statement;

/**
 * Finds the demands, offers and rejections of an article, with their arguments.
 * Pure and thread-safe.
 */
public interface StatementExtractor {

    List<Statement> extract(Article article, AnalyzedText analysis, List<Mention> mentions);
}
