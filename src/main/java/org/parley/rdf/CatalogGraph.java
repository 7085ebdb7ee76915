package org.parley.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.rdf.ParleyVocab.Skos;
import org.parley.rdf.ParleyVocab.Wikidata;

/**
 * Writes the entity catalog into its own named graph ({@link IriMinter#catalogGraph()}): type, label,
 * aliases ({@code skos:altLabel}), the label's and aliases' keys in lower case ({@link LabelKeys}), demonyms, metonyms,
 * part-of and the Wikidata link of every entry.
 * The caller calls {@code start()} and {@code finish()} on the sink. Thread-safe.
 */
public final class CatalogGraph {

    private final IriMinter minter;

    public CatalogGraph(IriMinter minter) {
        this.minter = Objects.requireNonNull(minter, "minter");
    }

    /** The catalog graph's name. */
    public Node graphName() {
        return minter.catalogGraph();
    }

    /**
     * The quad that marks a stored catalog graph as written from {@code catalog}: the graph's {@code parley:contentHash}
     * is the catalog's {@link Catalog#contentHash()}. A store that holds it need not be written again.
     */
    public Quad fingerprint(Catalog catalog) {
        return Quad.create(graphName(), graphName(), ParleyVocab.contentHash, str(catalog.contentHash()));
    }

    /** Writes every entry of {@code catalog} as quads in {@link #graphName()}, and its {@link #fingerprint}. */
    public void write(Catalog catalog, StreamRDF sink) {
        Node g = graphName();
        sink.quad(fingerprint(catalog));
        for (CatalogEntry e : catalog.entries()) {
            Node s = minter.entity(e.key());
            sink.quad(Quad.create(g, s, RDF.Nodes.type, ParleyVocab.typeClass(e.type())));
            sink.quad(Quad.create(g, s, RDFS.Nodes.label, str(e.label())));
            if (e.wikidataId() != null) {
                sink.quad(Quad.create(g, s, ParleyVocab.wikidata, Wikidata.item(e.wikidataId())));
            }
            for (String alias : e.aliases()) {
                sink.quad(Quad.create(g, s, Skos.altLabel, str(alias)));
            }
            List<String> names = new ArrayList<>(e.aliases());
            names.add(0, e.label());
            for (Node key : LabelKeys.keys(names)) {
                sink.quad(Quad.create(g, s, ParleyVocab.labelKey, key));
            }
            for (String demonym : e.demonyms()) {
                sink.quad(Quad.create(g, s, ParleyVocab.demonym, str(demonym)));
            }
            for (String metonym : e.metonyms()) {
                sink.quad(Quad.create(g, s, ParleyVocab.metonym, str(metonym)));
            }
            if (e.partOf() != null) {
                sink.quad(Quad.create(g, s, ParleyVocab.partOf, minter.entity(e.partOf())));
            }
        }
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
