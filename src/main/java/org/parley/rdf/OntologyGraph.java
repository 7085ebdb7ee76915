package org.parley.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The Parley ontology, read from the classpath resource {@value #RESOURCE} (the project's
 * {@code ontology/parley.ttl}), as a graph or as quads in its own named graph. Thread-safe.
 */
public final class OntologyGraph {

    /** Where the build puts {@code ontology/parley.ttl}. */
    public static final String RESOURCE = "/ontology/parley.ttl";

    private OntologyGraph() {
    }

    /** A new graph with the ontology's triples. */
    public static Graph load() {
        return loadResource(RESOURCE);
    }

    /** Writes the ontology's triples as quads in {@code graphName} (usually {@link IriMinter#ontologyGraph()}). */
    public static void write(Node graphName, StreamRDF sink) {
        load().find().forEachRemaining(t -> sink.quad(Quad.create(graphName, t)));
    }

    /** Parses a Turtle resource of the classpath; fails with the resource name when missing or invalid. */
    static Graph loadResource(String resource) {
        try (InputStream in = OntologyGraph.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": not on the classpath");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/parley/ontology").parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read: " + e.getMessage(), e);
        }
    }
}
