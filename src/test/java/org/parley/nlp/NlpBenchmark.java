package org.parley.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        while (batch.size() < 200) {
            batch.addAll(texts);
        }
        List<String> slow = batch.subList(0, Math.min(batch.size(), 40)); // FULL is slow: a fifth of the batch
        OpenNlpTextAnalyzer fast = new OpenNlpTextAnalyzer(Profile.FAST);
        OpenNlpTextAnalyzer full = new OpenNlpTextAnalyzer(Profile.FULL);
        Map<String, Double> best = new TreeMap<>();
        // runs interleaved, best of ROUNDS after one warm-up round: robust to other load on the machine
        for (int round = 0; round <= ROUNDS; round++) {
            for (int threads = 1; threads <= 2; threads++) {
                final int t = threads;
                List<String> b = round == 0 ? slow : batch;
                record(best, round, "floor", t, () -> OpenNlpFloor.tokensTagged(b, t));
                record(best, round, "FAST", t, () -> analyzed(fast, b, t));
                record(best, round, "FULL", t, () -> analyzed(full, slow, t));
            }
        }
        best.forEach((k, v) -> System.out.printf("%-16s best tokens/s=%.0f%n", k, v));
        for (int t = 1; t <= 2; t++) {
            double floor = best.get("floor threads=" + t);
            System.out.printf("threads=%d FAST/floor=%.2f FULL/floor=%.2f%n", t, best.get("FAST threads=" + t) / floor,
                    best.get("FULL threads=" + t) / floor);
        }
    }

    private static final int ROUNDS = 3;

    private interface Run {
        long tokens() throws Exception;
    }

    private static void record(Map<String, Double> best, int round, String what, int threads, Run run)
            throws Exception {
        long start = System.nanoTime();
        long tokens = run.tokens();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (round > 0) {
            String key = what + " threads=" + threads;
            System.out.printf("%-16s tokens=%d seconds=%.2f tokens/s=%.0f%n", key, tokens, seconds, tokens / seconds);
            best.merge(key, tokens / seconds, Math::max);
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
