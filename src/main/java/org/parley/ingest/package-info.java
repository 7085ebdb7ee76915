/**
 * Ingest stage: files in, {@link org.parley.core.Article} records out. Reads plain text (with an optional
 * {@code date ... By ...} header and publisher line), JSON / JSON Lines and HTML pages; walks folders;
 * reports every bad input as one {@link org.parley.core.InputProblem} and keeps going.
 * Entry point: {@link org.parley.ingest.ArticleFiles}. Depends on {@code core}, jsoup and Jackson only.
 */
package org.parley.ingest;
