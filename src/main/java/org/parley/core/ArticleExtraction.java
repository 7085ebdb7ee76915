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
 * @param drops      the triggers dropped by a {@code statement.skip.*} rule, in text order; not mapped to RDF
 */
public record ArticleExtraction(Article article, AnalyzedText analysis, List<Mention> mentions,
                                List<Statement> statements, List<DroppedTrigger> drops) {

    public ArticleExtraction {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(analysis, "analysis");
        mentions = List.copyOf(mentions);
        statements = List.copyOf(statements);
        drops = List.copyOf(drops);
    }

    /** An extraction that records no dropped trigger. */
    public ArticleExtraction(Article article, AnalyzedText analysis, List<Mention> mentions, List<Statement> statements) {
        this(article, analysis, mentions, statements, List.of());
    }
}
