package org.parley.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.rdf.IriMinter;
import org.parley.rdf.ParleyVocab;
import org.parley.rdf.ParleyVocab.Wikidata;
import org.parley.store.GraphStore.NamedGraph;

/**
 * Varied copies of extracted article graphs, for query benchmarks at sizes the pipeline would take hours to reach:
 * copy k of an article graph gets its own article IRIs and document name, its catalog entities swapped for others
 * of the same type (drawn so that a few are frequent and most are rare, as in news), and its dates shifted.
 * The text literals stay as extracted. Deterministic for a seed; thread-safe.
 */
final class GraphVariants {

    /** Days the dates of consecutive copies move by (cycling within about ten years). */
    private static final int DAYS_PER_COPY = 3;
    private static final int DAYS_CYCLE = 3650;

    private final IriMinter minter;
    private final long seed;
    private final Map<String, CatalogEntry> byIri = new HashMap<>();
    private final CatalogSwaps swaps;

    GraphVariants(Catalog catalog, IriMinter minter, long seed) {
        this.minter = minter;
        this.seed = seed;
        for (CatalogEntry e : catalog.entries()) {
            byIri.put(minter.entity(e.key()).getURI(), e);
        }
        this.swaps = new CatalogSwaps(catalog, type -> true);
    }

    /** Copy number {@code k} (1 and up) of the article graph {@code source}. */
    NamedGraph variant(NamedGraph source, int k) {
        String oldKey = articleKey(source.name());
        String newKey = sha256(oldKey + "/" + k).substring(0, 32);
        Map<Node, Node> nodes = new HashMap<>();
        Random random = new Random(seed * 31 + k);
        Set<String> taken = new HashSet<>();
        List<Triple> out = new ArrayList<>(source.triples().size());
        for (Triple t : source.triples()) {
            Node s = map(t.getSubject(), oldKey, newKey, k, nodes, random, taken);
            Node o = map(t.getObject(), oldKey, newKey, k, nodes, random, taken);
            CatalogEntry swapped = byIri.get(s.getURI() == null ? "" : s.getURI());
            if (swapped != null && !s.equals(t.getSubject())) {
                if (t.getPredicate().equals(RDFS.Nodes.label)) {
                    o = NodeFactory.createLiteralString(swapped.label());
                } else if (t.getPredicate().equals(ParleyVocab.wikidata)) {
                    if (swapped.wikidataId() == null) {
                        continue;
                    }
                    o = Wikidata.item(swapped.wikidataId());
                }
            }
            if (t.getPredicate().equals(ParleyVocab.sourceName)) {
                o = NodeFactory.createLiteralString(t.getObject().getLiteralLexicalForm() + "-v" + k);
            }
            out.add(Triple.create(s, t.getPredicate(), o));
        }
        return new NamedGraph(map(source.name(), oldKey, newKey, k, nodes, random, taken), out);
    }

    private Node map(Node n, String oldKey, String newKey, int k, Map<Node, Node> nodes, Random random, Set<String> taken) {
        Node done = nodes.get(n);
        if (done != null) {
            return done;
        }
        Node mapped = n;
        if (n.isURI()) {
            String iri = n.getURI();
            if (iri.contains(oldKey)) {
                mapped = NodeFactory.createURI(iri.replace(oldKey, newKey));
            } else if (byIri.containsKey(iri)) {
                mapped = minter.entity(swaps.swap(byIri.get(iri), random, taken).key());
            }
        } else if (n.isLiteral() && XSDDatatype.XSDdate.getURI().equals(n.getLiteralDatatypeURI())) {
            LocalDate d = LocalDate.parse(n.getLiteralLexicalForm());
            mapped = NodeFactory.createLiteralDT(d.minusDays((long) k * DAYS_PER_COPY % DAYS_CYCLE).toString(), XSDDatatype.XSDdate);
        }
        nodes.put(n, mapped);
        return mapped;
    }

    private String articleKey(Node graph) {
        if (!minter.isArticleGraph(graph)) {
            throw new IllegalArgumentException("not an article graph: " + graph);
        }
        String iri = graph.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
