package org.parley.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.parley.catalog.Catalog;
import org.parley.rdf.CatalogGraph;
import org.parley.rdf.IriMinter;
import org.parley.rdf.OntologyGraph;
import org.parley.rdf.ParleyVocab;
import org.parley.store.GraphStore;
import org.parley.store.GraphStore.NamedGraph;

/**
 * The catalog and ontology graphs of a store, written only when their content changed: each records a SHA-256 of its
 * content ({@code <graph> parley:contentHash "..."}: the catalog's {@link CatalogGraph#fingerprint}, the hash of the
 * ontology's triples), so an ingest with the same catalog and ontology writes nothing and leaves no garbage.
 */
final class ReferenceGraphs {

    private ReferenceGraphs() {
    }

    /** Writes the catalog and ontology graphs that {@code store} does not hold with the same content; returns how many. */
    static int writeChanged(GraphStore store, Catalog catalog, IriMinter minter) {
        List<NamedGraph> changed = new ArrayList<>(2);
        if (!store.contains(new CatalogGraph(minter).fingerprint(catalog))) {
            changed.add(catalogGraph(catalog, minter));
        }
        NamedGraph ontology = ontologyGraph(minter);
        Triple hash = hashTriple(ontology);
        if (!store.contains(Quad.create(ontology.name(), hash))) {
            changed.add(hashed(ontology, hash));
        }
        store.replaceGraphs(changed);
        return changed.size();
    }

    private static NamedGraph hashed(NamedGraph g, Triple hash) {
        List<Triple> triples = new ArrayList<>(g.triples());
        triples.add(hash);
        return new NamedGraph(g.name(), triples);
    }

    private static NamedGraph catalogGraph(Catalog catalog, IriMinter minter) {
        GraphCollector collector = new GraphCollector();
        new CatalogGraph(minter).write(catalog, collector);
        return collector.toNamedGraph("the catalog");
    }

    private static NamedGraph ontologyGraph(IriMinter minter) {
        GraphCollector collector = new GraphCollector();
        OntologyGraph.write(minter.ontologyGraph(), collector);
        return collector.toNamedGraph("the ontology");
    }

    /**
     * {@code <graph> parley:contentHash "sha256"}: the hash of the graph's triples as sorted N-Triples lines, blank
     * nodes written {@code []} (their labels change with every parse of the ontology).
     */
    private static Triple hashTriple(NamedGraph g) {
        List<String> lines = new ArrayList<>(g.triples().size());
        for (Triple t : g.triples()) {
            lines.add(term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject()));
        }
        lines.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                md.update(line.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            Node hash = NodeFactory.createLiteralString(HexFormat.of().formatHex(md.digest()));
            return Triple.create(g.name(), ParleyVocab.contentHash, hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String term(Node n) {
        return n.isBlank() ? "[]" : NodeFmtLib.strNT(n);
    }
}
