package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.parley.core.AnalyzedText;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * Scores any {@link SentenceParser} on a {@link KeyRelations} set: the sentences are analyzed once (our tokens and
 * tags), then each expected relation counts as attached when the parser gives the dependent the expected head, and
 * as labeled when it also gives the expected label.
 * <pre>{@code ParserEvaluator.Score s = new ParserEvaluator(KeyRelations.bundled(), analyzer).score(parser);}</pre>
 */
public final class ParserEvaluator {

    private final KeyRelations keys;
    private final List<List<Token>> sentences;

    /** Analyzes every sentence of {@code keys}; fails when one of them is not analyzed as exactly one sentence. */
    public ParserEvaluator(KeyRelations keys, TextAnalyzer analyzer) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.sentences = new ArrayList<>();
        for (KeyRelations.Item item : keys.sentences()) {
            AnalyzedText a = analyzer.analyze(item.text());
            if (a.sentences().size() != 1) {
                throw new IllegalArgumentException("key sentence analyzed as " + a.sentences().size()
                        + " sentences: " + item.text());
            }
            sentences.add(a.sentences().get(0).tokens());
        }
    }

    /** The analyzed tokens of each key sentence, in set order. */
    public List<List<Token>> sentences() {
        return List.copyOf(sentences);
    }

    /** Parses every key sentence with {@code parser} and counts the expected relations it gets right. */
    public Score score(SentenceParser parser) {
        Map<String, Count> byLabel = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            DependencyTree tree = parser.parse(tokens);
            for (KeyRelations.Relation r : keys.sentences().get(s).relations()) {
                int dependent = r.dependentIndex(tokens);
                boolean attached = tree.head(dependent) == r.headIndex(tokens);
                boolean labeled = attached && (r.anyLabel() || tree.relation(dependent).equals(r.label()));
                byLabel.merge(r.label(), Count.of(attached, labeled), Count::plus);
                if (!labeled) {
                    int h = tree.head(dependent);
                    misses.add(r + " got " + tree.relation(dependent) + "(" + (h < 0 ? "ROOT" : tokens.get(h).text())
                            + ", " + r.dependent() + ") in: " + keys.sentences().get(s).text());
                }
            }
        }
        Count all = byLabel.values().stream().reduce(Count.ZERO, Count::plus);
        return new Score(all.total(), all.attached(), all.labeled(), byLabel, misses);
    }

    /**
     * @param total    expected relations
     * @param attached how many got the expected head
     * @param labeled  how many got the expected head and label
     */
    public record Count(int total, int attached, int labeled) {

        static final Count ZERO = new Count(0, 0, 0);

        static Count of(boolean attached, boolean labeled) {
            return new Count(1, attached ? 1 : 0, labeled ? 1 : 0);
        }

        Count plus(Count c) {
            return new Count(total + c.total, attached + c.attached, labeled + c.labeled);
        }
    }

    /**
     * @param relations expected relations scored
     * @param attached  dependents given the expected head
     * @param labeled   dependents given the expected head and label
     * @param byLabel   the same counts per expected label
     * @param misses    one line per relation not labeled right
     */
    public record Score(int relations, int attached, int labeled, Map<String, Count> byLabel, List<String> misses) {

        public Score {
            byLabel = Map.copyOf(byLabel);
            misses = List.copyOf(misses);
        }

        /** Labeled accuracy on the key relations. */
        public double labeledAccuracy() {
            return relations == 0 ? 0 : (double) labeled / relations;
        }

        /** Unlabeled (attachment only) accuracy on the key relations. */
        public double attachmentAccuracy() {
            return relations == 0 ? 0 : (double) attached / relations;
        }
    }
}
