package org.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.export.ActorNetwork;
import org.parley.export.CsvNetworkWriter;
import org.parley.export.EntityLookup;
import org.parley.export.ExportFormat;
import org.parley.export.GexfWriter;
import org.parley.export.GraphmlWriter;
import org.parley.export.NetworkFilter;
import org.parley.export.NetworkSink;
import org.parley.export.RdfDump;

/**
 * {@code /parley/export/FILE}: what {@code parley export} writes, streamed. FILE is {@code actors.graphml},
 * {@code actors.gexf}, {@code actors-nodes.csv}, {@code actors-edges.csv} (the actor network, filtered by
 * {@code since}, {@code until}, {@code kind}, {@code around} and {@code depth}) or {@code all.jsonld},
 * {@code all.nq}, {@code all.trig} (every graph).
 */
final class ExportServlet extends HttpServlet {

    /** File name to what it holds. */
    static final Map<String, ExportFormat> FILES = Map.of(
            "actors.graphml", ExportFormat.GRAPHML,
            "actors.gexf", ExportFormat.GEXF,
            "actors-nodes.csv", ExportFormat.CSV,
            "actors-edges.csv", ExportFormat.CSV,
            "all.jsonld", ExportFormat.JSONLD,
            "all.nq", ExportFormat.NQUADS,
            "all.trig", ExportFormat.TRIG);

    private final transient DatasetGraph dsg;
    private final transient ActorNetwork network;
    private final transient EntityLookup entities;

    ExportServlet(DatasetGraph dsg, Duration timeout) {
        this.dsg = dsg;
        this.network = new ActorNetwork(dsg, timeout);
        this.entities = new EntityLookup(dsg, timeout);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String file = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        ExportFormat format = FILES.get(file);
        if (format == null) {
            Responses.fail(resp, HttpServletResponse.SC_NOT_FOUND, "no export named \"" + file + "\"; there are "
                    + String.join(", ", FILES.keySet().stream().sorted().toList()));
            return;
        }
        Responses.guarded(resp, "export " + file, () -> {
            NetworkFilter filter = format.network() ? NetworkParams.filter(req, entities) : null;
            resp.setContentType(format.mediaType() + (format == ExportFormat.NQUADS ? "" : "; charset=utf-8"));
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
            OutputStream out = new BufferedOutputStream(resp.getOutputStream(), 1 << 16);
            if (filter == null) {
                RdfDump.write(dsg, format, out);
            } else {
                network.write(filter, sink(file, format, out));
            }
            out.flush();
        });
    }

    private static NetworkSink sink(String file, ExportFormat format, OutputStream out) {
        return switch (format) {
            case GRAPHML -> new GraphmlWriter(out);
            case GEXF -> new GexfWriter(out);
            case CSV -> file.endsWith("-nodes.csv")
                    ? new CsvNetworkWriter(out, OutputStream.nullOutputStream())
                    : new CsvNetworkWriter(OutputStream.nullOutputStream(), out);
            default -> throw new IllegalStateException("not a network format: " + format);
        };
    }
}
