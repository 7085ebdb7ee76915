package org.parley.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.parley.serve.NamedQuery;
import org.parley.serve.NamedQueryLibrary;
import org.parley.store.SparqlRunner;
import org.parley.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley query}: runs a SPARQL query file or a named query over a store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over the union of all graphs of a store; stdout carries only the result.",
                "QUERY is a .rq file, a bundled query's name (entities, regions-in-demands, ...) or - for stdin."},
        footer = {"", "Examples:",
                "  parley query --store parley-store regions-in-demands",
                "  parley query --store parley-store --format csv entity-evidence \\",
                "      --bind key='<http://www.wikidata.org/entity/Q212>'",
                "  parley query --store parley-store entity-evidence \\",
                "      --bind key='<https://w3id.org/parley/id/entity/Q212>'",
                "  parley query --store parley-store find-entity --bind key='\"Kherson\"'",
                "  parley query --store parley-store --format trig actor-network \\",
                "      --bind kinds='\"rejected\"'",
                "  echo 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | \\",
                "      parley query --store parley-store -"})
final class QueryCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store folder.")
    Path store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json; for CONSTRUCT and DESCRIBE: turtle, ntriples, jsonld, nquads or trig "
                    + "(table means turtle); default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Time limit (default: ${DEFAULT-VALUE} s).")
    int timeoutSeconds;

    @Option(names = "--bind", paramLabel = "VAR=TERM",
            description = "Substitute a variable with an RDF term in Turtle syntax (repeatable): an IRI in <...>, "
                    + "a string in \"...\"; see the examples below.")
    Map<String, String> bindings = new LinkedHashMap<>();

    @Parameters(index = "0", paramLabel = "QUERY", description = "A .rq file, the name of a bundled query, or - for stdin.")
    String query;

    @Override
    public Integer call() throws IOException {
        SparqlRunner.Format fmt;
        try {
            fmt = SparqlRunner.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        NamedQuery q = query.equals("-") ? NamedQueryLibrary.parse("stdin", new String(System.in.readAllBytes(), StandardCharsets.UTF_8))
                : resolve(query);
        String source = query.equals("-") ? "stdin" : Files.isRegularFile(Path.of(query)) ? query : "queries/" + q.name() + ".rq";
        Query parsed;
        try {
            parsed = SparqlRunner.parse(source, q.text());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Map<String, Node> values = QueryBindings.parse(bindings, parsed, source);
        try (Tdb2GraphStore graphs = Stores.openExisting(store)) {
            OutputStream out = new BufferedOutputStream(System.out);
            try {
                new SparqlRunner(graphs.datasetGraph(), Duration.ofSeconds(timeoutSeconds))
                        .run(parsed, values, fmt, out);
            } catch (IllegalArgumentException | SparqlRunner.QueryTimeoutException e) {
                throw new BadInputException(e.getMessage());
            }
            out.flush();
        }
        return 0;
    }

    /** A readable file by that path, else the bundled query of that name. */
    static NamedQuery resolve(String query) throws IOException {
        Path file = Path.of(query);
        if (Files.isRegularFile(file)) {
            return NamedQueryLibrary.parse(file.getFileName().toString(), Files.readString(file));
        }
        String name = query.endsWith(".rq") ? query.substring(0, query.length() - 3) : query;
        return NamedQueryLibrary.findZeroOrOne(name).orElseThrow(() -> new BadInputException(query
                + ": no such query file, nor a bundled query of that name (bundled: "
                + String.join(", ", NamedQueryLibrary.fromClasspath().stream().map(NamedQuery::name).toList()) + ")"));
    }
}
