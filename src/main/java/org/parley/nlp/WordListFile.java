package org.parley.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A resource file of named word lists ({@code [name]} lines, then words), loaded once; immutable. A list is read as
 * a set of words ({@link #contains}) or, for a table, as its lines split at spaces ({@link #rows}, {@link #pairs}).
 * Eight are bundled: {@code penn-dependency-words.txt} (auxiliaries, copulas, negations, adverbial-clause markers,
 * temporal nouns, preconjunctions: the Penn converter's), {@code tag-repair-words.txt} (the words
 * {@link SubjunctiveTags} reads), {@code english-function-words.txt} ({@link EnglishFirstLanguageDetector}'s),
 * {@code english-word-forms.txt} (irregular forms and spelling exceptions: {@link EnglishWords},
 * {@link EnglishLemmatizer}), {@code penn-tag-words.txt} (the closed-class words {@link PennTags} tags by form),
 * {@code sentence-boundary-words.txt} ({@link SentenceRules}' abbreviations and sentence openers),
 * {@code token-words.txt} ({@link TokenRules}' elisions and clitic endings) and {@code chunk-words.txt}
 * ({@link PatternChunker}'s subordinators and preposition-like verbs).
 */
final class WordListFile {

    private static final WordListFile PENN = load("org/parley/nlp/penn-dependency-words.txt");
    private static final WordListFile TAG_REPAIRS = load("org/parley/nlp/tag-repair-words.txt");
    private static final WordListFile LANGUAGE = load("org/parley/nlp/english-function-words.txt");
    private static final WordListFile WORD_FORMS = load("org/parley/nlp/english-word-forms.txt");
    private static final WordListFile TAG_WORDS = load("org/parley/nlp/penn-tag-words.txt");
    private static final WordListFile BOUNDARIES = load("org/parley/nlp/sentence-boundary-words.txt");
    private static final WordListFile TOKENS = load("org/parley/nlp/token-words.txt");
    private static final WordListFile CHUNKS = load("org/parley/nlp/chunk-words.txt");

    private final String resource;
    private final Map<String, Set<String>> lists;
    private final Map<String, List<String>> lines;

    private WordListFile(String resource, Map<String, Set<String>> lists, Map<String, List<String>> lines) {
        this.resource = resource;
        this.lists = Map.copyOf(lists);
        this.lines = Map.copyOf(lines);
    }

    /** The Penn-to-dependency converter's lists. */
    static WordListFile penn() {
        return PENN;
    }

    /** The lists of the POS tag repairs made before parsing. */
    static WordListFile tagRepairs() {
        return TAG_REPAIRS;
    }

    /** The English function words that tell a plainly English text without the language model. */
    static WordListFile languageWords() {
        return LANGUAGE;
    }

    /** Irregular forms and spelling exceptions of English words, for the lemmatizer and the tag refiner. */
    static WordListFile wordForms() {
        return WORD_FORMS;
    }

    /** The closed-class words the Penn tag refiner tags by their form. */
    static WordListFile tagWords() {
        return TAG_WORDS;
    }

    /** The abbreviations and sentence openers the sentence boundary repairs read. */
    static WordListFile sentenceBoundaries() {
        return BOUNDARIES;
    }

    /** The elisions and clitic endings the token repairs read. */
    static WordListFile tokenWords() {
        return TOKENS;
    }

    /** The subordinators and preposition-like verbs the pattern chunker reads. */
    static WordListFile chunkWords() {
        return CHUNKS;
    }

    /** Whether {@code word} (any case) is in the list {@code name}; fails for a list the file does not have. */
    boolean contains(String name, String word) {
        return list(name).contains(word.toLowerCase(Locale.ROOT));
    }

    /** The words of the list {@code name}, lower case; fails for a list the file does not have. */
    Set<String> list(String name) {
        Set<String> list = lists.get(name);
        if (list == null) {
            throw new IllegalArgumentException(resource + ": no list [" + name + "]");
        }
        return list;
    }

    /** The lines of the table {@code name} in file order, each split at spaces, case kept. */
    List<String[]> rows(String name) {
        list(name);
        return lines.get(name).stream().map(l -> l.split("\\s+")).toList();
    }

    /** The table {@code name} of two-word lines as a map from the first word to the second; fails on another line. */
    Map<String, String> pairs(String name) {
        Map<String, String> out = new HashMap<>();
        for (String[] row : rows(name)) {
            if (row.length != 2 || out.put(row[0], row[1]) != null) {
                throw new IllegalStateException(resource + ": [" + name + "]: not a pair, or a repeated key: "
                        + String.join(" ", row));
            }
        }
        return Map.copyOf(out);
    }

    private static WordListFile load(String resource) {
        Sections sections = new Sections(resource);
        ClasspathLines.read(resource, sections);
        sections.lists.replaceAll((k, v) -> Set.copyOf(v));
        sections.lines.replaceAll((k, v) -> List.copyOf(v));
        return new WordListFile(resource, sections.lists, sections.lines);
    }

    /** The lists of a file as its lines are read: a {@code [name]} line opens one, the words after it fill it. */
    private static final class Sections implements ClasspathLines.LineReader {

        private final String resource;
        private final Map<String, Set<String>> lists = new HashMap<>();
        private final Map<String, List<String>> lines = new HashMap<>();
        private Set<String> current;
        private List<String> currentLines;

        Sections(String resource) {
            this.resource = resource;
        }

        @Override
        public void line(int lineNo, String l) {
            if (l.startsWith("[") && l.endsWith("]")) {
                current = new HashSet<>();
                currentLines = new ArrayList<>();
                lists.put(l.substring(1, l.length() - 1), current);
                lines.put(l.substring(1, l.length() - 1), currentLines);
            } else if (current == null) {
                throw new IllegalStateException(resource + ":" + lineNo + ": words before the first [list]");
            } else {
                current.addAll(java.util.Arrays.asList(l.toLowerCase(Locale.ROOT).split("\\s+")));
                currentLines.add(l);
            }
        }
    }
}
