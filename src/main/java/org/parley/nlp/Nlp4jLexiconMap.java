package org.parley.nlp;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A read-only NLP4J lexicon (word to word clusters, word to ambiguity class) over a string table
 * ({@link Nlp4jStringTable}): each word points to one of a few thousand distinct values, each value stored once.
 * Written by the build ({@link Nlp4jModelCompactor}), it loads as a few primitive arrays and the distinct values
 * instead of 600,000 map entries. NLP4J only calls {@link #get}.
 *
 * @param <V> the value type (a set or a list of strings)
 */
final class Nlp4jLexiconMap<V> extends AbstractMap<String, V> implements Serializable {

    private static final long serialVersionUID = 2L;

    /** Each word with the position of its value in {@link #distinct}. */
    private final Nlp4jStringTable words;
    private final ArrayList<V> distinct;

    /** @param freeze makes the one copy kept of each distinct value (for example {@code Set::copyOf}) */
    Nlp4jLexiconMap(Map<String, V> lexicon, UnaryOperator<V> freeze) {
        List<String> keys = new ArrayList<>(lexicon.keySet());
        int[] valueOf = new int[keys.size()];
        distinct = new ArrayList<>();
        Map<V, Integer> ids = new HashMap<>();
        for (int i = 0; i < valueOf.length; i++) {
            valueOf[i] = ids.computeIfAbsent(lexicon.get(keys.get(i)), value -> {
                distinct.add(freeze.apply(value));
                return distinct.size() - 1;
            });
        }
        words = Nlp4jStringTable.of(keys, valueOf);
    }

    @Override
    public V get(Object word) {
        int value = words.get(word);
        return value < 0 ? null : distinct.get(value);
    }

    @Override
    public boolean containsKey(Object word) {
        return words.get(word) >= 0;
    }

    @Override
    public int size() {
        return words.size();
    }

    /** How many distinct values the words share. */
    int distinctValues() {
        return distinct.size();
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                List<Entry<String, V>> entries = new ArrayList<>(words.size());
                words.forEach((word, value) -> entries.add(new SimpleImmutableEntry<>(word, distinct.get(value))));
                return entries.iterator();
            }

            @Override
            public int size() {
                return words.size();
            }
        };
    }
}
