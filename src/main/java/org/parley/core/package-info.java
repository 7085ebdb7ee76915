/**
 * Immutable records shared by every pipeline stage: {@link org.parley.core.Article} in,
 * {@link org.parley.core.AnalyzedText}, {@link org.parley.core.Mention} and
 * {@link org.parley.core.Statement} out, gathered in {@link org.parley.core.ArticleExtraction}.
 * Depends on nothing but the JDK.
 */
package org.parley.core;
