package org.parley.extract;

import java.util.List;
import java.util.function.Consumer;
import org.parley.core.AnalyzedText;
import org.parley.core.Article;
import org.parley.core.DroppedTrigger;
import org.parley.core.Mention;
import org.parley.core.Statement;

/**
 * Finds the demands, offers and rejections of an article, with their arguments.
 * Pure and thread-safe.
 */
public interface StatementExtractor {

    List<Statement> extract(Article article, AnalyzedText analysis, List<Mention> mentions);

    /**
     * As {@link #extract(Article, AnalyzedText, List)}, telling {@code dropped} each trigger a named rule dropped; an
     * extractor that drops nothing by name tells it nothing.
     */
    default List<Statement> extract(Article article, AnalyzedText analysis, List<Mention> mentions,
                                    Consumer<DroppedTrigger> dropped) {
        return extract(article, analysis, mentions);
    }
}
