package org.parley.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenNLP models, read once from the classpath jars and shared by all threads.
 * Each model loads lazily on first use (class-holder idiom: thread-safe without locks); models are immutable.
 */
public final class OpenNlpModels {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.nlp");

    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    static final String CHUNKER = "en-chunker.bin";
    static final String LANGDETECT = "langdetect-183.bin";

    private OpenNlpModels() {
    }

    /** Names and versions of the models, for provenance (which artifact, which file). */
    public static List<String> describe() {
        return List.of(
                "org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0/" + SENTENCE + " (UD English EWT)",
                "org.apache.opennlp:opennlp-models-tokenizer-en:1.3.0/" + TOKENS + " (UD English EWT)",
                "org.apache.opennlp:opennlp-models-pos-en:1.3.0/" + POS + " (UD English EWT, UPOS refined to Penn by rules)",
                "org.apache.opennlp:opennlp-models-lemmatizer-en:1.3.0/" + LEMMAS + " (UD English EWT, FULL profile)",
                "edu.washington.cs.knowitall:opennlp-chunk-models:1.5/" + CHUNKER + " (OpenNLP 1.5 chunker, FULL profile)",
                "org.apache.opennlp:opennlp-models-langdetect:1.3.0/" + LANGDETECT + " (103 languages, ISO 639-3)",
                "opennlp-tools " + opennlpVersion());
    }

    /**
     * Loads now, on the calling thread, the models an analyzer of {@code profile} reads (sentences, tokens, POS; with
     * {@link OpenNlpTextAnalyzer.Profile#FULL} also lemmas and chunks), so that another thread can load them while the
     * caller does other work.
     */
    public static void load(OpenNlpTextAnalyzer.Profile profile) {
        sentence();
        tokens();
        pos();
        if (profile == OpenNlpTextAnalyzer.Profile.FULL) {
            lemmas();
            chunker();
        }
    }

    static SentenceModel sentence() {
        return SentenceHolder.MODEL;
    }

    static TokenizerModel tokens() {
        return TokenHolder.MODEL;
    }

    static POSModel pos() {
        return PosHolder.MODEL;
    }

    static LemmatizerModel lemmas() {
        return LemmaHolder.MODEL;
    }

    static ChunkerModel chunker() {
        return ChunkerHolder.MODEL;
    }

    static LanguageDetectorModel languages() {
        return LanguageHolder.MODEL;
    }

    private static String opennlpVersion() {
        String v = opennlp.tools.util.Version.currentVersion().toString();
        return v == null ? "unknown" : v;
    }

    @FunctionalInterface
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        long start = System.nanoTime();
        try (InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + resource
                        + ": model not found; expected its Maven model jar on the classpath");
            }
            M model = reader.read(in);
            LOG.debug("loaded model {} in {} ms", resource, (System.nanoTime() - start) / 1_000_000);
            return model;
        } catch (IOException e) {
            throw new IllegalStateException("classpath:" + resource + ": cannot read model: " + e.getMessage(), e);
        }
    }

    private static final class SentenceHolder {
        static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
    }

    private static final class TokenHolder {
        static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
    }

    private static final class PosHolder {
        static final POSModel MODEL = load(POS, POSModel::new);
    }

    private static final class LemmaHolder {
        static final LemmatizerModel MODEL = load(LEMMAS, LemmatizerModel::new);
    }

    private static final class ChunkerHolder {
        static final ChunkerModel MODEL = load(CHUNKER, ChunkerModel::new);
    }

    private static final class LanguageHolder {
        static final LanguageDetectorModel MODEL = load(LANGDETECT, LanguageDetectorModel::new);
    }
}
