package org.parley.nlp;

import java.util.Objects;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Guesses a text's language with OpenNLP's language detector (103 languages, ISO 639-3 codes such as {@code eng}).
 * Thread-safe: the model is shared, the detector is per thread.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {

    /** The code returned for a text with no letters. */
    public static final String UNDETERMINED = "und";

    /**
     * How much of a text is looked at: the first few paragraphs decide the language as well as the whole
     * article does, at a fraction of the cost (the detector's n-gram count grows with the length).
     */
    static final int SAMPLE_CHARS = 1500;

    private final ThreadLocal<LanguageDetectorME> detectors =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(OpenNlpModels.languages()));

    /** Loads the model (once per JVM) and fails here if it is missing. */
    public OpenNlpLanguageDetector() {
        detectors.get();
    }

    /** @param text any text, not null; a text without letters gives {@code und} with confidence 0 */
    @Override
    public Guess detect(String text) {
        Objects.requireNonNull(text, "text");
        if (text.chars().noneMatch(Character::isLetter)) {
            return new Guess(UNDETERMINED, 0);
        }
        Language best = detectors.get().predictLanguage(sample(text));
        return new Guess(best.getLang(), Math.max(0, Math.min(1, best.getConfidence())));
    }

    /** The text up to {@link #SAMPLE_CHARS}, cut at a white space so no word is split. */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
    }
}
