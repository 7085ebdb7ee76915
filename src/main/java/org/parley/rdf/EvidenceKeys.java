package org.parley.rdf;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The evidence keys of the statement index ({@code parley:evidenceKey}): one per entity and statement in which it plays
 * a role (by, to, a place it names or implies, an organization it names or implies), per kind of the statement and
 * article reporting it. Ordered as strings they give the order of a page of {@code entity-evidence.rq}
 * ({@code ORDER BY ?date ?doc ?statement ?role}), so that a page reads the entity's keys in the index instead of every
 * statement of the entity in the article graphs; the key also holds what the page needs to find the statement again.
 */
public final class EvidenceKeys {

    /** The statement properties whose objects get a key, with the role each gives in {@code entity-evidence.rq}. */
    static final Map<Node, String> ROLES = Map.of(ParleyVocab.by, "by", ParleyVocab.to, "to",
            ParleyVocab.namesRegion, "region", ParleyVocab.impliesRegion, "region",
            ParleyVocab.namesOrganization, "organization", ParleyVocab.impliesOrganization, "organization");
    /** The properties that imply a place or an organization (the others name it or say who made or received). */
    private static final List<Node> IMPLYING = List.of(ParleyVocab.impliesRegion, ParleyVocab.impliesOrganization);
    /** A date's place in a key when the statement has none (or one not written yyyy-mm-dd): before every date. */
    private static final String NO_DATE = "00000000";
    /** Between the fields: a tab sorts before every character of a file name, an IRI or a word. */
    private static final String TAB = "\t";

    private EvidenceKeys() {
    }

    /**
     * The key of {@code statement} of {@code kind} (an IRI of {@code parley:}) whose {@code property} names the entity,
     * reported in an article of source name {@code doc} in {@code graph}: its date as yyyymmdd (00000000 when it has
     * none, first as an unbound date is), the source name, the statement's IRI, the role, the kind, {@code n} or
     * {@code i} (names or implies) and the graph, separated by tabs.
     */
    public static Node key(Node date, Node doc, Node statement, Node property, Node kind, Node graph) {
        String day = NO_DATE;
        String d = date != null && date.isLiteral() ? date.getLiteralLexicalForm() : "";
        if (StatementIndex.DAY.matcher(d).matches()) {
            day = d.replace("-", "");
        }
        String kindName = kind.getURI().substring(ParleyVocab.NS.length()).toLowerCase(Locale.ROOT);
        return NodeFactory.createLiteralString(String.join(TAB, day, doc.getLiteralLexicalForm(), statement.getURI(),
                ROLES.get(property), kindName, IMPLYING.contains(property) ? "i" : "n", graph.getURI()));
    }
}
