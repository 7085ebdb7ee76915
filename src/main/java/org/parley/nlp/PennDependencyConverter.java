package org.parley.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.parley.core.DependencyTree;

/**
 * Converts a Penn Treebank constituency tree into a dependency tree with the ClearNLP labels of
 * {@link DependencyTree}, in the Stanford basic-dependency tradition: heads by {@link PennHeadRules} (the first
 * conjunct heads a coordination; an auxiliary defers to the verb phrase after it), labels by
 * {@link PennRelationLabels}, then the relations a local view cannot see are repaired over the whole tree: passives
 * (auxpass, nsubjpass, agent), the subject after a speech verb ("..., said the minister"), the first of two objects
 * (dative), and the role of a relative pronoun. Stateless; thread-safe.
 */
final class PennDependencyConverter {

    private static final Set<String> COORDINATED =
            Set.of("NP", "VP", "S", "SBAR", "ADJP", "ADVP", "PP", "UCP", "NX", "WHNP", "SINV", "SQ", "FRAG");

    private final PennHeadRules headRules;
    private final WordListFile lists;

    PennDependencyConverter(PennHeadRules headRules, WordListFile lists) {
        this.headRules = headRules;
        this.lists = lists;
    }

    /**
     * @param root  the tree, its preterminals over tokens 0 to words.size() - 1, each once
     * @param words the tokens' words
     */
    DependencyTree convert(PhraseNode root, List<String> words) {
        Conversion c = new Conversion(words);
        int top = c.attach(root);
        c.heads[top] = -1;
        c.labels[top] = DependencyTree.ROOT;
        for (int i = 0; i < words.size(); i++) {
            if (c.labels[i] == null) {
                throw new IllegalArgumentException("token " + i + " is not in the tree " + root);
            }
        }
        repairPassives(c);
        repairRelations(c);
        return new DependencyTree(Arrays.stream(c.heads).boxed().toList(), Arrays.asList(c.labels));
    }

    /** The heads, labels and tags of one sentence while it is converted. */
    private final class Conversion {
        final List<String> words;
        final int[] heads;
        final String[] labels;
        final String[] tags;
        final PennRelationLabels labeler;

        Conversion(List<String> words) {
            this.words = words;
            heads = new int[words.size()];
            labels = new String[words.size()];
            tags = new String[words.size()];
            labeler = new PennRelationLabels(words, lists);
        }

        /** Attaches everything below {@code node} and returns its head token. */
        int attach(PhraseNode node) {
            if (node.isPreterminal()) {
                tags[node.token()] = node.label();
                return node.token();
            }
            List<PhraseNode> children = node.children();
            int[] tokens = new int[children.size()];
            for (int i = 0; i < children.size(); i++) {
                tokens[i] = attach(children.get(i));
            }
            int[] conjuncts = conjuncts(node);
            int head = conjuncts.length > 0 ? conjuncts[0] : verbHead(node, headRules.headChild(node));
            boolean[] done = new boolean[children.size()];
            done[head] = true;
            for (int k = 1; k < conjuncts.length; k++) {
                link(tokens[conjuncts[k]], tokens[head], "conj");
                done[conjuncts[k]] = true;
            }
            coordinateModifiers(node, head, tokens, done);
            for (int i = 0; i < children.size(); i++) {
                if (!done[i]) {
                    String label = conjuncts.length > 0 && i < head
                            && lists.contains("preconjunction", words.get(tokens[i]))
                            ? "preconj" : labeler.label(node, head, i, tokens);
                    link(tokens[i], tokens[head], label);
                }
            }
            return tokens[head];
        }

        void link(int dependent, int head, String label) {
            heads[dependent] = head;
            labels[dependent] = label;
        }

        /** An auxiliary, modal or "to" heading a VP defers to the VP after it. */
        private int verbHead(PhraseNode node, int head) {
            String label = node.label();
            if (!label.equals("VP") && !label.equals("SQ") && !label.equals("SINV")) {
                return head;
            }
            PhraseNode h = node.children().get(head);
            boolean auxiliary = h.isPreterminal() && (h.label().equals("MD") || h.label().equals("TO")
                    || lists.contains("auxiliary", words.get(h.token())));
            if (auxiliary) {
                for (int i = head + 1; i < node.children().size(); i++) {
                    if (node.children().get(i).label().equals("VP")) {
                        return i;
                    }
                }
            }
            return head;
        }

        /**
         * Modifiers coordinated before the head of a flat phrase ("the Luhansk and Zaporizhzhia regions"): the
         * second is a conj of the first, the conjunction its cc.
         */
        private void coordinateModifiers(PhraseNode node, int head, int[] tokens, boolean[] done) {
            List<PhraseNode> children = node.children();
            for (int i = 1; i + 1 < head; i++) {
                if (children.get(i).label().equals("CC") && !done[i - 1]) {
                    link(tokens[i], tokens[i - 1], "cc");
                    link(tokens[i + 1], tokens[i - 1], "conj");
                    done[i] = true;
                    done[i + 1] = true;
                }
            }
        }
    }

    /**
     * The children coordinated in {@code node}, the first being its head, or none: a phrase whose last
     * non-punctuation child follows a conjunction, with the conjuncts separated by conjunctions and commas.
     */
    private static int[] conjuncts(PhraseNode node) {
        List<PhraseNode> children = node.children();
        if (!COORDINATED.contains(node.label())) {
            return new int[0];
        }
        int last = children.size() - 1;
        while (last > 0 && children.get(last).isPunctuation()) {
            last--;
        }
        if (last < 2 || !conjunction(children.get(last - 1))) {
            return new int[0];
        }
        int[] out = new int[children.size()];
        int n = 0;
        for (int i = 0; i <= last; i++) {
            PhraseNode c = children.get(i);
            if (conjunction(c) || c.isPunctuation() || (n == 0 && c.label().equals("DT"))) {
                continue;
            }
            out[n++] = i;
        }
        return n >= 2 ? Arrays.copyOf(out, n) : new int[0];
    }

    private static boolean conjunction(PhraseNode c) {
        return c.label().equals("CC") || c.label().equals("CONJP");
    }

    /**
     * A participle with a passive auxiliary ("was rejected"), modifying a noun ("the plan proposed by Norway") or
     * coordinated with a passive ("was put forward and backed by"): passive relations.
     */
    private void repairPassives(Conversion c) {
        boolean[] passives = new boolean[c.heads.length];
        for (int v = 0; v < c.heads.length; v++) {
            if (!"VBN".equals(c.tags[v])) {
                continue;
            }
            boolean passive = c.labels[v].equals("acl") || c.labels[v].equals("nmod")
                    || c.labels[v].equals("conj") && c.heads[v] < v && passives[c.heads[v]];
            for (int d = 0; d < c.heads.length; d++) {
                if (c.heads[d] == v && c.labels[d].equals("aux") && d < v
                        && lists.contains("passive-auxiliary", c.words.get(d)) && !followedByAuxOf(c, d, v)) {
                    c.labels[d] = "auxpass";
                    passive = true;
                }
            }
            if (!passive) {
                continue;
            }
            passives[v] = true;
            for (int d = 0; d < c.heads.length; d++) {
                if (c.heads[d] != v) {
                    continue;
                }
                switch (c.labels[d]) {
                    case "nsubj" -> c.labels[d] = "nsubjpass";
                    case "csubj" -> c.labels[d] = "csubjpass";
                    case "prep" -> c.labels[d] = d > v && c.words.get(d).equalsIgnoreCase("by") ? "agent" : "prep";
                    default -> { }
                }
            }
        }
    }

    /** "has been rejected": only the last auxiliary before the participle is passive. */
    private static boolean followedByAuxOf(Conversion c, int aux, int verb) {
        for (int d = aux + 1; d < verb; d++) {
            if (c.heads[d] == verb && c.labels[d].startsWith("aux")) {
                return true;
            }
        }
        return false;
    }

    /** Inverted speech subjects, datives and relative pronouns. */
    private static void repairRelations(Conversion c) {
        int n = c.heads.length;
        for (int v = 0; v < n; v++) {
            int subject = -1;
            int ccompBefore = -1;
            int firstObject = -1;
            int secondObject = -1;
            int wh = -1;
            for (int d = 0; d < n; d++) {
                if (c.heads[d] != v) {
                    continue;
                }
                String l = c.labels[d];
                if (l.startsWith("nsubj") || l.startsWith("csubj") || l.equals("expl")) {
                    subject = d;
                } else if (l.equals("ccomp") && d < v) {
                    ccompBefore = d;
                } else if (l.equals("dobj")) {
                    secondObject = firstObject >= 0 ? d : -1;
                    firstObject = firstObject >= 0 ? firstObject : d;
                } else if (l.equals("dep") && c.tags[d] != null && c.tags[d].startsWith("W") || l.equals("mark")
                        && d < v && c.labels[v].equals("relcl")) {
                    wh = d;
                }
            }
            if (subject < 0 && ccompBefore >= 0 && firstObject > v && secondObject < 0) {
                c.labels[firstObject] = "nsubj";
                subject = firstObject;
                firstObject = -1;
            }
            if (firstObject >= 0 && secondObject >= 0) {
                c.labels[firstObject] = "dative";
            }
            if (wh >= 0) {
                boolean passive = hasChild(c, v, "auxpass");
                c.labels[wh] = subject >= 0 ? "dobj" : passive ? "nsubjpass" : "nsubj";
            }
        }
    }

    private static boolean hasChild(Conversion c, int head, String label) {
        for (int d = 0; d < c.heads.length; d++) {
            if (c.heads[d] == head && c.labels[d].equals(label)) {
                return true;
            }
        }
        return false;
    }
}
