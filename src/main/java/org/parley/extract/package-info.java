/**
 * Extraction stage: from an {@link org.parley.core.Article} and its {@link org.parley.core.AnalyzedText}
 * to entity {@link org.parley.core.Mention}s ({@link org.parley.extract.MentionFinder}, implemented in
 * {@code extract.mention}) and to demands, offers and rejections ({@link org.parley.extract.StatementExtractor},
 * implemented in {@code extract.statement}). Every fact carries the {@link org.parley.core.RuleId} of the rule that
 * made it. The rules' word lists are resource files of {@code org/parley/extract/lexicon/}, each list once, loaded
 * and checked by {@link org.parley.extract.Lexicon} into {@link org.parley.extract.WordList}s. Pure functions: no
 * store, no network, no NLP library (a sentence's parse arrives as a {@code core} record). May use {@code core}
 * and {@code catalog}.
 */
package org.parley.extract;
