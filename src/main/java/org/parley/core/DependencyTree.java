package org.parley.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence's dependency analysis: for each token index {@code i} of the sentence its head (a token index, -1
 * for a root) and the relation to that head. Immutable; the constructor rejects heads out of range, cycles and a
 * tree without a root.
 *
 * <p>Relations are the ClearNLP labels NLP4J's English model emits (Stanford basic dependencies with ClearNLP's
 * changes), and no others; the constituency converter emits the same set:
 * <ul>
 * <li>root: {@code root} (the head of the sentence, head -1)</li>
 * <li>subjects: {@code nsubj}, {@code nsubjpass} (passive subject), {@code csubj}, {@code csubjpass} (clausal),
 *     {@code expl} ("there")</li>
 * <li>verb complements: {@code dobj}, {@code dative} (indirect object and "to"/"for" of a ditransitive),
 *     {@code attr} (after a copula), {@code acomp}, {@code oprd} (object predicate), {@code ccomp} (clausal),
 *     {@code xcomp} (open clausal, "to withdraw"), {@code agent} (the "by" of a passive), {@code prt} (particle)</li>
 * <li>modifiers of a clause: {@code advcl} (adverbial clause), {@code mark} ("if", "that", "because"),
 *     {@code advmod}, {@code npadvmod}, {@code neg}, {@code aux}, {@code auxpass}, {@code parataxis},
 *     {@code discourse}, {@code vocative}, {@code meta}</li>
 * <li>prepositions: {@code prep} (attached to its head), {@code pobj} (object of the preposition), {@code pcomp}
 *     (clausal object of the preposition)</li>
 * <li>nominals: {@code det}, {@code predet}, {@code poss} (possessor: "Egypt's"), {@code case} (the possessive
 *     "'s"), {@code nmod} (adjective or other modifier of a noun), {@code compound} (noun before noun),
 *     {@code appos}, {@code relcl} (relative clause), {@code acl} (other clausal modifier: "a call to withdraw"),
 *     {@code qmod} (quantifier modifier)</li>
 * <li>coordination: {@code conj} (second and later conjuncts, headed by the first), {@code cc}, {@code preconj}</li>
 * <li>other: {@code punct}, {@code dep} (unclassified)</li>
 * </ul>
 *
 * @param heads     for each token, the index of its head, or -1 for a root
 * @param relations for each token, its relation to the head (one of the labels above)
 * @param tags      for each token, the Penn tag the parser read it with (a parser may retag the tokens with its own
 *                  tagger, and its tree is consistent with those tags), or empty when the parser used the tokens' own
 * @param lemmas    for each token, its lower-case lemma under that tag, or empty with {@code tags}
 */
public record DependencyTree(List<Integer> heads, List<String> relations, List<String> tags, List<String> lemmas) {

    /** The relation of a root token. */
    public static final String ROOT = "root";

    public DependencyTree {
        heads = List.copyOf(heads);
        relations = List.copyOf(relations);
        tags = List.copyOf(tags);
        lemmas = List.copyOf(lemmas);
        int n = heads.size();
        if (relations.size() != n) {
            throw new IllegalArgumentException(n + " heads but " + relations.size() + " relations");
        }
        if (!tags.isEmpty() && tags.size() != n || lemmas.size() != tags.size()) {
            throw new IllegalArgumentException(n + " heads but " + tags.size() + " tags and " + lemmas.size() + " lemmas");
        }
        if (n == 0) {
            throw new IllegalArgumentException("a dependency tree needs at least one token");
        }
        boolean rooted = false;
        for (int i = 0; i < n; i++) {
            int h = heads.get(i);
            if (h < -1 || h >= n || h == i) {
                throw new IllegalArgumentException("token " + i + ": head " + h + " is not a token index or -1");
            }
            if (relations.get(i).isBlank()) {
                throw new IllegalArgumentException("token " + i + ": blank relation");
            }
            rooted |= h == -1;
        }
        if (!rooted) {
            throw new IllegalArgumentException("no root: every token has a head");
        }
        checkAcyclic(heads);
    }

    /** A tree read with the tokens' own tags. */
    public DependencyTree(List<Integer> heads, List<String> relations) {
        this(heads, relations, List.of(), List.of());
    }

    /** The parser's tag of token {@code i}, or null when it used the tokens' own. */
    public String tag(int i) {
        return tags.isEmpty() ? null : tags.get(i);
    }

    /** The lemma of token {@code i} under the parser's tag, or null when it used the tokens' own. */
    public String lemma(int i) {
        return lemmas.isEmpty() ? null : lemmas.get(i);
    }

    /** Every chain of heads must reach a root within n steps. */
    private static void checkAcyclic(List<Integer> heads) {
        int n = heads.size();
        for (int i = 0; i < n; i++) {
            int h = i;
            for (int steps = 0; h != -1; steps++) {
                if (steps > n) {
                    throw new IllegalArgumentException("token " + i + ": its heads form a cycle");
                }
                h = heads.get(h);
            }
        }
    }

    /** The number of tokens. */
    public int size() {
        return heads.size();
    }

    /** The head of token {@code i}, or -1 when {@code i} is a root. */
    public int head(int i) {
        return heads.get(i);
    }

    /** The relation of token {@code i} to its head ({@link #ROOT} for a root). */
    public String relation(int i) {
        return relations.get(i);
    }

    /** The first root (most trees have exactly one). */
    public int root() {
        return heads.indexOf(-1);
    }

    /** The tokens whose head is {@code i}, in text order. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < heads.size(); j++) {
            if (heads.get(j) == i) {
                out.add(j);
            }
        }
        return out;
    }

    /** The tokens whose head is {@code i} by {@code relation}, in text order. */
    public List<Integer> children(int i, String relation) {
        Objects.requireNonNull(relation, "relation");
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < heads.size(); j++) {
            if (heads.get(j) == i && relations.get(j).equals(relation)) {
                out.add(j);
            }
        }
        return out;
    }

    /** Whether token {@code i} has a subject: a child by {@code nsubj} or {@code nsubjpass}. */
    public boolean hasSubject(int i) {
        for (int j = 0; j < heads.size(); j++) {
            if (heads.get(j) == i && (relations.get(j).equals("nsubj") || relations.get(j).equals("nsubjpass"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is an auxiliary of its head ({@code aux} or {@code auxpass}). */
    public boolean auxiliary(int i) {
        return relations.get(i).equals("aux") || relations.get(i).equals("auxpass");
    }

    /** This tree with other heads, one per token, and the same relations, tags and lemmas. */
    public DependencyTree withHeads(List<Integer> otherHeads) {
        return new DependencyTree(otherHeads, relations, tags, lemmas);
    }

    /** Token {@code i} and every token below it, in text order (a subtree is not always contiguous). */
    public List<Integer> subtree(int i) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < heads.size(); j++) {
            if (dominates(i, j)) {
                out.add(j);
            }
        }
        return out;
    }

    /** Whether {@code j} is {@code i} or below it. */
    public boolean dominates(int i, int j) {
        for (int h = j; h != -1; h = heads.get(h)) {
            if (h == i) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < heads.size(); i++) {
            b.append(i == 0 ? "" : " ").append(relations.get(i)).append('(').append(heads.get(i)).append(',')
                    .append(i).append(')');
        }
        return b.toString();
    }
}
