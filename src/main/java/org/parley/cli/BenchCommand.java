package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.catalog.CatalogException;
import org.parley.pipeline.Benchmark;
import org.parley.pipeline.ParserBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley bench}: the ingest benchmark with its two floors, or the parser bake-off; figures on stdout. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures ingest speed, store size and heap against bare OpenNLP and the TDB2 bulk loader.",
                "Ingests many copies of the sample articles into a new TDB2 store and reports articles/s, tokens/s,",
                "time per stage, store quads/s, store size and heap, beside the two floors measured in the same run.",
                "With --parsers: the parser bake-off instead (load time, heap, speed on 1 and 2 threads, key-relation",
                "accuracy, ms per article when the sentences with a trigger word are parsed)."})
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
