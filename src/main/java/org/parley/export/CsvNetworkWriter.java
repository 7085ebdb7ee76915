package org.parley.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the actor network as two CSV files (RFC 4180, UTF-8), the node table and the edge table that Gephi's
 * spreadsheet import and Cytoscape's table import take: {@code Id,Label,Type,Wikidata,Made,Received,Named,Statements}
 * and {@code Source,Target,Type,Kind,Weight,FirstDate,LastDate,Evidence} (Type is always {@code Directed}).
 * Streams; the caller closes the streams.
 */
public final class CsvNetworkWriter implements NetworkSink {

    static final List<String> NODE_COLUMNS = List.of("Id", "Label", "Type", "Wikidata", "Made", "Received", "Named",
            "Statements");
    static final List<String> EDGE_COLUMNS = List.of("Source", "Target", "Type", "Kind", "Weight", "FirstDate",
            "LastDate", "Evidence");

    private final Writer nodes;
    private final Writer edges;

    public CsvNetworkWriter(OutputStream nodes, OutputStream edges) {
        this.nodes = new BufferedWriter(new OutputStreamWriter(nodes, StandardCharsets.UTF_8));
        this.edges = new BufferedWriter(new OutputStreamWriter(edges, StandardCharsets.UTF_8));
    }

    @Override
    public void start() {
        row(nodes, NODE_COLUMNS);
        row(edges, EDGE_COLUMNS);
    }

    @Override
    public void node(ActorNode n) {
        row(nodes, List.of(n.iri(), n.label(), n.type(), n.wikidata(), Long.toString(n.made()),
                Long.toString(n.received()), Long.toString(n.named()), Long.toString(n.statements())));
    }

    @Override
    public void link(ActorLink l) {
        row(edges, List.of(l.source(), l.target(), "Directed", l.kind().label(), Long.toString(l.weight()),
                l.firstDate(), l.lastDate(), l.evidence()));
    }

    @Override
    public void finish() {
        try {
            nodes.flush();
            edges.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Writer w, List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(field(fields.get(i)));
            }
            w.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A field quoted when it holds a comma, a quote or a line break, with quotes doubled. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
