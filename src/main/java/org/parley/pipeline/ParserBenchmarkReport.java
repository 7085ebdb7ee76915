package org.parley.pipeline;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.core.Token;

/** Formats the parser bake-off's figures as the lines {@code parley bench --parsers} prints. */
final class ParserBenchmarkReport {

    private ParserBenchmarkReport() {
    }

    static List<String> lines(List<ParserBenchmark.Figures> figures, List<List<Token>> keySentences, int rounds,
                              List<Path> folders, List<List<List<Token>>> articles) {
        List<String> out = new ArrayList<>();
        long tokens = keySentences.stream().mapToLong(List::size).sum();
        out.add(String.format(Locale.ROOT, "parser bake-off: %d cores, Java %s, max heap %d MB",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20));
        out.add(String.format(Locale.ROOT, "speed over the %d key sentences (%d tokens) x %d rounds; accuracy on"
                + " their %d key relations (labeled = right head and label, attached = right head)",
                keySentences.size(), tokens, rounds, figures.get(0).score().relations()));
        out.add(String.format(Locale.ROOT, "%-8s %6s %7s %7s %8s %7s %8s %7s %9s %7s %7s %8s %7s", "parser",
                "load s", "load cpu", "heap MB", "sent/s 1", "tok/s 1", "sent/s 2", "tok/s 2", "tok/cpu-s", "labeled",
                "attached", "ms/art", "cpu ms"));
        for (ParserBenchmark.Figures f : figures) {
            out.add(String.format(Locale.ROOT, "%-8s %6.1f %7.1f %7d %8.0f %7.0f %8.0f %7.0f %9.0f %7.3f %7.3f %8s %7s",
                    f.parser(), f.loadSeconds(), f.loadCpuSeconds(), f.heapBytes() >> 20, f.sentencesPerSecond1(),
                    f.tokensPerSecond1(), f.sentencesPerSecond2(), f.tokensPerSecond2(), f.tokensPerCpuSecond(),
                    f.score().labeledAccuracy(), f.score().attachmentAccuracy(), oneDecimal(f.msPerArticle()),
                    oneDecimal(f.cpuMsPerArticle())));
        }
        out.add(String.format(Locale.ROOT, "system load average now %.1f on %d cores (wall-clock figures count other"
                + " processes' load; cpu figures are this process's CPU time, collector included)",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        if (articles.isEmpty()) {
            out.add("ms/article: no article folder found (--texts); not timed");
        } else {
            int sentences = articles.stream().mapToInt(List::size).sum();
            out.add(String.format(Locale.ROOT, "ms/article: %d articles of %s, %d sentences with a trigger word"
                    + " (%.1f an article) parsed on 1 thread", articles.size(), folders, sentences,
                    (double) sentences / articles.size()));
        }
        if (figures.size() == 2) {
            ParserBenchmark.Figures a = figures.get(0);
            ParserBenchmark.Figures b = figures.get(1);
            out.add(String.format(Locale.ROOT, "%s / %s: speed %.1fx (1 thread), %.1fx (2 threads), %.1fx (CPU);"
                    + " heap %.2fx; load CPU %.2fx; labeled errors %d vs %d", a.parser(), b.parser(),
                    a.sentencesPerSecond1() / b.sentencesPerSecond1(),
                    a.sentencesPerSecond2() / b.sentencesPerSecond2(), a.tokensPerCpuSecond() / b.tokensPerCpuSecond(),
                    (double) a.heapBytes() / b.heapBytes(), a.loadCpuSeconds() / b.loadCpuSeconds(),
                    a.score().relations() - a.score().labeled(), b.score().relations() - b.score().labeled()));
        }
        return out;
    }

    private static String oneDecimal(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
