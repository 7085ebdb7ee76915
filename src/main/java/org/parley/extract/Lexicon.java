package org.parley.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists the extraction rules read (trigger verbs and nouns, modals, titles, group nouns, withdrawal
 * words, ...), each kept once as a resource file of {@code org/parley/extract/lexicon/}: UTF-8, one lower-case
 * entry per line (a word, a phrase of words separated by single spaces, or a mark of punctuation such as the colon
 * and the dashes after which items are listed), {@code #} lines are comments and the
 * first comment says what the list holds. {@code index.txt} names every list. Loading checks each entry's shape and
 * that no entry appears twice in a list; a bad file fails with {@code file:line: problem}. Immutable and
 * thread-safe; {@link #bundled()} loads once per JVM.
 *
 * <pre>{@code
 * WordList verbs = Lexicon.bundled().list("demand-verbs");
 * if (verbs.contains(lemma)) { ... }
 * }</pre>
 */
public final class Lexicon {

    private static final String FOLDER = "/org/parley/extract/lexicon/";
    /** A lower-case word or a phrase of words separated by single spaces, or a lone mark of punctuation (":"). */
    private static final Pattern ENTRY = Pattern.compile("[\\p{Ll}\\p{Nd}'’.\\-]+( [\\p{Ll}\\p{Nd}'’.\\-]+)*|\\p{P}+");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Map<String, WordList> lists;

    private Lexicon(Map<String, WordList> lists) {
        this.lists = Map.copyOf(lists);
    }

    private static final class Bundled {
        static final Lexicon INSTANCE = load();
    }

    /** The lexicon shipped in the jar, loaded on first use; an invalid bundled file is a build error. */
    public static Lexicon bundled() {
        return Bundled.INSTANCE;
    }

    /** The list called {@code name}; throws IllegalArgumentException for a name {@code index.txt} does not list. */
    public WordList list(String name) {
        WordList l = lists.get(name);
        if (l == null) {
            throw new IllegalArgumentException("no word list '" + name + "' in the lexicon (" + FOLDER + "index.txt)");
        }
        return l;
    }

    /** Every list, by name. */
    public Map<String, WordList> lists() {
        return lists;
    }

    private static Lexicon load() {
        try {
            Map<String, WordList> lists = new LinkedHashMap<>();
            for (String name : lines("index.txt")) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalStateException(FOLDER + "index.txt: not a list name: " + name);
                }
                if (lists.put(name, parse(name, lines(name + ".txt"))) != null) {
                    throw new IllegalStateException(FOLDER + "index.txt: " + name + " listed twice");
                }
            }
            return new Lexicon(lists);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the lexicon: " + e.getMessage(), e);
        }
    }

    /** Parses one list file; {@code raw} are its lines, comments included. */
    static WordList parse(String name, List<String> raw) {
        String file = FOLDER + name + ".txt";
        StringBuilder description = new StringBuilder();
        List<String> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i).strip();
            if (line.startsWith("#")) {
                if (entries.isEmpty()) {
                    description.append(description.length() > 0 ? " " : "").append(line.substring(1).strip());
                }
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            if (!line.equals(line.toLowerCase(Locale.ROOT)) || !ENTRY.matcher(line).matches()) {
                throw new IllegalStateException(where + "not a lower-case word or phrase: \"" + line + "\"");
            }
            if (!seen.add(line)) {
                throw new IllegalStateException(where + "\"" + line + "\" is already in the list");
            }
            entries.add(line);
        }
        if (description.length() == 0) {
            throw new IllegalStateException(file + ": the first line must be a # comment saying what the list holds");
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException(file + ": empty list");
        }
        return new WordList(name, description.toString(), entries);
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = Lexicon.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon file " + FOLDER + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
