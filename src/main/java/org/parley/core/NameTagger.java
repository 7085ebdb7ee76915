package org.parley.core;

import java.util.List;
import java.util.Objects;

/**
 * A statistical named-entity tagger: the names it sees in one sentence, with its own type labels. The mention rules
 * ask it only about sentences where they are left with a name they could not type, and decide what to keep.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface NameTagger {

    /** A tagger that finds nothing (for callers that do not load a model). */
    NameTagger NONE = tokens -> List.of();

    /** The names in the sentence of {@code tokens}, in text order, without overlaps. */
    List<TaggedName> tag(List<Token> tokens);

    /**
     * A name the tagger found.
     *
     * @param begin index of its first token in the sentence
     * @param end   index after its last token
     * @param label the tagger's type ({@code PERSON}, {@code ORG}, {@code GPE}, ...)
     */
    record TaggedName(int begin, int end, String label) {

        public TaggedName {
            Objects.requireNonNull(label, "label");
            if (begin < 0 || end <= begin) {
                throw new IllegalArgumentException("bad token range [" + begin + ", " + end + ")");
            }
        }
    }
}
