package org.parley.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One named list of the {@link Lexicon}: lower-case words or phrases (words separated by one space), in file
 * order. Immutable and thread-safe.
 */
public final class WordList {

    private final String name;
    private final String description;
    private final Set<String> entries;
    private final int longest;

    WordList(String name, String description, List<String> entries) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.entries = Collections.unmodifiableSet(new LinkedHashSet<>(entries));
        int max = 0;
        for (String e : entries) {
            max = Math.max(max, e.split(" ").length);
        }
        this.longest = max;
    }

    public String name() {
        return name;
    }

    /** What the list holds, from the comment at the top of its file. */
    public String description() {
        return description;
    }

    /** The entries in file order. */
    public Set<String> entries() {
        return entries;
    }

    /** True when {@code word} (already lower-cased) is an entry. */
    public boolean contains(String word) {
        return entries.contains(word);
    }

    /**
     * The number of words of the longest entry that {@code words} spell from index {@code from} on, or 0 when
     * none does (or {@code from} is outside the list). {@code words} are lower-case.
     */
    public int matchAt(List<String> words, int from) {
        if (from < 0 || from >= words.size()) {
            return 0;
        }
        for (int n = Math.min(longest, words.size() - from); n >= 1; n--) {
            if (entries.contains(String.join(" ", words.subList(from, from + n)))) {
                return n;
            }
        }
        return 0;
    }

    /** Entries of more than one word. */
    public List<String> phrases() {
        List<String> out = new ArrayList<>();
        for (String e : entries) {
            if (e.indexOf(' ') >= 0) {
                out.add(e);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return name + " (" + entries.size() + ")";
    }
}
