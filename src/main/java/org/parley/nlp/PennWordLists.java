package org.parley.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code penn-dependency-words.txt} (auxiliaries, copulas, negations, adverbial-clause markers,
 * temporal nouns, preconjunctions), loaded once; immutable.
 */
final class PennWordLists {

    static final String RESOURCE = "org/parley/nlp/penn-dependency-words.txt";
    private static final PennWordLists BUNDLED = load();

    private final Map<String, Set<String>> lists;

    private PennWordLists(Map<String, Set<String>> lists) {
        this.lists = Map.copyOf(lists);
    }

    static PennWordLists bundled() {
        return BUNDLED;
    }

    /** Whether {@code word} (any case) is in the list {@code name}; fails for a list the file does not have. */
    boolean contains(String name, String word) {
        Set<String> list = lists.get(name);
        if (list == null) {
            throw new IllegalArgumentException(RESOURCE + ": no list [" + name + "]");
        }
        return list.contains(word.toLowerCase(Locale.ROOT));
    }

    private static PennWordLists load() {
        Map<String, Set<String>> lists = new HashMap<>();
        try (InputStream in = PennWordLists.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + RESOURCE + ": not found");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    current = new HashSet<>();
                    lists.put(l.substring(1, l.length() - 1), current);
                } else if (current == null) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": words before the first [list]");
                } else {
                    current.addAll(java.util.Arrays.asList(l.toLowerCase(Locale.ROOT).split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("classpath:" + RESOURCE + ": " + e.getMessage(), e);
        }
        lists.replaceAll((k, v) -> Set.copyOf(v));
        return new PennWordLists(lists);
    }
}
