package org.parley.nlp;

import edu.emory.mathcs.nlp.common.collection.tree.PrefixNode;
import edu.emory.mathcs.nlp.common.collection.tree.PrefixTree;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.template.util.BILOU;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * NLP4J's named-entity gazetteers (1.6 million phrases under 16 list numbers) as an {@link Nlp4jWordTable} of every
 * phrase and phrase prefix with a bit set of the lists each phrase is in: about 40 MB of heap where NLP4J's prefix tree
 * of hash maps takes 590 MB. {@link #tag} marks the nodes of a sentence as NLP4J's
 * {@code GlobalLexica.processNamedEntityGazetteers} does: the longest phrase that starts at each word adds its lists to
 * its words as BILOU tags ({@code U-3} alone, {@code B-3}, {@code I-3}, {@code L-3} over several words).
 */
final class Nlp4jGazetteer {

    private final Nlp4jWordTable table;
    /** Per slot of {@link #table}: the lists the phrase of that hash is in, one bit each; 0 for a prefix only. */
    private final char[] lists;
    /** The list names, by bit. */
    private final String[] names;

    Nlp4jGazetteer(Nlp4jWordTable table, char[] lists, String[] names) {
        if (lists.length != table.slots() || names.length > Character.SIZE) {
            throw new IllegalArgumentException(lists.length + " list sets for " + table.slots() + " slots, "
                    + names.length + " list names (at most " + Character.SIZE + ")");
        }
        this.table = table;
        this.lists = lists;
        this.names = names;
    }

    /** The compact form of NLP4J's gazetteer tree (keys are NLP4J's simplified word forms). */
    static Nlp4jGazetteer of(PrefixTree<String, Set<String>> tree) {
        Set<String> listNames = new TreeSet<>();
        int nodes = 0;
        Deque<PrefixNode<String, Set<String>>> todo = new ArrayDeque<>(List.of(tree.getRoot()));
        while (!todo.isEmpty()) {
            PrefixNode<String, Set<String>> n = todo.pop();
            nodes++;
            if (n.hasValue()) {
                listNames.addAll(n.getValue());
            }
            todo.addAll(n.values());
        }
        String[] names = listNames.toArray(String[]::new);
        Nlp4jWordTable table = Nlp4jWordTable.withCapacity(nodes);
        char[] lists = new char[table.slots()];
        addBelow(tree.getRoot(), Nlp4jWordTable.start(), table, lists, List.of(names));
        return new Nlp4jGazetteer(table, lists, names);
    }

    private static void addBelow(PrefixNode<String, Set<String>> node, long hash, Nlp4jWordTable table, char[] lists,
                                 List<String> names) {
        Deque<Map.Entry<PrefixNode<String, Set<String>>, Long>> todo = new ArrayDeque<>();
        todo.push(Map.entry(node, hash));
        while (!todo.isEmpty()) {
            Map.Entry<PrefixNode<String, Set<String>>, Long> top = todo.pop();
            for (Map.Entry<String, PrefixNode<String, Set<String>>> child : top.getKey().entrySet()) {
                long h = Nlp4jWordTable.extend(top.getValue(), child.getKey());
                int slot = table.add(h);
                PrefixNode<String, Set<String>> c = child.getValue();
                if (c.hasValue()) {
                    for (String list : c.getValue()) {
                        lists[slot] |= (char) (1 << names.indexOf(list));
                    }
                }
                todo.push(Map.entry(c, h));
            }
        }
    }

    long[] keys() {
        return table.keys();
    }

    char[] lists() {
        return lists;
    }

    String[] names() {
        return names.clone();
    }

    /**
     * Adds the gazetteer tags of {@code nodes} (index 0 is the root and is skipped): at each word, those of the longest
     * phrase that starts there.
     */
    void tag(NLPNode[] nodes) {
        for (int b = 1; b < nodes.length; b++) {
            long h = Nlp4jWordTable.start();
            int longest = -1;
            int longestEnd = -1;
            for (int e = b; e < nodes.length; e++) {
                h = Nlp4jWordTable.extend(h, nodes[e].getWordFormSimplified());
                int slot = table.find(h);
                if (slot < 0) {
                    break;
                }
                if (lists[slot] != 0) {
                    longest = slot;
                    longestEnd = e;
                }
            }
            if (longest >= 0) {
                for (int bits = lists[longest]; bits != 0; bits &= bits - 1) {
                    mark(nodes, b, longestEnd, names[Integer.numberOfTrailingZeros(bits)]);
                }
            }
        }
    }

    private static void mark(NLPNode[] nodes, int b, int e, String list) {
        if (b == e) {
            nodes[b].addNamedEntityGazetteer(BILOU.toBILOUTag(BILOU.U, list));
            return;
        }
        nodes[b].addNamedEntityGazetteer(BILOU.toBILOUTag(BILOU.B, list));
        for (int i = b + 1; i < e; i++) {
            nodes[i].addNamedEntityGazetteer(BILOU.toBILOUTag(BILOU.I, list));
        }
        nodes[e].addNamedEntityGazetteer(BILOU.toBILOUTag(BILOU.L, list));
    }
}
