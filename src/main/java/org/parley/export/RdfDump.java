package org.parley.export;

import java.io.OutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.parley.rdf.ParleyVocab;
import org.parley.store.NamedGraphReader;

/**
 * Writes every graph of a store (article graphs, the catalog, the ontology) as TriG, N-Quads or JSON-LD, one graph
 * at a time inside one read transaction: nothing is copied into memory but one subject's triples (JSON-LD).
 */
public final class RdfDump {

    private RdfDump() {
    }

    /** Writes {@code dsg} to {@code out} in {@code format} (JSONLD, NQUADS or TRIG); the stream stays open. */
    public static void write(DatasetGraph dsg, ExportFormat format, OutputStream out) {
        switch (format) {
            case JSONLD -> jsonLd(dsg, out);
            case NQUADS -> quads(dsg, RDFFormat.NQUADS, out);
            case TRIG -> quads(dsg, RDFFormat.TRIG_BLOCKS, out);
            default -> throw new IllegalArgumentException(format + " is a format of the actor network, not of the whole RDF");
        }
    }

    private static void jsonLd(DatasetGraph dsg, OutputStream out) {
        JsonLdWriter w = new JsonLdWriter(out);
        w.start();
        NamedGraphReader.forEachGraph(dsg, w::graph);
        w.finish();
    }

    private static void quads(DatasetGraph dsg, RDFFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        ParleyVocab.prefixes().getNsPrefixMap().forEach(stream::prefix);
        NamedGraphReader.forEachGraph(dsg, (name, triples) ->
                triples.forEachRemaining(t -> stream.quad(Quad.create(name, t))));
        stream.finish();
    }
}
