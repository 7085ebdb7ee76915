package org.parley.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import org.parley.core.Article;
import org.parley.core.InputProblem;

/**
 * What the reading stage hands to the extraction stage: one article, or one input that gave none, with its place in
 * the reading order ({@code file}: the file's index in the listing; {@code ordinal}: its place in the file).
 *
 * @param file    the index of the file it was read from; -1 for a problem found while listing
 * @param ordinal its place among the items of that file
 * @param article the article, or null for a problem
 * @param problem the problem, or null for an article
 */
record InputItem(int file, long ordinal, Article article, InputProblem problem) implements Serializable {

    InputItem {
        if ((article == null) == (problem == null)) {
            throw new IllegalArgumentException("an item is an article or a problem");
        }
    }

    /**
     * The key that partitions and orders items: articles by identity (so that every copy of one article lands in the same
     * partition, next to each other), then by reading order (so that the first copy read comes first); problems by
     * location.
     *
     * @param id      the article's identity, or {@code problem:} and the location
     * @param file    as the item's
     * @param ordinal as the item's
     */
    record Key(String id, int file, long ordinal) implements Comparable<Key>, Serializable {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::id)
                .thenComparingInt(Key::file).thenComparingLong(Key::ordinal);

        Key {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    Key key() {
        return new Key(article != null ? article.id() : "problem:" + problem.location(), file, ordinal);
    }
}
