package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenNlpLanguageDetectorTest {

    private final OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector();

    @Test
    void recognizesEnglish() {
        LanguageDetector.Guess g = detector.detect("The foreign minister said on Tuesday that the government would "
                + "not accept any proposal that left the northern province under the control of the rebels.");
        assertEquals("eng", g.iso639_3());
        assertTrue(g.confidence() > 0 && g.confidence() <= 1, "confidence " + g.confidence());
    }

    @Test
    void recognizesFrenchAndGerman() {
        assertEquals("fra", detector.detect("Le ministre des affaires étrangères a déclaré mardi que le gouvernement "
                + "n'accepterait aucune proposition qui laisserait la province du nord aux mains des rebelles.").iso639_3());
        assertEquals("deu", detector.detect("Der Außenminister sagte am Dienstag, die Regierung werde keinen "
                + "Vorschlag annehmen, der die nördliche Provinz unter der Kontrolle der Rebellen lasse.").iso639_3());
    }

    @Test
    void textWithoutLettersIsUndetermined() {
        assertEquals(OpenNlpLanguageDetector.UNDETERMINED, detector.detect("  12, 34 -- ").iso639_3());
    }

    @Test
    void longTextsAreJudgedOnTheirOpeningWithoutSplittingAWord() {
        String para = "The envoy said the talks on the border would resume next week in the capital. ";
        String text = para.repeat(60);
        String sample = OpenNlpLanguageDetector.sample(text);
        assertTrue(sample.length() <= OpenNlpLanguageDetector.SAMPLE_CHARS, "length " + sample.length());
        assertTrue(text.startsWith(sample));
        assertEquals(' ', text.charAt(sample.length()), "cut at a space");
        assertEquals("eng", new OpenNlpLanguageDetector().detect(text).iso639_3());
    }
}
