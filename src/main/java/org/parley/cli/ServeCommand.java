package org.parley.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.catalog.CatalogException;
import org.parley.pipeline.ContinuousIngestion;
import org.parley.pipeline.FolderWatcher;
import org.parley.pipeline.Ingestion;
import org.parley.pipeline.StoreUpkeep;
import org.parley.rdf.IriMinter;
import org.parley.serve.BackupAccess;
import org.parley.serve.ControlFile;
import org.parley.serve.ParleyServer;
import org.parley.serve.PasswordFile;
import org.parley.serve.ServingLimits;
import org.parley.serve.WriteAccess;
import org.parley.store.StoreBackup;
import org.parley.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley serve}: a SPARQL endpoint over a store, until Ctrl-C; optionally taking new articles as it serves. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a store over SPARQL (read-only) with a query page, until Ctrl-C.",
                "Listens on 127.0.0.1 unless --host says otherwise. With --watch or --password-file it also takes",
                "new articles while it serves: from a folder, or from 'parley ingest --server URL'."})
final class ServeCommand implements Callable<Integer> {

    /** The file in the store folder listing the watched files already ingested. */
    static final String WATCH_LEDGER = "watched-files.tsv";
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store folder.")
    Path store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ParleyServer.Options.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query time limit, SERVICE calls included (default: ${DEFAULT-VALUE} s).")
    int timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "50000",
            description = "Most rows (or triples) in one answer; a cut answer says so in its Parley-Truncated header (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--max-result-mb", paramLabel = "MB", defaultValue = "16",
            description = "Most megabytes of RDF terms in one answer (default: ${DEFAULT-VALUE}).")
    int maxResultMb;

    @Option(names = "--max-requests", paramLabel = "N", defaultValue = "24",
            description = "Requests handled at once; more wait in a queue, and get 503 with Retry-After when it is full (default: ${DEFAULT-VALUE}).")
    int maxRequests;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "A SPARQL endpoint that SERVICE clauses may call, e.g. https://query.wikidata.org/sparql; repeatable (default: none, SERVICE is off).")
    List<URI> allowedServices = new ArrayList<>();

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Open the write endpoint POST /parley/ingest to the writers of FILE (made with 'parley password').")
    Path passwordFile;

    @Option(names = "--watch", paramLabel = "DIR", description = "Ingest the article files that appear in DIR while serving.")
    Path watch;

    @Override
    public Integer call() throws CatalogException {
        ServingLimits limits;
        try {
            limits = ServingLimits.defaults().withMaxRows(maxRows).withMaxResultBytes(maxResultMb * 1_000_000L)
                    .withRequests(maxRequests, ServingLimits.defaults().maxQueuedRequests(), ServingLimits.defaults().maxQueueWait())
                    .withAllowedServices(allowedServices);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        PasswordFile writers = passwordFile == null ? null : readPasswords(passwordFile);
        if (watch != null && !Files.isDirectory(watch)) {
            throw new BadInputException(watch + ": no such folder to watch");
        }
        try (Tdb2GraphStore graphs = watch != null || writers != null ? Stores.openOrCreate(store) : Stores.openExisting(store)) {
            ParleyServer.Options options = ParleyServer.Options.defaults().withHost(host).withPort(port)
                    .withQueryTimeout(Duration.ofSeconds(timeoutSeconds)).withLimits(limits)
                    .withBackup(BackupAccess.withNewToken(out -> StoreBackup.write(graphs, out)));
            FolderWatcher watcher = null;
            if (watch != null || writers != null) {
                StoreUpkeep.ensureIndex(graphs, new IriMinter(IriMinter.DEFAULT_BASE));
                ContinuousIngestion live = ContinuousIngestion.open(graphs, Ingestion.Options.defaults());
                if (writers != null) {
                    options = options.withWrites(new WriteAccess(live, writers));
                }
                if (watch != null) {
                    watcher = new FolderWatcher(watch, live, graphs.folder().map(f -> f.resolve(WATCH_LEDGER)).orElse(null));
                }
            }
            serve(graphs, options, watcher);
        }
        return 0;
    }

    private static PasswordFile readPasswords(Path file) {
        try {
            PasswordFile p = PasswordFile.read(file);
            if (p.users().isEmpty()) {
                throw new BadInputException(file + ": names no writer; add one with 'parley password --file " + file + " NAME'");
            }
            return p;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Serves with the default options on {@code host:port} (the demo's way). */
    static void serve(Tdb2GraphStore graphs, String host, int port, Duration timeout) {
        serve(graphs, ParleyServer.Options.defaults().withHost(host).withPort(port).withQueryTimeout(timeout)
                .withBackup(BackupAccess.withNewToken(out -> StoreBackup.write(graphs, out))), null);
    }

    /** Starts the server, prints where to point a browser or a SPARQL client, and blocks until Ctrl-C. */
    static void serve(Tdb2GraphStore graphs, ParleyServer.Options options, FolderWatcher watcher) {
        ParleyServer server;
        try {
            server = ParleyServer.start(graphs.datasetGraph(), options);
        } catch (RuntimeException e) {
            throw new BadInputException("cannot serve on " + options.host() + ":" + options.port() + ": " + rootMessage(e)
                    + " (is another server using the port? try --port 0 or another port)");
        }
        if (options.backup() != null) {
            graphs.folder().ifPresent(f -> new ControlFile(server.baseUrl(), ProcessHandle.current().pid(),
                    options.backup().token()).write(f));
        }
        Thread stopper = new Thread(() -> {
            System.err.println("parley: stopping the server");
            if (watcher != null) {
                watcher.close();
            }
            server.stop();
            graphs.folder().ifPresent(ControlFile::delete);
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
        if (options.writes() != null) {
            System.out.println("  write endpoint:        " + server.baseUrl() + "parley/" + WriteAccess.ENDPOINT
                    + "  (parley ingest --server " + server.baseUrl() + " FILES)");
        }
        System.out.println("  example:  curl -s " + server.sparqlUrl()
                + " --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' -H 'Accept: text/csv'");
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        if (watcher != null) {
            watcher.start(WATCH_INTERVAL);
        }
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
