/**
 * Export: a store's dataset in, files for graph tools and RDF dumps out. The actor network
 * ({@code queries/actor-network.rq}, {@link org.parley.export.ActorNetwork}) streams to a
 * {@link org.parley.export.NetworkSink}: GraphML, GEXF, CSV node and edge tables, or the graph view's JSON;
 * {@link org.parley.export.RdfDump} writes the whole RDF as TriG, N-Quads or JSON-LD. Reads through {@code store}.
 * Used by {@code serve} and {@code cli}; may use {@code store}, {@code rdf} (the vocabulary) and {@code core}.
 */
package org.parley.export;
