package org.parley.export;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.store.SparqlRunner;

/**
 * Finds entities by what a person types: a Wikidata id ({@code Q7747}), a Wikidata item IRI, a Parley entity IRI
 * (with or without angle brackets) or a label or alias in any case; runs {@code queries/find-entity.rq}.
 * Thread-safe.
 */
public final class EntityLookup {

    /** The query's classpath resource. */
    public static final String QUERY_RESOURCE = "queries/find-entity.rq";
    /** Where Wikidata's item IRIs start. */
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private static final Pattern QID = Pattern.compile("[Qq][1-9][0-9]*");
    private static final Query QUERY = BundledQuery.load(QUERY_RESOURCE);

    /**
     * An entity found.
     *
     * @param iri      its IRI
     * @param label    its label, or empty
     * @param type     Person, Organization, Country, Region or City
     * @param wikidata its Wikidata item IRI, or empty
     */
    public record Found(String iri, String label, String type, String wikidata) {
    }

    private final SparqlRunner runner;

    public EntityLookup(DatasetGraph dsg, Duration timeout) {
        this.runner = new SparqlRunner(dsg, timeout);
    }

    /** The entities that {@code key} names, sorted by label; empty when none. */
    public List<Found> find(String key) {
        ResultSet rs = runner.select(QUERY, Map.of("key", term(key)));
        List<Found> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(new Found(s.getResource("entity").getURI(), text(s.get("label")), text(s.get("type")),
                    text(s.get("wikidata"))));
        }
        return out;
    }

    /** The RDF term a typed key stands for: a Wikidata IRI for {@code Q7747}, an IRI for an IRI, else a string. */
    public static Node term(String key) {
        String k = key.strip();
        if (QID.matcher(k).matches()) {
            return NodeFactory.createURI(WIKIDATA_ENTITY + k.toUpperCase(Locale.ROOT));
        }
        if (k.startsWith("<") && k.endsWith(">")) {
            k = k.substring(1, k.length() - 1);
        }
        if (k.startsWith("http://") || k.startsWith("https://")) {
            return NodeFactory.createURI(k);
        }
        return NodeFactory.createLiteralString(key.strip());
    }

    private static String text(RDFNode n) {
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }
}
