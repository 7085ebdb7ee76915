package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs a POS tagger's reading of a clause in the subjunctive before it is parsed. "Baku insisted that Armenia hand
 * over the villages": the bare verb "hand" after a proper noun reads like a compound noun ("Armenia hand"), the clause
 * is left without a verb and the parser cannot give it a subject. A clause opened by "that" after a verb of
 * demanding ({@code tag-repair-words.txt}) must have a finite or bare verb; when the tagger found none in it (a
 * participle does not count: "the hostages held in Gaza"), the last word of the run of subject words it starts with
 * ("Armenia hand", "the rebels hand", "Hamas free"; a determiner after the first word starts the object, not the
 * run; without one, the word after a subject of names or a pronoun: "Pakistan end cross-border terrorism") is that
 * verb, provided it is lower case, follows a subject word and more of the clause follows it (an object, a particle).
 * Stateless and thread-safe.
 */
final class SubjunctiveTags {

    private static final WordListFile WORDS = WordListFile.tagRepairs();

    private SubjunctiveTags() {
    }

    /** The indexes of the tokens to retag as bare verbs ({@code VB}), given the sentence's words and tags. */
    static List<Integer> bareVerbs(List<String> words, List<String> tags) {
        List<Integer> out = new ArrayList<>(1);
        for (int i = 0; i + 2 < words.size(); i++) {
            if (WORDS.contains("mandative-verbs", words.get(i)) && words.get(i + 1).equalsIgnoreCase("that")) {
                int verb = hiddenVerb(words, tags, i + 2, tags.get(i).startsWith("NN"));
                if (verb >= 0) {
                    out.add(verb);
                }
            }
        }
        return out;
    }

    /**
     * The word of a verbless clause starting at {@code start} that must be its verb; -1 when none. The clause of a
     * noun ("the demand that Algiers hand over the leaders was rejected") ends at the first finite verb, which is the
     * verb of the sentence the noun is the subject of.
     */
    private static int hiddenVerb(List<String> words, List<String> tags, int start, boolean ofNoun) {
        int end = start;
        while (end < words.size() && !WORDS.contains("clause-ends", words.get(end))) {
            String tag = tags.get(end);
            if (tag.equals("VB") || tag.equals("VBD") || tag.equals("VBP") || tag.equals("VBZ") || tag.equals("MD")) {
                if (ofNoun) {
                    break;
                }
                return -1;
            }
            end++;
        }
        int run = start;
        while (run < end && WORDS.contains("subject-tags", tags.get(run)) && (run == start || !determiner(tags.get(run)))) {
            run++;
        }
        int last = run < end && determiner(tags.get(run)) ? run - 1 : afterProperSubject(words, tags, start, run);
        boolean subjectBefore = last > start && !determiner(tags.get(last - 1));
        boolean lowerCase = last >= start && Character.isLowerCase(words.get(last).charAt(0));
        return subjectBefore && lowerCase && last + 1 < end && WORDS.contains("noun-tags-of-verbs", tags.get(last)) ? last : -1;
    }

    /**
     * Without a determiner to open the object, the run of subject words may run on into it ("Pakistan end cross-border
     * terrorism"): after a subject of names or a pronoun, the next word is the verb; else the run's last word.
     */
    private static int afterProperSubject(List<String> words, List<String> tags, int start, int run) {
        int k = start;
        while (k < run && (tags.get(k).equals("NNP") || tags.get(k).equals("NNPS") || tags.get(k).equals("PRP"))) {
            k++;
        }
        return k > start && k + 1 < run && Character.isLowerCase(words.get(k).charAt(0)) ? k : run - 1;
    }

    private static boolean determiner(String tag) {
        return tag.equals("DT") || tag.equals("PRP$");
    }
}
