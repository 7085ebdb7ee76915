package org.parley.extract;

import java.util.List;
import org.parley.core.AnalyzedText;
import org.parley.core.Article;
import org.parley.core.Mention;

/**
 * Finds the entity mentions of an article body and resolves each to an entity.
 * Pure and thread-safe: the same input gives the same mentions, in text order, without overlaps.
 */
public interface MentionFinder {

    List<Mention> find(Article article, AnalyzedText analysis);
}
