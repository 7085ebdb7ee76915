package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.parley.core.CharSpan;
import org.parley.core.DependencyTree;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.Mention;
import org.parley.core.Sentence;
import org.parley.core.Token;
import org.parley.extract.WordList;

/**
 * One sentence as the statement rules read it: lower-case words and lemmas, Penn tags, the dependency tree, the
 * mentions placed on token ranges and which tokens are inside quotation marks. Immutable; built once per sentence.
 */
final class SentenceView {

    /**
     * A mention covering tokens {@code [begin, end)}, with {@code head} its last token; {@code outlet} when it names
     * a news outlet, which reports statements and never makes or receives one.
     */
    record Placed(Mention mention, int begin, int end, boolean outlet) {

        Entity entity() {
            return mention.entity();
        }

        EntityType type() {
            return mention.entity().type();
        }

        /** The token the mention's phrase hangs from in the tree: its last token. */
        int head() {
            return end - 1;
        }

        /** Persons, organizations other than news outlets, and countries can make or receive a statement. */
        boolean agentive() {
            EntityType t = type();
            return !outlet && (t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.COUNTRY);
        }

        boolean isPlace() {
            return type().isPlace();
        }

        boolean covers(int i) {
            return i >= begin && i < end;
        }
    }

    private final Sentence sentence;
    private final String[] words;
    private final List<String> wordList;
    private final String[] lemmas;
    private final boolean[] quoted;
    private final Placed[] mentionAt;
    private final List<Placed> mentions;
    private final String text;

    /**
     * @param sentence         the sentence (with its tree when parsed)
     * @param sentenceMentions the mentions inside it, in text order
     * @param quotes           the quoted character ranges of the whole body
     * @param body             the article body
     * @param outlets          which of the mentions name a news outlet
     */
    SentenceView(Sentence sentence, List<Mention> sentenceMentions, List<CharSpan> quotes, String body,
                 Predicate<Mention> outlets) {
        this.sentence = Objects.requireNonNull(sentence, "sentence");
        this.text = body == null ? "" : sentence.text(body);
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        words = new String[n];
        wordList = Collections.unmodifiableList(Arrays.asList(words)); // a view, not a copy: words is filled below
        lemmas = new String[n];
        quoted = new boolean[n];
        mentionAt = new Placed[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            words[i] = normalize(t.text());
            String parsed = sentence.tree() == null ? null : sentence.tree().lemma(i);
            if (parsed != null && !parsed.isBlank()) {
                lemmas[i] = normalize(parsed);
            } else {
                lemmas[i] = t.lemma().isBlank() || t.lemma().equals("O") ? words[i] : normalize(t.lemma());
            }
            for (CharSpan q : quotes) {
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
                    b = b < 0 ? i : b;
                    e = i + 1;
                }
            }
            if (b >= 0) {
                Placed p = new Placed(m, b, e, outlets.test(m));
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

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }

    int index() {
        return sentence.index();
    }

    Sentence sentence() {
        return sentence;
    }

    /** The sentence's text as written. */
    String text() {
        return text;
    }

    int size() {
        return words.length;
    }

    /** The dependency tree, or null when the sentence was not parsed. */
    DependencyTree tree() {
        return sentence.tree();
    }

    boolean parsed() {
        return sentence.tree() != null;
    }

    /** The lower-case word at i, or "" outside the sentence. */
    String word(int i) {
        return i >= 0 && i < words.length ? words[i] : "";
    }

    /** The lower-case lemma at i (the parser's when it retagged the sentence), or "" outside the sentence. */
    String lemma(int i) {
        if (i < 0 || i >= lemmas.length) {
            return "";
        }
        return lemmas[i];
    }

    /** Whether the word at i or its lemma is in the list ("troops" or "troop" in {@code force-nouns}). */
    boolean listed(WordList list, int i) {
        return list.contains(lemma(i)) || list.contains(word(i));
    }

    /** The Penn tag at i (the parser's when it retagged the sentence, so that tags and tree agree), or "" outside. */
    String pos(int i) {
        if (i < 0 || i >= words.length) {
            return "";
        }
        String tag = tree() == null ? null : tree().tag(i);
        return tag != null ? tag : sentence.tokens().get(i).pos();
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    boolean isAdjective(int i) {
        return pos(i).startsWith("JJ");
    }

    boolean quoted(int i) {
        return i >= 0 && i < quoted.length && quoted[i];
    }

    /** The head of token i in the tree, or -1 for a root, outside the sentence or without a tree. */
    int head(int i) {
        return tree() == null || i < 0 || i >= words.length ? -1 : tree().head(i);
    }

    /**
     * The first of the conjuncts token i belongs to, climbing its "conj" links ("in A, B and C": A for any of them); i
     * itself when it is no conjunct.
     */
    int firstConjunct(int i) {
        int t = i;
        while (relation(t).equals("conj")) {
            t = head(t);
        }
        return t;
    }

    /** The relation of token i to its head, or "" without a tree. */
    String relation(int i) {
        return tree() == null || i < 0 || i >= words.length ? "" : tree().relation(i);
    }

    /** The children of i by {@code relation}, in text order; empty without a tree. */
    List<Integer> children(int i, String relation) {
        return tree() == null || i < 0 ? List.of() : tree().children(i, relation);
    }

    /** All children of i, in text order; empty without a tree. */
    List<Integer> children(int i) {
        return tree() == null || i < 0 ? List.of() : tree().children(i);
    }

    /** The first child of i by one of {@code relations}, or -1. */
    int child(int i, String... relations) {
        if (tree() == null || i < 0) {
            return -1;
        }
        for (int c : tree().children(i)) {
            for (String r : relations) {
                if (tree().relation(c).equals(r)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** Token i and everything below it, in text order; just i without a tree. */
    List<Integer> subtree(int i) {
        return tree() == null ? List.of(i) : tree().subtree(i);
    }

    /** Whether j is i or below it in the tree. */
    boolean dominates(int i, int j) {
        return tree() != null && i >= 0 && j >= 0 && tree().dominates(i, j);
    }

    /** The mentions in text order. */
    List<Placed> mentions() {
        return mentions;
    }

    /** The mention covering token i, or null. */
    Placed mentionAt(int i) {
        return i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
    }

    /** Character span of tokens {@code [from, to)}; null when empty. */
    CharSpan span(int from, int to) {
        if (from >= to || from < 0 || to > words.length) {
            return null;
        }
        return new CharSpan(sentence.tokens().get(from).span().begin(), sentence.tokens().get(to - 1).span().end());
    }

    /** The words of tokens {@code [from, to)} as written, joined by single spaces. */
    String words(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, words.length); i++) {
            b.append(b.length() == 0 ? "" : " ").append(sentence.tokens().get(i).text());
        }
        return b.toString();
    }

    /** The lower-case words as an unmodifiable list (for phrase look-ups), made once for the sentence. */
    List<String> wordList() {
        return wordList;
    }
}
