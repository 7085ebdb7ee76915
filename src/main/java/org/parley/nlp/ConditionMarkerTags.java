package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs a POS tagger's reading of a condition opened by a participle before it is parsed. "ready to approve a
 * governor within two weeks, provided that the appointment followed the procedure": a tagger that reads "provided" as
 * a past tense makes it the verb of a clause of its own, and the parser hangs it on the nearest noun ("weeks"), so
 * the condition loses the clause it qualifies. After a comma (or at the start of the sentence) and before "that", a
 * word of {@code condition-participles} ({@code tag-repair-words.txt}) followed by "that" or by the condition's subject
 * (a determiner, a name or a pronoun) is the participle that opens the condition:
 * {@code VBN} ("provided"), {@code VBG} ("providing"). Without the comma it may be a verb of its own ("the accord
 * provided that the troops would leave"), and it is left alone. Stateless and thread-safe.
 */
final class ConditionMarkerTags {

    private static final WordListFile WORDS = WordListFile.tagRepairs();
    private static final java.util.Set<String> SUBJECT_TAGS = java.util.Set.of("DT", "NNP", "NNPS", "PRP");

    private ConditionMarkerTags() {
    }

    /** The indexes of the participles to retag, given the sentence's words and tags. */
    static List<Integer> participles(List<String> words, List<String> tags) {
        List<Integer> out = new ArrayList<>(1);
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean opens = i == 0 || words.get(i - 1).equals(",");
            if (opens && WORDS.contains("condition-participles", words.get(i)) && opensClause(words, tags, i + 1)
                    && !tags.get(i).equals(tag(words.get(i)))) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Whether the word after the participle opens the condition's clause: "that", or its subject ("provided the army
     * withdraws", "provided Azerbaijan recognised", "providing it"); "provided with arms", "provided to" do not.
     */
    private static boolean opensClause(List<String> words, List<String> tags, int next) {
        return words.get(next).equalsIgnoreCase("that") || SUBJECT_TAGS.contains(tags.get(next));
    }

    /** The tag of a condition's participle: {@code VBG} for "providing", {@code VBN} for "provided". */
    static String tag(String participle) {
        return participle.toLowerCase(java.util.Locale.ROOT).endsWith("ing") ? "VBG" : "VBN";
    }
}
