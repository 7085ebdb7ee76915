package org.parley.nlp;

/** Guesses the language of a text. Thread-safe. */
public interface LanguageDetector {

    /** @param iso639_3 ISO 639-3 code ({@code eng}); @param confidence 0..1 */
    record Guess(String iso639_3, double confidence) {}

    Guess detect(String text);
}
