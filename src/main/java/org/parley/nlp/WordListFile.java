package org.parley.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A resource file of named word lists ({@code [name]} lines, then words), loaded once; immutable. Three are bundled:
 * {@code penn-dependency-words.txt} (auxiliaries, copulas, negations, adverbial-clause markers, temporal nouns,
 * preconjunctions: the Penn converter's), {@code tag-repair-words.txt} (the words {@link SubjunctiveTags} reads) and
 * {@code english-function-words.txt} ({@link EnglishFirstLanguageDetector}'s).
 */
final class WordListFile {

    private static final WordListFile PENN = load("org/parley/nlp/penn-dependency-words.txt");
    private static final WordListFile TAG_REPAIRS = load("org/parley/nlp/tag-repair-words.txt");
    private static final WordListFile LANGUAGE = load("org/parley/nlp/english-function-words.txt");

    private final String resource;
    private final Map<String, Set<String>> lists;

    private WordListFile(String resource, Map<String, Set<String>> lists) {
        this.resource = resource;
        this.lists = Map.copyOf(lists);
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

    /** Whether {@code word} (any case) is in the list {@code name}; fails for a list the file does not have. */
    boolean contains(String name, String word) {
        Set<String> list = lists.get(name);
        if (list == null) {
            throw new IllegalArgumentException(resource + ": no list [" + name + "]");
        }
        return list.contains(word.toLowerCase(Locale.ROOT));
    }

    private static WordListFile load(String resource) {
        Sections sections = new Sections(resource);
        ClasspathLines.read(resource, sections);
        sections.lists.replaceAll((k, v) -> Set.copyOf(v));
        return new WordListFile(resource, sections.lists);
    }

    /** The lists of a file as its lines are read: a {@code [name]} line opens one, the words after it fill it. */
    private static final class Sections implements ClasspathLines.LineReader {

        private final String resource;
        private final Map<String, Set<String>> lists = new HashMap<>();
        private Set<String> current;

        Sections(String resource) {
            this.resource = resource;
        }

        @Override
        public void line(int lineNo, String l) {
            if (l.startsWith("[") && l.endsWith("]")) {
                current = new HashSet<>();
                lists.put(l.substring(1, l.length() - 1), current);
            } else if (current == null) {
                throw new IllegalStateException(resource + ":" + lineNo + ": words before the first [list]");
            } else {
                current.addAll(java.util.Arrays.asList(l.toLowerCase(Locale.ROOT).split("\\s+")));
            }
        }
    }
}
