package org.parley.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Chunks a tagged sentence from Penn tag patterns, in the CoNLL-2000 style of the OpenNLP 1.5 chunker:
 * NP = determiner or possessive, adjectives, numbers, nouns (a possessive 's opens the possessed NP, as in
 * CoNLL); VP = modals, verbs and the adverbs and "to" inside a verb group; PP = IN or TO; SBAR = a
 * subordinating conjunction; ADVP = other adverbs; PRT = particles; everything else O. Stateless and thread-safe.
 */
final class PatternChunker {

    private static final Set<String> SUBORDINATORS = WordListFile.chunkWords().list("subordinators");
    private static final Set<String> PREPOSITION_VERBS = WordListFile.chunkWords().list("preposition-verbs");

    private PatternChunker() {
    }

    /** BIO chunk tags ({@code B-NP}, {@code I-VP}, {@code O}) for {@code words} tagged {@code tags}. */
    static String[] chunk(String[] words, String[] tags) {
        String[] out = new String[tags.length];
        String open = null; // type of the chunk the previous token is in, or null
        boolean closed = false; // the previous NP cannot take more tokens (after a pronoun)
        for (int i = 0; i < tags.length; i++) {
            String t = tags[i];
            String w = words[i].toLowerCase(Locale.ROOT);
            String prev = i > 0 ? tags[i - 1] : "";
            String type;
            boolean continues;
            if ("NP".equals(open) && !closed && inNounPhrase(words, tags, i)) {
                type = "NP"; // "the “one country", "political and moral responsibility", "more than 300"
                continues = true;
            } else if (t.startsWith("RB") && next(tags, i).equals("CD")) {
                type = "NP"; // "about 1,200"
                continues = false;
            } else if (t.equals("IN") && SUBORDINATORS.contains(w)) {
                type = "SBAR";
                continues = false;
            } else if (t.equals("IN") || t.equals("TO") && !beforeVerb(tags, i)
                    || t.equals("VBG") && PREPOSITION_VERBS.contains(w)) {
                type = "PP";
                continues = "PP".equals(open) && (prev.equals("IN") || prev.equals("VBG"));
            } else if (isNominal(t) || isNounModifier(tags, i)) {
                continues = "NP".equals(open) && !closed && continuesNp(prev, t);
                type = !continues && t.startsWith("JJ") && !opensNoun(next(tags, i)) ? "ADJP" : "NP"; // "was ready"
            } else if (t.startsWith("VB") || t.equals("MD") || t.equals("TO")
                    || "VP".equals(open) && (t.startsWith("RB") && beforeVerb(tags, i) || isNegation(w))) {
                type = "VP";
                continues = "VP".equals(open) && !(isFinite(t) && prev.startsWith("VB")); // "said was": two groups
            } else if (t.startsWith("RB") || t.equals("WRB")) {
                type = "ADVP";
                continues = "ADVP".equals(open);
            } else if (t.equals("RP")) {
                type = "PRT";
                continues = false;
            } else {
                out[i] = "O";
                open = null;
                closed = false;
                continue;
            }
            out[i] = (continues ? "I-" : "B-") + type;
            open = type;
            closed = type.equals("NP") && (t.equals("PRP") || t.equals("EX") || t.equals("WP") || t.equals("WDT"));
        }
        return out;
    }

    private static boolean isFinite(String t) {
        return t.equals("VBD") || t.equals("VBZ") || t.equals("VBP");
    }

    private static boolean opensNoun(String next) {
        return isNoun(next) || next.startsWith("JJ") || next.equals("CD") || next.equals("VBN") || next.equals("VBG")
                || next.equals("POS") || next.equals("``") || next.equals("CC") || next.equals("$");
    }

    private static String next(String[] tags, int i) {
        return i + 1 < tags.length ? tags[i + 1] : "";
    }

    /** Tokens an open NP takes though they are not nominal: quotes, coordinated adjectives, "than" before a number. */
    private static boolean inNounPhrase(String[] words, String[] tags, int i) {
        String t = tags[i];
        String prev = tags[i - 1];
        String next = next(tags, i);
        if (t.equals("``")) {
            return !isNoun(prev) && (isNoun(next) || next.startsWith("JJ") || next.equals("CD"));
        }
        if (t.equals("CC")) {
            return prev.startsWith("JJ") && next.startsWith("JJ") && i + 2 < tags.length && isNoun(tags[i + 2]);
        }
        if (t.equals("IN") && words[i].equalsIgnoreCase("than")) {
            return (prev.equals("JJR") || prev.equals("RBR")) && next.equals("CD");
        }
        if (t.startsWith("JJ")) {
            return prev.startsWith("NNP") && (isNoun(next) || next.startsWith("JJ")); // "Zaporizhzhia nuclear plant"
        }
        return false;
    }

    private static boolean isNominal(String t) {
        switch (t) {
            case "DT", "PDT", "PRP$", "WP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "$", "POS",
                    "PRP", "EX", "WP", "WDT":
                return true;
            default:
                return false;
        }
    }

    private static boolean isNoun(String t) {
        return t.startsWith("NN");
    }

    /** A participle between a determiner or adjective and a noun: "the proposed plan". */
    private static boolean isNounModifier(String[] tags, int i) {
        String t = tags[i];
        if (!t.equals("VBN") && !t.equals("VBG") || i == 0 || i + 1 >= tags.length) {
            return false;
        }
        String prev = tags[i - 1];
        boolean afterDeterminer = prev.equals("DT") || prev.equals("PRP$") || prev.startsWith("JJ")
                || prev.equals("POS") || prev.equals("CD");
        return afterDeterminer && (isNoun(tags[i + 1]) || tags[i + 1].startsWith("JJ"));
    }

    private static boolean continuesNp(String prev, String t) {
        switch (t) {
            case "DT", "PRP$", "WP$", "PRP", "EX", "WP", "WDT", "POS":
                return prev.equals("PDT");
            case "JJ", "JJR", "JJS", "$", "VBN", "VBG":
                return !isNoun(prev);
            case "CD":
                return !isNoun(prev) || prev.startsWith("NNP");
            default: // nouns
                return true;
        }
    }

    private static boolean isNegation(String lowerWord) {
        return lowerWord.equals("not") || lowerWord.equals("n't") || lowerWord.equals("n\u2019t")
                || lowerWord.equals("never");
    }

    /** The next token that is not an adverb is a verb or modal. */
    private static boolean beforeVerb(String[] tags, int i) {
        int j = i + 1;
        while (j < tags.length && tags[j].startsWith("RB")) {
            j++;
        }
        return j < tags.length && (tags[j].startsWith("VB") || tags[j].equals("MD"));
    }
}
