/**
 * Demands, offers and rejections: rules over tokens, lemmas, POS tags, quotes and the resolved mentions
 * ({@link org.parley.extract.statement.RuleStatementExtractor}). Input: the article, its analysis and its mentions;
 * output: statements in text order, each with its arguments and links, every one naming the rule that made it.
 */
package org.parley.extract.statement;
