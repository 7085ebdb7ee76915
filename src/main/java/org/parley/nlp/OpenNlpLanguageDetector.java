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
        Language best = detectors.get().predictLanguage(text);
        return new Guess(best.getLang(), Math.max(0, Math.min(1, best.getConfidence())));
    }
}
