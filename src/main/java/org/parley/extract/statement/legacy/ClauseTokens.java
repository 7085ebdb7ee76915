package org.parley.extract.statement.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.core.CharSpan;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.Mention;
import org.parley.core.Sentence;
import org.parley.core.Token;

/** One sentence as the statement rules see it: tokens, lower-case words, and mentions placed on token ranges. */
final class ClauseTokens {

    /** A mention covering tokens {@code [begin, end)}. */
    record Placed(Mention mention, int begin, int end) {

        Entity entity() {
            return mention.entity();
        }

        /** Persons, organizations and countries can make or receive a demand. */
        boolean agentive() {
            EntityType t = mention.entity().type();
            return t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.COUNTRY;
        }
    }

    final Sentence sentence;
    final List<Token> tokens;
    final List<Placed> mentions;
    private final String[] words;
    private final String[] lemmas;
    private final boolean[] quoted;
    private final Placed[] mentionAt;

    ClauseTokens(Sentence sentence, List<Mention> sentenceMentions, List<CharSpan> quoteRanges) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        words = new String[n];
        lemmas = new String[n];
        quoted = new boolean[n];
        mentionAt = new Placed[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            words[i] = normalize(t.text());
            String lemma = t.lemma().isBlank() || t.lemma().equals("O") ? words[i] : normalize(t.lemma());
            lemmas[i] = lemma;
            for (CharSpan q : quoteRanges) {
                if (q.begin() <= t.span().begin() && t.span().end() <= q.end()) {
                    quoted[i] = true;
                    break;
                }
            }
        }
        List<Placed> placed = new ArrayList<>();
        for (Mention m : sentenceMentions) {
            int b = -1;
            int e = -1;
            for (int i = 0; i < n; i++) {
                if (tokens.get(i).span().overlaps(m.span())) {
                    if (b < 0) {
                        b = i;
                    }
                    e = i + 1;
                }
            }
            if (b >= 0) {
                Placed p = new Placed(m, b, e);
                placed.add(p);
                for (int i = b; i < e; i++) {
                    if (mentionAt[i] == null) {
                        mentionAt[i] = p;
                    }
                }
            }
        }
        this.mentions = List.copyOf(placed);
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }

    int size() {
        return tokens.size();
    }

    /** The lower-case word at i, or "" outside the sentence. */
    String w(int i) {
        return i >= 0 && i < words.length ? words[i] : "";
    }

    /** The lower-case lemma at i, or "" outside the sentence. */
    String lemma(int i) {
        return i >= 0 && i < lemmas.length ? lemmas[i] : "";
    }

    String pos(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB") || pos(i).equals("MD");
    }

    /** A finite verb or a modal at i: the verb of a clause, not an infinitive or participle. */
    boolean isFinite(int i) {
        String p = pos(i);
        return p.equals("VBZ") || p.equals("VBD") || p.equals("VBP") || p.equals("MD");
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    boolean quoted(int i) {
        return i >= 0 && i < quoted.length && quoted[i];
    }

    boolean anyQuoted() {
        for (boolean q : quoted) {
            if (q) {
                return true;
            }
        }
        return false;
    }

    /** The mention covering token i, or null. */
    Placed mentionAt(int i) {
        return i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
    }

    /** True when the token after the mention is a possessive "'s" (or the mention text ends with it). */
    boolean possessive(Placed p) {
        return w(p.end()).equals("'s") || w(p.end()).equals("'") || w(p.end() - 1).endsWith("'s");
    }

    /** True when the word before the mention (skipping "the") is a preposition. */
    boolean afterPreposition(Placed p) {
        return TriggerLexicon.PREPOSITIONS.contains(wordBefore(p));
    }

    /** The word before a mention, past a "the": "with (the) SDF" gives "with". */
    String wordBefore(Placed p) {
        return w(p.begin() - 1).equals("the") ? w(p.begin() - 2) : w(p.begin() - 1);
    }

    /** Character span of tokens {@code [from, to)}; null when empty. */
    CharSpan span(int from, int to) {
        if (from >= to || from < 0 || to > tokens.size()) {
            return null;
        }
        return new CharSpan(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
    }

    /** Lower-case words of tokens {@code [from, to)}. */
    List<String> words(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(to, words.length); i++) {
            out.add(words[i]);
        }
        return out;
    }

    /** Index of the first token in {@code [from, to)} whose word is one of {@code ws}, or -1. */
    int find(int from, int to, java.util.Set<String> ws) {
        for (int i = Math.max(0, from); i < Math.min(to, words.length); i++) {
            if (ws.contains(words[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The agentive mention owning the noun at i: "Russia's proposal", "Putin's peace plan" (up to two modifiers
     * between), or null.
     */
    Placed possessiveOwnerBefore(int i) {
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            String w = w(j);
            if (w.equals("'s") || w.equals("'")) {
                Placed p = mentionAt(j - 1);
                return p != null && p.agentive() ? p : null;
            }
            Placed p = mentionAt(j);
            if (p != null) {
                return p.agentive() && w(p.end() - 1).endsWith("'s") ? p : null;
            }
            if (!(pos(j).startsWith("JJ") || pos(j).startsWith("NN") || pos(j).equals("VBN") || w.equals("peace"))) {
                return null;
            }
        }
        return null;
    }

    /** Index of a possessive pronoun ("his", "its", "their") owning the noun at i, or -1. */
    int possessivePronounBefore(int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            String w = w(j);
            if (w.equals("his") || w.equals("her") || w.equals("its") || w.equals("their") || w.equals("our")) {
                return j;
            }
            if (!(pos(j).startsWith("JJ") || pos(j).startsWith("NN"))) {
                return -1;
            }
        }
        return -1;
    }
}
