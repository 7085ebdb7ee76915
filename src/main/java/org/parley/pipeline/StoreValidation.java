package org.parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.rdf.IriMinter;
import org.parley.rdf.ShaclValidator;
import org.parley.store.Tdb2GraphStore;

/** Checks every article graph of a store against the bundled SHACL shapes, one graph at a time. */
public final class StoreValidation {

    /**
     * @param graphs   article graphs checked
     * @param failures article graphs that do not conform
     */
    public record Result(int graphs, int failures) {
    }

    private StoreValidation() {
    }

    /** Validates each article graph (not the catalog, ontology or index graph); reports each problem line. */
    public static Result run(Tdb2GraphStore store, IriMinter minter, Consumer<String> problems) {
        ShaclValidator validator = ShaclValidator.bundled();
        List<Node> names = new ArrayList<>(store.listGraphNames().stream().filter(minter::isArticleGraph).toList());
        names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        int failures = 0;
        for (Node name : names) {
            Graph copy = store.calculateRead(dsg -> {
                Graph g = GraphFactory.createDefaultGraph();
                dsg.getGraph(name).find().forEachRemaining(g::add);
                return g;
            });
            ValidationReport report = validator.validate(copy);
            if (!report.conforms()) {
                failures++;
                for (String line : ShaclValidator.summary(report).split("\n")) {
                    problems.accept("<" + name.getURI() + "> " + line);
                }
            }
        }
        return new Result(names.size(), failures);
    }
}
