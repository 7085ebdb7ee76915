package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.parley.pipeline.AbuseRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley abuse}: attacks a served store as a hostile or careless client would, and reports the figures. */
@Command(name = "abuse", mixinStandardHelpOptions = true,
        description = {"Serves the samples in a server process of its own and attacks it: runaway counting, sorting and",
                "grouping queries, 24 hung SERVICE calls, 40 slow clients, 16 readers while articles go in through the",
                "write endpoint; a probe query is timed all along. Prints each figure with its aim; exit 1 if one is missed."})
final class AbuseCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "2000",
            description = "Articles to send through the write endpoint while readers query (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "The server's query time limit (default: ${DEFAULT-VALUE} s).")
    int timeoutSeconds;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Articles to load and copy (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/abuse", description = "Scratch folder, emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (articles < 1 || timeoutSeconds < 1) {
            throw new BadInputException("--articles and --timeout must be at least 1");
        }
        AbuseRun.Report report;
        try {
            report = AbuseRun.run(new AbuseRun.Options(samples, articles, Duration.ofSeconds(timeoutSeconds), work),
                    line -> System.err.println("abuse: " + line));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        report.lines().forEach(System.out::println);
        System.out.println(report.passed() ? "every aim met" : "some aims missed (lines marked FAIL)");
        return report.passed() ? 0 : Failures.INTERNAL;
    }
}
