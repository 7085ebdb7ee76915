package org.parley.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs a POS tagger's reading of a sentence's main verb as a participle before it is parsed. "Venezuela's foreign
 * ministry called on Guyana to return to talks": a tagger that reads "called" as a past participle ({@code VBN}) leaves
 * the sentence without a finite verb, and the parser makes "called on Guyana" a phrase describing the ministry, so the
 * demand loses its maker. A sentence of at least six words with no finite verb (no {@code VBD}, {@code VBZ},
 * {@code VBP} or modal) has one: its first participle that follows a noun and is not followed by "by" (a passive's
 * agent: "the ceasefire brokered by Qatar") is that verb, in the past tense. A relative clause set off by commas
 * after the subject does not count: "Kenya, which has troops there, called on both sides" has the finite verb "has"
 * only in that clause, and the participle after the clause's closing comma is the sentence's verb. Stateless and
 * thread-safe.
 */
final class MainVerbTags {

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> NOUNS = Set.of("NN", "NNS", "NNP", "NNPS");
    private static final int MIN_WORDS = 6;
    private static final WordListFile WORDS = WordListFile.tagRepairs();

    private MainVerbTags() {
    }

    /** Whether {@code tag} is a finite verb's: the past, the present (third person or not) or a modal. */
    static boolean finite(String tag) {
        return FINITE.contains(tag);
    }

    /** The index of the participle to retag as the past tense ({@code VBD}), or -1. */
    static int mainVerb(List<String> words, List<String> tags) {
        if (words.size() < MIN_WORDS) {
            return -1;
        }
        boolean[] relative = relativeClauses(words);
        for (int i = 0; i < words.size(); i++) {
            if (finite(tags.get(i)) && !relative[i]) {
                return -1;
            }
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            if (tags.get(i).equals("VBN") && !relative[i]) {
                boolean afterNoun = NOUNS.contains(tags.get(i - 1)) || relative[i - 1];
                return afterNoun && !words.get(i + 1).equalsIgnoreCase("by") ? i : -1;
            }
        }
        return -1;
    }

    /**
     * Marks the relative clauses set off by commas (", which has troops there,"), from the comma before the pronoun
     * to the comma that closes the clause; a clause no comma closes is not marked.
     */
    private static boolean[] relativeClauses(List<String> words) {
        boolean[] out = new boolean[words.size()];
        for (int i = 0; i + 1 < words.size(); i++) {
            String next = words.get(i + 1).toLowerCase(Locale.ROOT);
            if (words.get(i).equals(",") && WORDS.contains("relative-pronouns", next)) {
                int close = words.subList(i + 1, words.size()).indexOf(",");
                if (close >= 0) {
                    Arrays.fill(out, i, i + 1 + close + 1, true);
                    i += close;
                }
            }
        }
        return out;
    }
}
