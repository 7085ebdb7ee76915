/**
 * The composition of the stages: {@link org.parley.pipeline.ArticleProcessor} (one article to its named
 * graph, pure), {@link org.parley.pipeline.Pipeline} (parallel extraction, batched writes, timing per
 * stage), {@link org.parley.pipeline.Ingestion} (catalog, ontology and articles into a store), the same
 * into a served store ({@link org.parley.pipeline.ContinuousIngestion}, {@link org.parley.pipeline.FolderWatcher},
 * {@link org.parley.pipeline.RemoteIngestion}), the {@link org.parley.pipeline.Benchmark} and the
 * {@link org.parley.pipeline.AbuseRun}. Input: an {@link org.parley.pipeline.ArticleSource}; output: a
 * {@link org.parley.store.GraphStore} and an {@link org.parley.pipeline.IngestSummary}.
 */
package org.parley.pipeline;
