package org.parley.nlp;

import java.util.List;
import java.util.Set;

/**
 * Repairs a POS tagger's reading of a sentence's main verb as a participle before it is parsed. "Venezuela's foreign
 * ministry called on Guyana to return to talks": a tagger that reads "called" as a past participle ({@code VBN}) leaves
 * the sentence without a finite verb, and the parser makes "called on Guyana" a phrase describing the ministry, so the
 * demand loses its maker. A sentence of at least six words with no finite verb (no {@code VBD}, {@code VBZ},
 * {@code VBP} or modal) has one: its first participle that follows a noun and is not followed by "by" (a passive's
 * agent: "the ceasefire brokered by Qatar") is that verb, in the past tense. Stateless and thread-safe.
 */
final class MainVerbTags {

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> NOUNS = Set.of("NN", "NNS", "NNP", "NNPS");
    private static final int MIN_WORDS = 6;

    private MainVerbTags() {
    }

    /** The index of the participle to retag as the past tense ({@code VBD}), or -1. */
    static int mainVerb(List<String> words, List<String> tags) {
        if (words.size() < MIN_WORDS || tags.stream().anyMatch(FINITE::contains)) {
            return -1;
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            if (tags.get(i).equals("VBN")) {
                boolean afterNoun = NOUNS.contains(tags.get(i - 1));
                return afterNoun && !words.get(i + 1).equalsIgnoreCase("by") ? i : -1;
            }
        }
        return -1;
    }
}
