package org.parley.nlp;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Says "English" without a language model when a text's opening is plainly English, and asks the model otherwise: in
 * the same bounded prefix the model reads ({@link OpenNlpLanguageDetector#sample}), at least {@link #MIN_WORDS} words
 * and at least {@link #MIN_SHARE} of them English function words ({@code english-function-words.txt}, none of them as
 * common in another language). English news prose has 23-39 % of such words (the 75 development texts), texts in other
 * languages under 5 % (the test's, written in six); a text in between (short, a list of names, mixed languages) goes to
 * the model. An English decision taken without the model has confidence 1. The model (1.4 CPU s to load) is loaded on
 * the first text that needs it, so an ingest of English articles never loads it. Checked against the model on every
 * development text and on texts in other languages ({@code EnglishFirstLanguageDetectorTest}). Thread-safe.
 */
public final class EnglishFirstLanguageDetector implements LanguageDetector {

    /** Fewer words than this in the opening leave the decision to the model. */
    static final int MIN_WORDS = 40;
    /** The share of function words among the opening's words from which a text is English. */
    static final double MIN_SHARE = 0.2;
    /** The confidence given with an English decision taken by the word test (the model is not asked). */
    static final double CONFIDENCE = 1.0;

    private static final WordListFile WORDS = WordListFile.languageWords();

    private final Supplier<LanguageDetector> model;
    private volatile LanguageDetector loaded;

    /** With OpenNLP's detector as the model, loaded on first need. */
    public EnglishFirstLanguageDetector() {
        this(OpenNlpLanguageDetector::new);
    }

    /** @param model creates the detector asked when the word test is inconclusive; called at most once */
    EnglishFirstLanguageDetector(Supplier<LanguageDetector> model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @Override
    public Guess detect(String text) {
        Objects.requireNonNull(text, "text");
        return isPlainlyEnglish(text) ? new Guess("eng", CONFIDENCE) : model().detect(text);
    }

    /** Whether the text's opening has enough words and enough English function words among them. */
    static boolean isPlainlyEnglish(String text) {
        Opening opening = Opening.of(text);
        return opening.words() >= MIN_WORDS && opening.functionWords() >= MIN_SHARE * opening.words();
    }

    /** The words of a text's opening (runs of letters) and how many of them are English function words. */
    record Opening(int words, int functionWords) {

        static Opening of(String text) {
            String sample = OpenNlpLanguageDetector.sample(text);
            int words = 0;
            int functionWords = 0;
            int i = 0;
            while (i < sample.length()) {
                if (!Character.isLetter(sample.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < sample.length() && Character.isLetter(sample.charAt(i))) {
                    i++;
                }
                words++;
                functionWords += WORDS.contains("function-words", sample.substring(start, i)) ? 1 : 0;
            }
            return new Opening(words, functionWords);
        }

        double share() {
            return words == 0 ? 0 : (double) functionWords / words;
        }
    }

    private LanguageDetector model() {
        LanguageDetector m = loaded;
        if (m == null) {
            synchronized (this) {
                m = loaded;
                if (m == null) {
                    m = Objects.requireNonNull(model.get(), "model");
                    loaded = m;
                }
            }
        }
        return m;
    }
}
