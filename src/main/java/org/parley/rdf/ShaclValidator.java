package org.parley.rdf;

import java.util.Comparator;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * Checks a graph against Parley's SHACL shapes ({@value #RESOURCE}, from {@code ontology/shapes.ttl}):
 * entities, mentions, statements and articles. Shapes are parsed once; thread-safe.
 *
 * <pre>{@code
 * ValidationReport r = ShaclValidator.bundled().validate(articleGraph);
 * if (!r.conforms()) System.err.println(ShaclValidator.summary(r));
 * }</pre>
 */
public final class ShaclValidator {

    /** Where the build puts {@code ontology/shapes.ttl}. */
    public static final String RESOURCE = "/ontology/shapes.ttl";

    private static volatile ShaclValidator bundled;

    private final Shapes shapes;

    public ShaclValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The validator with the bundled shapes; parsed once. */
    public static ShaclValidator bundled() {
        ShaclValidator v = bundled;
        if (v == null) {
            synchronized (ShaclValidator.class) {
                v = bundled;
                if (v == null) {
                    v = new ShaclValidator(OntologyGraph.loadResource(RESOURCE));
                    bundled = v;
                }
            }
        }
        return v;
    }

    public ValidationReport validate(Graph data) {
        return org.apache.jena.shacl.ShaclValidator.get().validate(shapes, data);
    }

    /** One line per problem, sorted: {@code <focus> <path>: message}; empty when the graph conforms. */
    public static String summary(ValidationReport report) {
        return report.getEntries().stream()
                .map(ShaclValidator::line)
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("\n"));
    }

    private static String line(ReportEntry e) {
        String path = e.resultPath() == null ? "" : " " + e.resultPath();
        String value = e.value() == null ? "" : " (value " + show(e.value()) + ")";
        return show(e.focusNode()) + path + ": " + e.message().replace('\n', ' ') + value;
    }

    private static String show(Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
