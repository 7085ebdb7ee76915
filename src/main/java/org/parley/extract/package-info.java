/**
 * Extraction stage: from an {@link org.parley.core.Article} and its {@link org.parley.core.AnalyzedText}
 * to entity {@link org.parley.core.Mention}s ({@link org.parley.extract.CatalogMentionFinder}: catalog names
 * plus typed proper-noun phrases, resolved within the article) and to demands, offers and rejections
 * ({@link org.parley.extract.RuleStatementExtractor}: rules over tokens, lemmas, POS tags and chunks).
 * Pure functions: no store, no network. Depends on {@code core} and {@code catalog}.
 */
package org.parley.extract;
