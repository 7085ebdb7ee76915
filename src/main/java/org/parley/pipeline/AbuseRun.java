package org.parley.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.core.Article;
import org.parley.core.InputProblem;
import org.parley.ingest.ArticleFiles;
import org.parley.serve.ArticleIntake;
import org.parley.serve.ParleyClient;
import org.parley.serve.PasswordFile;
import org.parley.serve.ServingLimits;

/**
 * The abuse run: {@code parley serve} in a JVM of its own (1 GiB heap) over a store of the samples, attacked in turn
 * by runaway counting, sorting and grouping queries, hung SERVICE calls, a SERVICE call to an endpoint not allowed,
 * slow clients, and readers querying while copies of the samples go in through the write endpoint; a probe times a
 * small query all along. Each figure is checked against its aim.
 */
public final class AbuseRun {

    /**
     * @param samples   folder of sample articles to load and copy
     * @param articles  articles to send through the write endpoint while readers query
     * @param timeLimit the server's query time limit
     * @param work      folder for the store and the server's log (emptied first)
     */
    public record Options(Path samples, int articles, Duration timeLimit, Path work) {
    }

    /** The figures, one line each, and whether every aim was met. */
    public record Report(List<String> lines, boolean passed) {
    }

    private static final int RUNAWAYS_EACH = 2;
    private static final int HUNG_CALLS = 24;
    private static final int SLOW_CLIENTS = 40;
    private static final int READERS = 16;
    private static final int UPLOAD_BATCH = 50;
    private static final long PROBE_PERIOD_MILLIS = 100;
    private static final long GRACE_MILLIS = 5_000;
    private static final long PROBE_P99_AIM_MILLIS = 1_000;

    private final List<String> lines = new ArrayList<>();
    private boolean passed = true;

    private AbuseRun() {
    }

    public static Report run(Options o, Consumer<String> progress) throws IOException, InterruptedException {
        AbuseRun run = new AbuseRun();
        run.attack(o, progress);
        return new Report(List.copyOf(run.lines), run.passed);
    }

    private void attack(Options o, Consumer<String> progress) throws IOException, InterruptedException {
        List<Article> samples = readSamples(o.samples());
        Path work = emptied(o.work());
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        char[] password = HexFormat.of().formatHex(secret).toCharArray();
        Path passwords = work.resolve("writers.pw");
        PasswordFile.empty().withUser("abuse", password).write(passwords);
        RemoteIngestion.Writer writer = new RemoteIngestion.Writer("abuse", password);
        long limit = o.timeLimit().toMillis();
        try (AbuseScenarios.HungEndpoint hung = new AbuseScenarios.HungEndpoint();
             ServerProcess server = ServerProcess.start("1g", List.of("--store", work.resolve("store").toString(),
                     "--port", "0", "--timeout", Long.toString(o.timeLimit().toSeconds()), "--password-file",
                     passwords.toString(), "--allow-service", hung.url()), work.resolve("server.log"))) {
            ParleyClient client = new ParleyClient(URI.create(server.baseUrl()));
            progress.accept("server " + server.pid() + " at " + server.baseUrl() + "; loading the samples through the write endpoint");
            ArticleIntake.Report loaded = RemoteIngestion.run(List.of(o.samples()), client, writer, line -> { });
            lines.add(String.format("store: %d sample articles sent through the write endpoint (%s); server: -Xmx1g,"
                    + " query time limit %d s; machine: %d cores, load average %.1f at the start", loaded.stored(),
                    loaded.summary(), o.timeLimit().toSeconds(), Runtime.getRuntime().availableProcessors(), loadAverage()));
            AbuseScenarios http = new AbuseScenarios(server.baseUrl());
            try (AbuseScenarios.Probe probe = http.new Probe(PROBE_PERIOD_MILLIS)) {
                probe.phase("runaway queries");
                progress.accept("runaway queries");
                runaways(http, limit);
                probe.phase("hung SERVICE calls");
                progress.accept("hung SERVICE calls");
                services(http, hung, limit);
                probe.phase("slow clients");
                progress.accept("slow clients");
                slowClients(http);
                probe.phase("writes under reads");
                progress.accept(o.articles() + " articles through the write endpoint under " + READERS + " readers");
                writesUnderReads(http, client, writer, samples, o.articles());
                probe.close();
                probe(probe);
            }
            check(server.isAlive(), String.format("server still up after the run (process %d); load average %.1f at the end",
                    server.pid(), loadAverage()));
            lines.add("server stopped with exit code " + server.stop() + " (143: ended by SIGTERM, as by Ctrl-C)");
        }
    }

    private void runaways(AbuseScenarios http, long limit) {
        List<String> names = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        for (String kind : List.of("runaway-count", "runaway-sort", "runaway-group")) {
            for (int i = 0; i < RUNAWAYS_EACH; i++) {
                names.add(kind);
                queries.add(AbuseScenarios.query(kind));
            }
        }
        List<AbuseScenarios.Outcome> outcomes = http.together(names, queries);
        boolean ok = outcomes.stream().allMatch(x -> x.status() == 503 && x.millis() <= limit + GRACE_MILLIS);
        check(ok, String.format("runaway queries (%d counting, %d sorting, %d grouping, together): answered %s after %s s"
                        + " (aim: all stopped with 503 within the limit + 5 s = %.0f s)", RUNAWAYS_EACH, RUNAWAYS_EACH,
                RUNAWAYS_EACH, statuses(outcomes), seconds(outcomes), (limit + GRACE_MILLIS) / 1e3));
    }

    private void services(AbuseScenarios http, AbuseScenarios.HungEndpoint hung, long limit) {
        List<AbuseScenarios.Outcome> calls = http.serviceCalls(hung.url(), HUNG_CALLS);
        boolean ok = calls.stream().allMatch(x -> (x.status() == 504 || x.status() == 503) && x.millis() <= limit + GRACE_MILLIS
                && AbuseScenarios.firstLine(x.body()).length() < 200);
        check(ok, String.format("%d SERVICE calls to a socket that never answers, together: answered %s after %s s,"
                        + " %d connections made (aim: all ended within the limit + 5 s, short errors)", HUNG_CALLS,
                statuses(calls), seconds(calls), hung.connections.get()));
        int before = hung.connections.get();
        String elsewhere = "http://127.0.0.1:9/sparql";
        AbuseScenarios.Outcome denied = http.serviceCalls(elsewhere, 1).get(0);
        check(denied.status() == 422 && hung.connections.get() == before, String.format("SERVICE to an endpoint not allowed:"
                + " %d in %d ms: \"%s\"", denied.status(), denied.millis(), AbuseScenarios.firstLine(denied.body())));
    }

    private void slowClients(AbuseScenarios http) {
        long deadline = ServingLimits.defaults().bodyReadTimeout().toMillis();
        List<AbuseScenarios.Outcome> slow = http.slowClients(SLOW_CLIENTS);
        boolean ok = slow.stream().allMatch(x -> (x.status() == 408 || x.status() == -1) && x.millis() <= deadline + GRACE_MILLIS);
        check(ok, String.format("%d slow clients (a query body at one byte a second): answered %s after %s s"
                + " (aim: cut off at the body deadline of %d s, holding no thread meanwhile)", SLOW_CLIENTS,
                statuses(slow), seconds(slow), deadline / 1000));
    }

    private void writesUnderReads(AbuseScenarios http, ParleyClient client, RemoteIngestion.Writer writer,
                                  List<Article> samples, int articles) throws IOException, InterruptedException {
        WriteUnderReads.Result r = new WriteUnderReads(http).run(client, writer, samples, articles, UPLOAD_BATCH, READERS);
        boolean whole = r.stored() == r.sent() && r.skipped().isEmpty()
                && r.articleGraphsAtEnd() == r.articleGraphsAtStart() + r.sent();
        check(whole, String.format("write endpoint: %d articles in %d uploads of %d, %.0f s (%.1f articles/s): %d stored,"
                        + " %d skipped; article graphs %d before, %d after (aim: none lost)", r.sent(), r.uploads(),
                UPLOAD_BATCH, r.seconds(), r.sent() / r.seconds(), r.stored(), r.skipped().size(),
                r.articleGraphsAtStart(), r.articleGraphsAtEnd()));
        check(r.halfVisible() == 0 && r.reads().failures().isEmpty(), String.format("%d readers meanwhile: %s;"
                + " %d article graphs checked, %d ever seen half-written (aim: none, and no failed read)", READERS,
                r.reads().describe(), r.graphsChecked(), r.halfVisible()));
    }

    private void probe(AbuseScenarios.Probe probe) {
        for (Map.Entry<String, Latencies> e : probe.byPhase.entrySet()) {
            lines.add("  probe during " + e.getKey() + ": " + e.getValue().describe());
        }
        Latencies all = probe.all;
        check(all.failures().isEmpty() && all.percentile(99) < PROBE_P99_AIM_MILLIS, "probe query (a label lookup every "
                + PROBE_PERIOD_MILLIS + " ms) all through: " + all.describe() + " (aim: p99 under 1 s, none failed)"
                + (all.failures().isEmpty() ? "" : "; first failure: " + all.failures().get(0)));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void check(boolean ok, String line) {
        lines.add((ok ? "ok    " : "FAIL  ") + line);
        passed &= ok;
    }

    private static String statuses(List<AbuseScenarios.Outcome> outcomes) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        outcomes.forEach(x -> counts.merge(x.status(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(n + "x " + (status < 0 ? "closed" : status)));
        return String.join(", ", parts);
    }

    private static String seconds(List<AbuseScenarios.Outcome> outcomes) {
        long min = outcomes.stream().mapToLong(AbuseScenarios.Outcome::millis).min().orElse(0);
        long max = outcomes.stream().mapToLong(AbuseScenarios.Outcome::millis).max().orElse(0);
        return String.format("%.1f-%.1f", min / 1e3, max / 1e3);
    }

    private static List<Article> readSamples(Path folder) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        ArticleFiles.read(List.of(folder), articles::add, problems::add);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(folder + ": no sample articles to copy"
                    + (problems.isEmpty() ? "" : " (" + problems.get(0) + ")"));
        }
        return articles;
    }

    private static Path emptied(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
