package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * The benchmark floor: bare OpenNLP sentences, tokens and POS tags, nothing else, with the same models
 * as {@link OpenNlpTextAnalyzer}, so a benchmark can time the full analysis beside what every article must pay.
 */
public final class OpenNlpFloor {

    private OpenNlpFloor() {
    }

    /** Splits, tokenizes and tags {@code texts} on a fixed pool of {@code threads}; returns the number of tokens. */
    public static long tokensTagged(List<String> texts, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        ThreadLocal<Object[]> decoders = ThreadLocal.withInitial(() -> new Object[] {
            new SentenceDetectorME(OpenNlpModels.sentence()),
            new TokenizerME(OpenNlpModels.tokens()),
            new POSTaggerME(OpenNlpModels.pos(), POSTagFormat.UD)});
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> results = new ArrayList<>(texts.size());
            for (String text : texts) {
                results.add(pool.submit(() -> tagged(text, decoders.get())));
            }
            long tokens = 0;
            for (Future<Long> f : results) {
                tokens += f.get();
            }
            return tokens;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("OpenNlpFloor: interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("OpenNlpFloor: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static long tagged(String text, Object[] d) {
        SentenceDetectorME sentences = (SentenceDetectorME) d[0];
        TokenizerME tokenizer = (TokenizerME) d[1];
        POSTaggerME tagger = (POSTaggerME) d[2];
        long n = 0;
        for (Span s : sentences.sentPosDetect(text)) {
            String sentence = text.substring(s.getStart(), s.getEnd());
            String[] tokens = Span.spansToStrings(tokenizer.tokenizePos(sentence), sentence);
            n += tagger.tag(tokens).length;
        }
        return n;
    }
}
