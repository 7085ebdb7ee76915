/**
 * Immutable records shared by every pipeline stage: {@link org.parley.core.Article} in,
 * {@link org.parley.core.AnalyzedText}, {@link org.parley.core.Mention} and
 * {@link org.parley.core.Statement} out, gathered in {@link org.parley.core.ArticleExtraction}; and
 * {@link org.parley.core.Futures}, the one way the stages wait for work handed to another thread.
 * Depends on nothing but the JDK.
 */
package org.parley.core;
