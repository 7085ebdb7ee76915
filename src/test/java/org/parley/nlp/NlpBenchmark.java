package org.parley.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parley.nlp.OpenNlpTextAnalyzer.Profile;

/**
 * Times the analyzer's profiles beside the bare OpenNLP floor (sentences + tokens + POS), in tokens per second,
 * on 1 and 2 threads. Run by hand, not a test: {@code NlpBenchmark FILE.txt... } (each file is one text).
 */
public final class NlpBenchmark {

    private NlpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        for (String a : args) {
            texts.add(Files.readString(Path.of(a)));
        }
        if (texts.isEmpty()) {
            System.err.println("usage: NlpBenchmark FILE.txt...");
            System.exit(2);
        }
        List<String> batch = new ArrayList<>();
        while (batch.size() < 400) {
            batch.addAll(texts);
        }
        OpenNlpTextAnalyzer fast = new OpenNlpTextAnalyzer(Profile.FAST);
        OpenNlpTextAnalyzer full = new OpenNlpTextAnalyzer(Profile.FULL);
        // round 0 warms up the JIT on a quarter of the batch and is not printed
        for (int round = 0; round < 3; round++) {
            for (int threads = 1; threads <= 2; threads++) {
                final int t = threads;
                List<String> b = round == 0 ? batch.subList(0, 100) : batch;
                List<String> slow = batch.subList(0, 100); // FULL is slow: a quarter of the batch
                time(round, "floor", t, () -> OpenNlpFloor.tokensTagged(b, t));
                time(round, "FAST", t, () -> analyzed(fast, b, t));
                time(round, "FULL", t, () -> analyzed(full, slow, t));
            }
        }
    }

    private interface Run {
        long tokens() throws Exception;
    }

    private static void time(int round, String what, int threads, Run run) throws Exception {
        long start = System.nanoTime();
        long tokens = run.tokens();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (round > 0) {
            System.out.printf("%-5s threads=%d tokens=%d seconds=%.2f tokens/s=%.0f%n", what, threads, tokens,
                    seconds, tokens / seconds);
        }
    }

    private static long analyzed(OpenNlpTextAnalyzer analyzer, List<String> texts, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String text : texts) {
                results.add(pool.submit(() -> analyzer.analyze(text).tokenCount()));
            }
            long n = 0;
            for (Future<Integer> f : results) {
                n += f.get();
            }
            return n;
        } finally {
            pool.shutdown();
        }
    }
}
