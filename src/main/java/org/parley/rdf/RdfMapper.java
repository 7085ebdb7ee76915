package org.parley.rdf;

import org.apache.jena.riot.system.StreamRDF;
import org.parley.core.ArticleExtraction;
import org.parley.core.ExtractionRun;

/**
 * Maps one article's extraction to quads, all in the article's named graph, written to a sink.
 * The caller calls {@code start()} and {@code finish()} on the sink. Thread-safe.
 */
public interface RdfMapper {

    void map(ArticleExtraction extraction, ExtractionRun run, StreamRDF sink);
}
