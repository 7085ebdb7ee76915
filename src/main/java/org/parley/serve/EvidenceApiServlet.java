package org.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.export.BundledQuery;
import org.parley.export.EntityLookup;
import org.parley.export.LinkKind;
import org.parley.store.SparqlRunner;

/**
 * The evidence behind the pages, as SPARQL JSON results of bundled queries (values substituted, never pasted):
 * <ul>
 * <li>{@code /api/entity?key=K}: the entities K names ({@code find-entity.rq}; a Wikidata id, an IRI or a name);</li>
 * <li>{@code /api/statements?entity=K}: everything said by and about them ({@code entity-evidence.rq});</li>
 * <li>{@code /api/statements?source=IRI&target=IRI&kind=KIND[&since=&until=]}: the statements of one link of the
 * actor network ({@code link-statements.rq}).</li>
 * </ul>
 */
final class EvidenceApiServlet extends HttpServlet {

    private static final Query FIND = BundledQuery.load(EntityLookup.QUERY_RESOURCE);
    private static final Query ENTITY = BundledQuery.load("queries/entity-evidence.rq");
    private static final Query LINK = BundledQuery.load("queries/link-statements.rq");

    private final transient SparqlRunner runner;

    EvidenceApiServlet(DatasetGraph dsg, Duration timeout) {
        this.runner = new SparqlRunner(dsg, timeout);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        Responses.guarded(resp, "api" + path, () -> {
            Query query;
            Map<String, Node> values = new HashMap<>();
            if (path.equals("/entity")) {
                query = FIND;
                values.put("key", EntityLookup.term(required(req, "key")));
            } else if (path.equals("/statements") && req.getParameter("entity") != null) {
                query = ENTITY;
                values.put("key", EntityLookup.term(required(req, "entity")));
            } else if (path.equals("/statements")) {
                query = LINK;
                values.put("source", iri(required(req, "source")));
                values.put("target", iri(required(req, "target")));
                values.put("linkKind", NodeFactory.createLiteralString(LinkKind.parse(required(req, "kind")).label()));
                date(req, "since").ifPresent(d -> values.put("since", d));
                date(req, "until").ifPresent(d -> values.put("until", d));
            } else {
                Responses.fail(resp, HttpServletResponse.SC_NOT_FOUND,
                        "no such API call: /api" + path + " (there are /api/entity and /api/statements)");
                return;
            }
            resp.setContentType("application/sparql-results+json");
            resp.setCharacterEncoding("UTF-8");
            ResultSetFormatter.outputAsJSON(resp.getOutputStream(), runner.select(query, values));
        });
    }

    private static String required(HttpServletRequest req, String name) {
        String v = NetworkParams.blankToNull(req.getParameter(name));
        if (v == null) {
            throw new IllegalArgumentException("missing parameter " + name);
        }
        return v.strip();
    }

    private static Node iri(String s) {
        Node n = EntityLookup.term(s);
        if (!n.isURI()) {
            throw new IllegalArgumentException("not an IRI: " + s);
        }
        return n;
    }

    private static Optional<Node> date(HttpServletRequest req, String name) {
        String v = NetworkParams.blankToNull(req.getParameter(name));
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(NodeFactory.createLiteralDT(LocalDate.parse(v.strip()).toString(), XSDDatatype.XSDdate));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + "=" + v + ": not a date YYYY-MM-DD");
        }
    }
}
