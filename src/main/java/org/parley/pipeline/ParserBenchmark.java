package org.parley.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.parley.core.Article;
import org.parley.core.Sentence;
import org.parley.core.Token;
import org.parley.ingest.ArticleFiles;
import org.parley.nlp.KeyRelations;
import org.parley.nlp.Nlp4jDependencyParser;
import org.parley.nlp.OpenNlpConstituencyParser;
import org.parley.nlp.OpenNlpTextAnalyzer;
import org.parley.nlp.ParserEvaluator;
import org.parley.nlp.SentenceParser;

/**
 * The parser bake-off: each parser's load time, live heap after loading, sentences/s and tokens/s on 1 and 2
 * threads over the same sentences (the key-relation set, repeated), its key-relation accuracy, and, over folders
 * of articles, the milliseconds per article when only the sentences with a trigger word are parsed.
 */
public final class ParserBenchmark {

    static final String TRIGGERS = "org/parley/pipeline/parser-bench-triggers.txt";

    /**
     * @param rounds how many times the key sentences are parsed for each speed figure
     * @param texts  folders whose {@code .txt} articles are timed (missing ones are skipped)
     */
    public record Options(int rounds, List<Path> texts) {

        public Options {
            texts = List.copyOf(texts);
        }
    }

    /** The figures of one parser. */
    public record Figures(String parser, double loadSeconds, double loadCpuSeconds, long heapBytes,
                          double sentencesPerSecond1, double tokensPerSecond1, double sentencesPerSecond2,
                          double tokensPerSecond2, double tokensPerCpuSecond, ParserEvaluator.Score score,
                          double msPerArticle, double cpuMsPerArticle) {
    }

    private ParserBenchmark() {
    }

    /** Runs the bake-off and returns the report's lines. */
    public static List<String> run(Options o, Consumer<String> progress) {
        progress.accept("analyzing the key sentences and the articles");
        OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer();
        ParserEvaluator evaluator = new ParserEvaluator(KeyRelations.bundled(), analyzer);
        List<List<Token>> keySentences = evaluator.sentences();
        List<Path> folders = o.texts().stream().filter(Files::isDirectory).toList();
        List<List<List<Token>>> articles = triggerSentences(folders, analyzer);
        Map<String, Supplier<SentenceParser>> parsers = new LinkedHashMap<>();
        parsers.put("NLP4J", Nlp4jDependencyParser::new);
        parsers.put("OpenNLP", OpenNlpConstituencyParser::new);
        List<Figures> figures = new ArrayList<>();
        for (Map.Entry<String, Supplier<SentenceParser>> p : parsers.entrySet()) {
            progress.accept("loading and timing " + p.getKey());
            figures.add(measure(p.getKey(), p.getValue(), evaluator, keySentences, articles, o.rounds()));
        }
        return ParserBenchmarkReport.lines(figures, keySentences, o.rounds(), folders, articles);
    }

    private static Figures measure(String name, Supplier<SentenceParser> factory, ParserEvaluator evaluator,
                                   List<List<Token>> sentences, List<List<List<Token>>> articles, int rounds) {
        long heapBefore = liveHeap();
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        SentenceParser parser = factory.get();
        double load = (System.nanoTime() - start) / 1e9;
        double loadCpu = (processCpuNanos() - cpu) / 1e9;
        long heap = liveHeap() - heapBefore;
        ParserEvaluator.Score score = evaluator.score(parser);
        List<List<Token>> repeated = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            repeated.addAll(sentences);
        }
        long tokens = repeated.stream().mapToLong(List::size).sum();
        seconds(parser, repeated, 2);
        cpu = processCpuNanos();
        double one = seconds(parser, repeated, 1);
        double oneCpu = (processCpuNanos() - cpu) / 1e9;
        double two = seconds(parser, repeated, 2);
        double articleSeconds = 0;
        cpu = processCpuNanos();
        for (List<List<Token>> article : articles) {
            articleSeconds += seconds(parser, article, 1);
        }
        double articleCpu = (processCpuNanos() - cpu) / 1e9;
        double perArticle = articles.isEmpty() ? Double.NaN : 1000.0 / articles.size();
        return new Figures(name, load, loadCpu, heap, repeated.size() / one, tokens / one, repeated.size() / two,
                tokens / two, tokens / oneCpu, score, articleSeconds * perArticle, articleCpu * perArticle);
    }

    /** CPU time of this process, all threads (collector included), so that other load on the machine does not count. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Wall-clock seconds to parse {@code sentences} on a pool of {@code threads}. */
    private static double seconds(SentenceParser parser, List<List<Token>> sentences, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>(sentences.size());
            for (List<Token> s : sentences) {
                done.add(pool.submit(() -> parser.parse(s)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("parser benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parser failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** For each article of the folders' {@code .txt} files, its sentences that hold a trigger lemma. */
    static List<List<List<Token>>> triggerSentences(List<Path> folders, OpenNlpTextAnalyzer analyzer) {
        Set<String> triggers = triggerLemmas();
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (folder.toString().contains("heldout")) {
                throw new IllegalArgumentException(folder + ": held-out texts are never read");
            }
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new IllegalArgumentException(folder + ": cannot list: " + e.getMessage(), e);
            }
        }
        List<Article> read = new ArrayList<>();
        ArticleFiles.read(files, read::add, problem -> { });
        List<List<List<Token>>> out = new ArrayList<>();
        for (Article a : read) {
            List<List<Token>> chosen = new ArrayList<>();
            for (Sentence s : analyzer.analyze(a.body()).sentences()) {
                if (s.tokens().stream().anyMatch(t -> triggers.contains(t.lemma()))) {
                    chosen.add(s.tokens());
                }
            }
            out.add(chosen);
        }
        return out;
    }

    private static Set<String> triggerLemmas() {
        try (InputStream in = ParserBenchmark.class.getClassLoader().getResourceAsStream(TRIGGERS)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + TRIGGERS + ": not found");
            }
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.addAll(Arrays.asList(line.strip().toLowerCase(Locale.ROOT).split("\\s+")));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("classpath:" + TRIGGERS + ": " + e.getMessage(), e);
        }
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
