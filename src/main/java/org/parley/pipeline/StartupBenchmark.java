package org.parley.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Start-up as a user meets it: {@code parley query} of the regions ranking on a small store, and {@code parley ingest} of
 * one new article into it, each a JVM of its own started by the launcher script ({@code ./parley}, with the class-data
 * archives and JVM options it gives each command), one untimed run each, then timed ones. The store holds the sample
 * articles but the last plain-text one, which is the article ingested, each time into a fresh copy of the store (so
 * every run adds a new article and none replaces one). CPU time is the child's, user and system, as Linux counts it
 * for a finished child ({@code /proc/self/stat}); elsewhere it is not given.
 */
public final class StartupBenchmark {

    /** Linux counts children's CPU time in clock ticks of 1/100 s (USER_HZ, the same on every architecture). */
    private static final double TICKS_PER_SECOND = 100;

    /**
     * One command's start-up.
     *
     * @param command     what was run, as a user types it
     * @param wallSeconds each timed run's wall clock
     * @param cpuSeconds  each timed run's CPU time (user and system), empty when the platform does not tell
     * @param aimSeconds  the wall clock issue 12 aims at
     * @param loadAverage the system's load average (1 minute) after the runs: other processes' load slows the wall
     *                    clock, not the CPU figures
     */
    public record Result(String command, List<Double> wallSeconds, List<Double> cpuSeconds, double aimSeconds,
                         double loadAverage) {

        public Result {
            wallSeconds = List.copyOf(wallSeconds);
            cpuSeconds = List.copyOf(cpuSeconds);
        }

        String line() {
            String cpu = cpuSeconds.isEmpty() ? "CPU not known here"
                    : String.format("%.2f CPU s (%.2f to %.2f)", median(cpuSeconds), min(cpuSeconds), max(cpuSeconds));
            double wall = median(wallSeconds);
            return String.format("  %s: p50 %.2f s wall (%.2f to %.2f), %s; aim under %.1f s wall: %s", command, wall,
                    min(wallSeconds), max(wallSeconds), cpu, aimSeconds, wall < aimSeconds ? "met" : "not met");
        }
    }

    private final Path launcher;
    private final Path work;
    private final int runs;
    private final Consumer<String> progress;

    private StartupBenchmark(Path launcher, Path work, int runs, Consumer<String> progress) {
        this.launcher = launcher;
        this.work = work;
        this.runs = runs;
        this.progress = progress;
    }

    /** The launcher beside the jar or classes folder this code runs from ({@code ROOT/target/...}), when there is one. */
    static Path launcher() {
        try {
            Path code = Path.of(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = code.getParent() == null ? null : code.getParent().getParent();
            return root == null ? null : Files.isRegularFile(root.resolve("parley")) ? root.resolve("parley") : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }

    /**
     * Times the two commands {@code runs} times each, in folders under {@code work}.
     *
     * @throws IOException when a run fails (its stderr is in {@code work})
     */
    static List<Result> run(Path launcher, Path samples, Path work, int runs, Consumer<String> progress)
            throws IOException, InterruptedException {
        return new StartupBenchmark(launcher, work, runs, progress).run(samples);
    }

    private List<Result> run(Path samples) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> list = Files.list(samples)) {
            files = list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        Path article = files.stream().filter(f -> f.toString().endsWith(".txt")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalArgumentException(samples + ": no .txt article to time an ingest with"));
        Path store = work.resolve("startup-store");
        Path copy = work.resolve("startup-copy");
        List<String> fill = new ArrayList<>(List.of("ingest", "--store", store.toString()));
        files.stream().filter(f -> !f.equals(article)).forEach(f -> fill.add(f.toString()));
        progress.accept("start-up: a store of the samples but " + article.getFileName() + ", through " + launcher);
        time(fill);
        List<String> query = List.of("query", "--store", store.toString(), "--format", "csv", "regions-ranked");
        List<String> ingest = List.of("ingest", "--store", copy.toString(), article.toString());
        List<Double> queryWall = new ArrayList<>();
        List<Double> queryCpu = new ArrayList<>();
        List<Double> ingestWall = new ArrayList<>();
        List<Double> ingestCpu = new ArrayList<>();
        for (int r = 0; r <= runs; r++) {
            progress.accept(r == 0 ? "start-up: one untimed run of each command" : "start-up: timed run " + r + " of " + runs);
            double[] q = time(query);
            copyStore(store, copy);
            double[] i = time(ingest);
            if (r > 0) {
                queryWall.add(q[0]);
                ingestWall.add(i[0]);
                if (q[1] >= 0 && i[1] >= 0) {
                    queryCpu.add(q[1]);
                    ingestCpu.add(i[1]);
                }
            }
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return List.of(new Result("parley query (regions-ranked, the store of " + (files.size() - 1) + " sample files)",
                        queryWall, queryCpu, 1.5, load),
                new Result("parley ingest of one article (" + article.getFileName() + ") into it", ingestWall, ingestCpu,
                        2.5, load));
    }

    /** Runs the launcher with {@code args}; returns wall seconds and CPU seconds (negative when not known). */
    private double[] time(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(args);
        Path log = work.resolve("startup-" + args.get(0) + ".log");
        double cpu0 = childrenCpuSeconds();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile()).start();
        int exit = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu1 = childrenCpuSeconds();
        if (exit != 0) {
            throw new IOException("parley " + String.join(" ", args) + " failed (exit " + exit + "); see " + log);
        }
        return new double[] {wall, cpu0 < 0 || cpu1 < 0 ? -1 : cpu1 - cpu0};
    }

    /** The CPU time of this process's finished children (fields cutime and cstime of /proc/self/stat), or -1. */
    static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND; // fields 16 and 17
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void copyStore(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> walk = Files.walk(to)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static double min(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
