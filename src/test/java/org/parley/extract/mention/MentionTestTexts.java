package org.parley.extract.mention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.CatalogException;
import org.parley.catalog.CatalogReader;
import org.parley.core.AnalyzedText;
import org.parley.core.Article;
import org.parley.core.CharSpan;
import org.parley.core.Mention;
import org.parley.core.Sentence;
import org.parley.core.Token;

/**
 * Test fixtures: the small test catalog, and a crude hand-made analysis (sentences on end punctuation,
 * tokens on spaces and punctuation, capitalized words tagged NNP, a few verbs and function words tagged as such,
 * other words NN) that stands in for the OpenNLP analyzer.
 */
final class MentionTestTexts {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<![A-Z]\\.[A-Z]\\.)(?<!\\b(?:Mr|Ms|Mrs|Dr|Gen))[.!?][”\"]?\\s+");
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*\\.?|\\S");
    private static final Set<String> FUNCTION = Set.of("The", "A", "An", "In", "On", "At", "But", "After", "He",
            "She", "They", "It", "Its", "His", "Her", "Their", "This", "That", "We", "And", "Earlier", "Later");
    private static final Set<String> VERBS = Set.of("said", "says", "told", "rejected", "added", "warned",
            "met", "signed", "called", "wants", "insisted", "announced", "replied", "urged", "demanded");
    /** Function words and their tags, so that a rule reading the tag after a name sees no noun where none is. */
    private static final Map<String, String> FUNCTION_WORDS = Map.ofEntries(Map.entry("and", "CC"),
            Map.entry("or", "CC"), Map.entry("but", "CC"), Map.entry("the", "DT"), Map.entry("a", "DT"),
            Map.entry("an", "DT"), Map.entry("to", "TO"), Map.entry("of", "IN"), Map.entry("in", "IN"),
            Map.entry("on", "IN"), Map.entry("at", "IN"), Map.entry("for", "IN"), Map.entry("from", "IN"),
            Map.entry("with", "IN"), Map.entry("by", "IN"), Map.entry("must", "MD"), Map.entry("would", "MD"),
            Map.entry("will", "MD"), Map.entry("could", "MD"), Map.entry("should", "MD"), Map.entry("is", "VBZ"),
            Map.entry("was", "VBD"), Map.entry("were", "VBD"), Map.entry("be", "VB"), Map.entry("late", "RB"),
            Map.entry("early", "RB"), Map.entry("again", "RB"), Map.entry("also", "RB"), Map.entry("then", "RB"));

    private MentionTestTexts() {
    }

    /** The mention whose text is {@code s} (the n-th one when it repeats), or null. */
    static Mention mention(List<Mention> ms, String s, int nth) {
        int n = 0;
        for (Mention m : ms) {
            if (m.text().equals(s) && n++ == nth) {
                return m;
            }
        }
        return null;
    }

    /** The first mention whose text is {@code s}, or null. */
    static Mention mention(List<Mention> ms, String s) {
        return mention(ms, s, 0);
    }

    static Catalog catalog() {
        try (InputStream in = MentionTestTexts.class.getResourceAsStream("mention-catalog.tsv")) {
            return Catalog.of(CatalogReader.read("mention-catalog.tsv", in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The test catalog with the places of {@code place-catalog.tsv} (cue names, populations). */
    static Catalog catalogWithPlaces() {
        try (InputStream in = MentionTestTexts.class.getResourceAsStream("place-catalog.tsv")) {
            List<CatalogEntry> entries = new ArrayList<>(catalog().entries());
            entries.addAll(CatalogReader.read("place-catalog.tsv", in));
            return Catalog.of(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Article article(String body, LocalDate date) {
        return new Article(Article.identityOf(null, body), "test", "test", null, null, date, List.of(), null, body);
    }

    /** A crude analysis of {@code text}: good enough for capitalization-driven tests. */
    static AnalyzedText analyze(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        Matcher m = SENTENCE_END.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {start, m.end() - (m.group().length() - m.group().stripTrailing().length())});
            start = m.end();
        }
        if (start < text.length()) {
            spans.add(new int[] {start, text.stripTrailing().length()});
        }
        for (int[] s : spans) {
            List<Token> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(text.substring(s[0], s[1]));
            while (t.find()) {
                String w = t.group();
                String pos;
                if (!Character.isLetterOrDigit(w.charAt(0))) {
                    pos = w;
                } else if (Character.isUpperCase(w.charAt(0))) {
                    pos = tokens.isEmpty() && FUNCTION.contains(w) ? "DT" : "NNP";
                } else if (VERBS.contains(w)) {
                    pos = "VBD";
                } else if (FUNCTION_WORDS.containsKey(w)) {
                    pos = FUNCTION_WORDS.get(w);
                } else if (Character.isDigit(w.charAt(0))) {
                    pos = "CD";
                } else {
                    pos = "NN";
                }
                CharSpan span = new CharSpan(s[0] + t.start(), s[0] + t.end());
                tokens.add(new Token(span, w, pos, w.toLowerCase(), "O"));
            }
            sentences.add(new Sentence(sentences.size(), new CharSpan(s[0], s[1]), tokens));
        }
        return new AnalyzedText(text, sentences);
    }
}
