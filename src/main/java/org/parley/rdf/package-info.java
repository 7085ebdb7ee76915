/**
 * The graph model. In: an {@link org.parley.core.ArticleExtraction} and its
 * {@link org.parley.core.ExtractionRun}; out: quads in one named graph per article, written to a
 * Jena {@code StreamRDF} ({@link org.parley.rdf.StandardRdfMapper}), plus the catalog and ontology
 * graphs. Vocabulary in {@link org.parley.rdf.ParleyVocab}, IRIs from {@link org.parley.rdf.IriMinter},
 * checks by {@link org.parley.rdf.ShaclValidator}. Depends on {@code core}, {@code catalog} and Jena.
 */
package org.parley.rdf;
