package org.parley.nlp;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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

    private static final long serialVersionUID = 1L;

    private final Nlp4jStringTable words;
    /** Word {@code i}'s value is {@code distinct.get(valueOf[i])}. */
    private final int[] valueOf;
    private final ArrayList<V> distinct;

    /** @param freeze makes the one copy kept of each distinct value (for example {@code Set::copyOf}) */
    Nlp4jLexiconMap(Map<String, V> lexicon, UnaryOperator<V> freeze) {
        List<String> keys = new ArrayList<>(lexicon.keySet());
        words = Nlp4jStringTable.of(keys);
        valueOf = new int[keys.size()];
        distinct = new ArrayList<>();
        Map<V, Integer> ids = new HashMap<>();
        for (int i = 0; i < valueOf.length; i++) {
            valueOf[i] = ids.computeIfAbsent(lexicon.get(keys.get(i)), value -> {
                distinct.add(freeze.apply(value));
                return distinct.size() - 1;
            });
        }
    }

    @Override
    public V get(Object word) {
        int i = words.indexOf(word);
        return i < 0 ? null : distinct.get(valueOf[i]);
    }

    @Override
    public boolean containsKey(Object word) {
        return words.indexOf(word) >= 0;
    }

    @Override
    public int size() {
        return valueOf.length;
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
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < valueOf.length;
                    }

                    @Override
                    public Entry<String, V> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(words.key(i), distinct.get(valueOf[i]));
                    }
                };
            }

            @Override
            public int size() {
                return valueOf.length;
            }
        };
    }
}
