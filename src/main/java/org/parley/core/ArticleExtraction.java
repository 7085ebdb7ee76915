package org.parley.core;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article: the input of the RDF mapper.
 *
 * @param article    the article
 * @param analysis   its linguistic analysis
 * @param mentions   entity mentions in text order
 * @param statements demands, offers and rejections in text order
 */
public record ArticleExtraction(Article article, AnalyzedText analysis, List<Mention> mentions,
                                List<Statement> statements) {

    public ArticleExtraction {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(analysis, "analysis");
        mentions = List.copyOf(mentions);
        statements = List.copyOf(statements);
    }
}
