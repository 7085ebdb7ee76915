package org.parley.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parley.export.ActorNetwork;
import org.parley.export.CsvNetworkWriter;
import org.parley.export.EntityLookup;
import org.parley.export.ExportFormat;
import org.parley.export.GexfWriter;
import org.parley.export.GraphmlWriter;
import org.parley.export.LinkKind;
import org.parley.export.NetworkFilter;
import org.parley.export.NetworkSink;
import org.parley.export.RdfDump;
import org.parley.store.SparqlRunner;
import org.parley.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley export}: the actor network for graph tools, or the whole RDF, from a store. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the actor network (graphml, gexf, csv) or the whole RDF of a store (jsonld, nquads, trig).",
                "The network: people, organizations, countries, regions and cities linked by demanded-of, offered-to,",
                "rejected, names-region and names-organization, with weights, dates and an evidence sentence",
                "(queries/actor-network.rq). csv writes two files, FILE-nodes.csv and FILE-edges.csv."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store folder.")
    Path store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graphml, gexf or csv (the actor network); jsonld, nquads or trig (every graph of the store).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of stdout; csv needs it and writes FILE-nodes.csv and FILE-edges.csv "
                    + "(a trailing .csv is dropped).")
    Path output;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only statements dated on or after this day.")
    String since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Only statements dated on or before this day.")
    String until;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only links of these kinds (repeatable or comma-separated): demanded-of, offered-to, rejected, "
                    + "names-region, names-organization.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--around", paramLabel = "ENTITY",
            description = "Only the entities within --depth links of ENTITY: a Wikidata id (Q212), an IRI or a name.")
    String around;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1", description = "Links away from --around (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Time limit of each query (default: ${DEFAULT-VALUE}, none).")
    int timeoutSeconds;

    @Override
    public Integer call() throws IOException {
        ExportFormat fmt = parse(() -> ExportFormat.parse(format));
        NetworkFilter filter = filter();
        if (!fmt.network() && (since != null || until != null || !kinds.isEmpty() || around != null)) {
            throw new BadInputException("--since, --until, --kind and --around filter the actor network (graphml, gexf, csv), "
                    + "not the whole RDF (" + format + ")");
        }
        if (fmt == ExportFormat.CSV && output == null) {
            throw new BadInputException("--format csv writes two files: give -o FILE (for FILE-nodes.csv and FILE-edges.csv)");
        }
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        try (Tdb2GraphStore graphs = Stores.openExisting(store)) {
            if (around != null) {
                filter = filter.withAround(resolve(graphs, around, timeout), depth);
            }
            if (fmt == ExportFormat.CSV) {
                csv(graphs, filter, timeout);
            } else {
                try (OutputStream out = open(output)) {
                    if (fmt.network()) {
                        network(graphs, filter, timeout, fmt == ExportFormat.GEXF ? new GexfWriter(out) : new GraphmlWriter(out));
                    } else {
                        RdfDump.write(graphs.datasetGraph(), fmt, out);
                    }
                }
            }
        }
        return 0;
    }

    private NetworkFilter filter() {
        LocalDate from = since == null ? null : date("--since", since);
        LocalDate to = until == null ? null : date("--until", until);
        Set<LinkKind> kept = EnumSet.noneOf(LinkKind.class);
        for (String k : kinds) {
            kept.add(parse(() -> LinkKind.parse(k)));
        }
        if (depth < 1) {
            throw new BadInputException("--depth must be 1 or more: " + depth);
        }
        return parse(() -> new NetworkFilter(from, to, kept, null, 1));
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + ": not a date YYYY-MM-DD: " + value);
        }
    }

    /** The IRI of the one entity that {@code key} names. */
    private static String resolve(Tdb2GraphStore graphs, String key, Duration timeout) {
        List<EntityLookup.Found> found = new EntityLookup(graphs.datasetGraph(), timeout).find(key);
        if (found.isEmpty()) {
            throw new BadInputException("--around " + key + ": no entity in the store has that IRI, Wikidata id or name");
        }
        if (found.size() > 1) {
            throw new BadInputException("--around " + key + ": names " + found.size() + " entities; give one of their IRIs: "
                    + String.join(", ", found.stream().map(f -> f.label() + " <" + f.iri() + ">").toList()));
        }
        return found.get(0).iri();
    }

    private static void network(Tdb2GraphStore graphs, NetworkFilter filter, Duration timeout, NetworkSink sink) {
        try {
            new ActorNetwork(graphs.datasetGraph(), timeout).write(filter, sink);
        } catch (SparqlRunner.QueryTimeoutException e) {
            throw new BadInputException(e.getMessage() + " (raise --timeout, or 0 for none)");
        }
    }

    private void csv(Tdb2GraphStore graphs, NetworkFilter filter, Duration timeout) throws IOException {
        String base = output.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        Path nodes = output.resolveSibling(base + "-nodes.csv");
        Path edges = output.resolveSibling(base + "-edges.csv");
        try (OutputStream n = open(nodes); OutputStream e = open(edges)) {
            network(graphs, filter, timeout, new CsvNetworkWriter(n, e));
        }
        System.err.println("parley: wrote " + nodes + " and " + edges);
    }

    private static OutputStream open(Path file) throws IOException {
        if (file == null) {
            return new BufferedOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();  // stdout stays open
                }
            };
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadInputException(file + ": no such folder " + parent);
        }
        return new BufferedOutputStream(Files.newOutputStream(file));
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Parse<T> p) {
        try {
            return p.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
