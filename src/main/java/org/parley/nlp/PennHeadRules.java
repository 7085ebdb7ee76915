package org.parley.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the head child of a Penn phrase by the table in {@code penn-head-rules.txt} (format there). Immutable.
 */
final class PennHeadRules {

    static final String RESOURCE = "org/parley/nlp/penn-head-rules.txt";
    private static final PennHeadRules BUNDLED = load();

    /** One line of the table: a direction and the categories it looks for. */
    private record Rule(String direction, List<String> categories) {
    }

    private final Map<String, List<Rule>> rules;

    private PennHeadRules(Map<String, List<Rule>> rules) {
        this.rules = Map.copyOf(rules);
    }

    static PennHeadRules bundled() {
        return BUNDLED;
    }

    /**
     * The index of the head among {@code node}'s children, never a punctuation or possessive-marker child unless
     * every child is one.
     */
    int headChild(PhraseNode node) {
        List<PhraseNode> children = node.children();
        for (Rule rule : rules.getOrDefault(node.label(), List.of())) {
            int h = find(rule, children);
            if (h >= 0) {
                return h;
            }
        }
        List<Rule> own = rules.get(node.label());
        boolean fromLeft = own == null || own.get(0).direction().startsWith("left");
        for (int k = 0; k < children.size(); k++) {
            int i = fromLeft ? k : children.size() - 1 - k;
            if (eligible(children.get(i))) {
                return i;
            }
        }
        return fromLeft ? 0 : children.size() - 1;
    }

    private static int find(Rule rule, List<PhraseNode> children) {
        boolean fromLeft = rule.direction().startsWith("left");
        if (rule.direction().endsWith("dis")) {
            for (int k = 0; k < children.size(); k++) {
                int i = fromLeft ? k : children.size() - 1 - k;
                if (eligible(children.get(i)) && rule.categories().contains(children.get(i).label())) {
                    return i;
                }
            }
            return -1;
        }
        for (String category : rule.categories()) {
            for (int k = 0; k < children.size(); k++) {
                int i = fromLeft ? k : children.size() - 1 - k;
                if (eligible(children.get(i)) && children.get(i).label().equals(category)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean eligible(PhraseNode child) {
        return !child.isPunctuation() && !child.label().equals("POS");
    }

    private static PennHeadRules load() {
        Map<String, List<Rule>> rules = new HashMap<>();
        Set<String> directions = Set.of("left", "right", "leftdis", "rightdis");
        ClasspathLines.read(RESOURCE, (lineNo, l) -> {
            String[] f = l.split("\\s+");
            if (f.length < 2 || !directions.contains(f[1])) {
                throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected LABEL DIRECTION CATEGORIES...,"
                        + " DIRECTION one of " + directions + ": " + l);
            }
            rules.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Rule(f[1], List.of(f).subList(2, f.length)));
        });
        rules.replaceAll((k, v) -> List.copyOf(v));
        return new PennHeadRules(rules);
    }
}
