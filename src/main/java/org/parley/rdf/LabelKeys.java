package org.parley.rdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.parley.rdf.ParleyVocab.Skos;

/**
 * The label keys ({@code parley:labelKey}): a label or alias in lower case, as SPARQL's {@code LCASE(STR(?name))}
 * gives it (lower case in the root locale, whatever the machine's). The statement index keeps one beside the label
 * of every entity the articles describe, and the catalog graph one for each distinct label and alias of an entry, so
 * that {@code find-entity.rq} and {@code entity-evidence.rq} find the entities a name stands for, in any case, with
 * one index look-up ({@code ?entity parley:labelKey "lower-cased name"}) instead of lower-casing and comparing every
 * label and alias of both graphs.
 */
public final class LabelKeys {

    private LabelKeys() {
    }

    /** The key of a label or alias. */
    public static Node key(String name) {
        return NodeFactory.createLiteralString(name.toLowerCase(Locale.ROOT));
    }

    /** The distinct keys of some labels and aliases, in their order. */
    public static Set<Node> keys(List<String> names) {
        Set<Node> out = new LinkedHashSet<>();
        names.forEach(name -> out.add(key(name)));
        return out;
    }

    /**
     * Makes {@code label} the one key of {@code entity} in {@code graph} (the statement index, which keeps one label an
     * entity): takes out the keys of its former label. Call it in the write transaction that writes the label.
     */
    static void replace(DatasetGraph dsg, Node graph, Node entity, Node label) {
        dsg.deleteAny(graph, entity, ParleyVocab.labelKey, Node.ANY);
        if (label.isLiteral()) {
            dsg.add(graph, entity, ParleyVocab.labelKey, key(label.getLiteralLexicalForm()));
        }
    }

    /**
     * Adds the key of every label and alias of {@code graph} when it has none (a catalog graph an older Parley wrote,
     * before the keys; one written since has them all); call it in a write transaction. Returns how many keys it added.
     */
    public static int addMissing(DatasetGraph dsg, Node graph) {
        if (dsg.find(graph, Node.ANY, ParleyVocab.labelKey, Node.ANY).hasNext()) {
            return 0;
        }
        List<Quad> names = new ArrayList<>();
        dsg.find(graph, Node.ANY, RDFS.Nodes.label, Node.ANY).forEachRemaining(names::add);
        dsg.find(graph, Node.ANY, Skos.altLabel, Node.ANY).forEachRemaining(names::add);
        int added = 0;
        for (Quad q : names) {
            Node key = q.getObject().isLiteral() ? key(q.getObject().getLiteralLexicalForm()) : null;
            if (key != null && !dsg.contains(graph, q.getSubject(), ParleyVocab.labelKey, key)) {
                dsg.add(graph, q.getSubject(), ParleyVocab.labelKey, key);
                added++;
            }
        }
        return added;
    }
}
