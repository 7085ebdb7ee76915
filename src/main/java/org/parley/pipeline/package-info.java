/**
 * The composition of the stages: {@link org.parley.pipeline.ArticleProcessor} (one article to its named
 * graph, pure), {@link org.parley.pipeline.Pipeline} (parallel extraction, batched writes, timing per
 * stage), {@link org.parley.pipeline.Ingestion} (catalog, ontology and articles into a store), the same
 * into a served store ({@link org.parley.pipeline.ContinuousIngestion}, {@link org.parley.pipeline.FolderWatcher},
 * {@link org.parley.pipeline.RemoteIngestion}), the {@link org.parley.pipeline.Benchmark} and the
 * {@link org.parley.pipeline.AbuseRun}. Input: an {@link org.parley.pipeline.ArticleSource}; output: a
 * {@link org.parley.store.GraphStore} and an {@link org.parley.pipeline.IngestSummary}. {@link org.parley.pipeline.Parley}
 * wires the default stages (the NLP4J dependency parser runs on the sentences the statement extractor may find a
 * statement in). May use {@code serve}, {@code store}, {@code rdf}, {@code extract} (with {@code extract.mention}
 * and {@code extract.statement}), {@code nlp}, {@code ingest}, {@code catalog} and {@code core}; used only by
 * {@code cli}.
 */
package org.parley.pipeline;
