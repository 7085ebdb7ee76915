/**
 * Extraction stage: from an {@link org.parley.core.Article} and its {@link org.parley.core.AnalyzedText}
 * to entity {@link org.parley.core.Mention}s ({@link org.parley.extract.MentionFinder}, implemented in
 * {@code extract.mention}) and to demands, offers and rejections ({@link org.parley.extract.StatementExtractor},
 * implemented in {@code extract.statement}). Every fact carries the {@link org.parley.core.RuleId} of the rule that
 * made it. Pure functions: no store, no network. Depends on {@code core} and {@code catalog}.
 */
package org.parley.extract;
