package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.catalog.CatalogException;
import org.parley.pipeline.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley bench}: the ingest benchmark with its two floors, figures on stdout. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures ingest speed, store size and heap against bare OpenNLP and the TDB2 bulk loader.",
                "Ingests many copies of the sample articles into a new TDB2 store and reports articles/s, tokens/s,",
                "time per stage, store quads/s, store size and heap, beside the two floors measured in the same run."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "3000", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Articles to copy (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "256", description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench", description = "Scratch folder, emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Override
    public Integer call() throws IOException, CatalogException {
        if (articles < 1) {
            throw new BadInputException("--articles must be at least 1");
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Benchmark.Report report;
        try {
            report = Benchmark.run(new Benchmark.Options(samples, articles, t, batch, work), line -> System.err.println("bench: " + line));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        report.lines().forEach(System.out::println);
        return 0;
    }
}
