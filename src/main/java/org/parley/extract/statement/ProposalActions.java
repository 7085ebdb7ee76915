package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Normalizes the demanded or offered content to one action name ({@code withdrawal}, {@code ceasefire}, ...), by the
 * lines of {@code rules/actions.rules}, the first that matches winning.
 */
final class ProposalActions {

    /** A word alone gives the action; with companions, one of them must occur in the content too. */
    private record Rule(String action, Set<String> words, Set<String> companions) {
    }

    private static final List<Rule> RULES = load();

    private ProposalActions() {
    }

    /** The action of the first rule (in file order) matched by the lower-case words, or null. */
    static String actionOf(List<String> words) {
        for (Rule r : RULES) {
            boolean hit = false;
            boolean companion = r.companions().isEmpty();
            for (String w : words) {
                String bare = w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
                hit |= r.words().contains(w) || r.words().contains(bare);
                companion |= r.companions().contains(w) || r.companions().contains(bare);
            }
            if (hit && companion) {
                return r.action();
            }
        }
        return null;
    }

    private static List<Rule> load() {
        List<Rule> out = new ArrayList<>();
        for (RuleFile.Line line : RuleFile.read("actions.rules")) {
            String[] f = line.text().split("\\s*\\|\\s*");
            if (f.length != 3 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalStateException(line.where() + "expected 'action | words | companions'");
            }
            Set<String> companions = f[2].equals("-") ? Set.of() : Set.of(f[2].split("\\s+"));
            out.add(new Rule(f[0], Set.of(f[1].split("\\s+")), companions));
        }
        return List.copyOf(out);
    }
}
