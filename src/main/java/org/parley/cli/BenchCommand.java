package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parley.catalog.CatalogException;
import org.parley.pipeline.Benchmark;
import org.parley.pipeline.BenchmarkReport;
import org.parley.pipeline.ParserBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley bench}: ingest, incremental ingest and query latency at the store sizes asked for, or the parser bake-off; figures on stdout. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures ingest against bare OpenNLP and the TDB2 bulk loader, incremental ingest, and query latency.",
                "Ingests varied copies of the sample articles into a new store of the first size, builds the other sizes",
                "from varied copies of its graphs, times every named query at each size through the SPARQL server,",
                "then adds the same new articles to an empty store and to each store. Hours at the default sizes.",
                "With --parsers: the parser bake-off instead (load time, heap, speed on 1 and 2 threads, key-relation",
                "accuracy, ms per article when the sentences with a trigger word are parsed)."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", paramLabel = "N,N", split = ",", defaultValue = "10000,100000",
            description = "Store sizes in articles, ascending; the first goes through the pipeline (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--incremental", paramLabel = "N", defaultValue = "1000",
            description = "Articles added to an empty store and to each store (default: ${DEFAULT-VALUE}; 0: none).")
    int incremental;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed runs of each query, after one untimed (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--skip-queries", paramLabel = "NAME,NAME", split = ",",
            description = "Named queries not to time, at any size (for example the ones that list every row, on a large store).")
    List<String> skipQueries = List.of();

    @Option(names = "--store", paramLabel = "DIR",
            description = "Only time the named queries on this store, one an earlier run kept (--keep): no ingest, no other size.")
    Path store;

    @Option(names = "--only-queries", paramLabel = "NAME,NAME", split = ",",
            description = "With --store: time only these named queries (label-of-entity and entity-by-label are the label lookups).")
    List<String> onlyQueries = List.of();

    @Option(names = "--keep", description = "Keep the stores (under --work) at the end.")
    boolean keep;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Articles to copy (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "256", description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench", description = "Scratch folder, emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--parsers", description = "Run the parser bake-off (NLP4J and OpenNLP) instead of the ingest benchmark.")
    boolean parsers;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20",
            description = "With --parsers: times the key sentences are parsed for each speed figure (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--texts", paramLabel = "DIR", split = ",", defaultValue = "../shared/eval/dev,../shared/eval/real/dev",
            description = "With --parsers: folders whose .txt articles are timed; missing ones are skipped (default: ${DEFAULT-VALUE}).")
    List<Path> texts;

    @Override
    public Integer call() throws IOException, CatalogException {
        if (parsers) {
            if (rounds < 1) {
                throw new BadInputException("--rounds must be at least 1");
            }
            List<String> lines;
            try {
                lines = ParserBenchmark.run(new ParserBenchmark.Options(rounds, texts),
                        line -> System.err.println("bench: " + line));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            lines.forEach(System.out::println);
            return 0;
        }
        if (runs < 1 || incremental < 0) {
            throw new BadInputException("--runs must be at least 1 and --incremental at least 0");
        }
        if (store != null) {
            try {
                Benchmark.queriesOn(store, runs, Set.copyOf(skipQueries), Set.copyOf(onlyQueries),
                        line -> System.err.println("bench: " + line)).forEach(System.out::println);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            return 0;
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        BenchmarkReport report;
        try {
            Benchmark.Options options = new Benchmark.Options(samples, sizes, incremental, t, batch, runs, work, keep,
                    Set.copyOf(skipQueries));
            report = Benchmark.run(options, line -> System.err.println("bench: " + line));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        report.lines().forEach(System.out::println);
        return 0;
    }
}
