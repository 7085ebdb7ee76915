package org.parley.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.parley.serve.ParleyServer;
import org.parley.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley serve}: a read-only SPARQL endpoint over a store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a store over SPARQL (read-only) with a query page, until Ctrl-C.",
                "Listens on 127.0.0.1 unless --host says otherwise."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store folder.")
    Path store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ParleyServer.Options.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query time limit (default: ${DEFAULT-VALUE} s).")
    int timeoutSeconds;

    @Override
    public Integer call() {
        try (Tdb2GraphStore graphs = Stores.openExisting(store)) {
            serve(graphs, host, port, Duration.ofSeconds(timeoutSeconds));
        }
        return 0;
    }

    /** Starts the server, prints where to point a browser or a SPARQL client, and blocks until Ctrl-C. */
    static void serve(Tdb2GraphStore graphs, String host, int port, Duration timeout) {
        ParleyServer server;
        try {
            server = ParleyServer.start(graphs.datasetGraph(), ParleyServer.Options.defaults()
                    .withHost(host).withPort(port).withQueryTimeout(timeout));
        } catch (RuntimeException e) {
            throw new BadInputException("cannot serve on " + host + ":" + port + ": " + rootMessage(e)
                    + " (is another server using the port? try --port 0 or another port)");
        }
        Thread stopper = new Thread(() -> {
            System.err.println("parley: stopping the server");
            server.stop();
        }, "parley-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        System.out.println("Parley is serving " + graphs.folder().map(Path::toString).orElse("an in-memory store"));
        System.out.println("  query page (browser):  " + server.baseUrl());
        System.out.println("  graph view:            " + server.baseUrl() + "graph");
        System.out.println("  SPARQL endpoint:       " + server.sparqlUrl());
        System.out.println("  exports:               " + server.baseUrl() + "parley/export/actors.graphml (.gexf, -nodes.csv, "
                + "-edges.csv; all.trig, all.nq, all.jsonld)");
        if (server.servesFusekiUi()) {
            System.out.println("  Fuseki UI:             " + server.baseUrl() + "fuseki/");
        }
        System.out.println("  example:  curl -s " + server.sparqlUrl()
                + " --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' -H 'Accept: text/csv'");
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        server.join();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
