package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.parley.core.DroppedTrigger;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;

/**
 * Finds the triggers of a sentence with the ordered rules of {@code rules/triggers.rules} (see {@link TriggerRule}).
 * A token that is the head of an earlier rule's trigger is not taken by a later rule. Immutable and thread-safe.
 */
final class TriggerRules {

    private final List<TriggerRule> rules;
    /** For {@link #mayMatch}: the patterns a token's form can start, by that form ({@link TokenPattern#firstWords}). */
    private final Map<String, List<TokenPattern>> byFirstWord = new HashMap<>();
    /** For {@link #mayMatch}: the patterns any token may start. */
    private final List<TokenPattern> anyStart = new ArrayList<>();

    private TriggerRules(List<TriggerRule> rules) {
        this.rules = List.copyOf(rules);
        for (TriggerRule rule : rules) {
            Set<String> first = rule.pattern().firstWords();
            if (first == null) {
                anyStart.add(rule.pattern());
            } else {
                for (String word : first) {
                    byFirstWord.computeIfAbsent(word, w -> new ArrayList<>()).add(rule.pattern());
                }
            }
        }
    }

    /** The bundled rules; a malformed rule line is a build error, reported with its file and line. */
    static TriggerRules bundled() {
        return load("triggers.rules", Lexicon.bundled());
    }

    static TriggerRules load(String file, Lexicon lexicon) {
        List<TriggerRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleFile.Line line : RuleFile.read(file)) {
            TriggerRule r = TriggerRule.parse(line, lexicon);
            if (!ids.add(r.id().id())) {
                throw new IllegalArgumentException(line.where() + "rule " + r.id() + " is defined twice");
            }
            rules.add(r);
        }
        return new TriggerRules(rules);
    }

    List<TriggerRule> rules() {
        return rules;
    }

    /**
     * The triggers of the sentence in text order of their heads; none inside an indirect question
     * ({@code statement.skip.indirect-question}: "has not said whether it would pull back") nor where
     * {@link FalseTriggers} finds no proposal ("nobody should think", "agreed in December", "denied having asked"):
     * each of those is told to {@code dropped}, with the id of the rule that dropped it.
     */
    List<Trigger> find(SentenceView s, Consumer<DroppedTrigger> dropped) {
        List<Trigger> out = new ArrayList<>();
        Set<Integer> heads = new HashSet<>();
        Set<Integer> droppedHeads = new HashSet<>();
        for (TriggerRule rule : rules) {
            for (TokenPattern.Match m : rule.pattern().findAll(s)) {
                if (heads.contains(m.head()) || !rule.accepts(s, m)) {
                    continue;
                }
                Trigger t = new Trigger(rule.id(), rule.kind(), m.tokens(), m.head());
                RuleId drop = NonProposals.indirectQuestion(s, m.head()) ? NonProposals.INDIRECT_QUESTION
                        : FalseTriggers.drop(s, m.head(), rule.kind());
                if (drop == null) {
                    heads.add(m.head());
                    out.add(t);
                } else if (droppedHeads.add(m.head())) {
                    dropped.accept(new DroppedTrigger(drop.id(), t.kind(), s.index(), s.sentence().span(), t.cue(s)));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.head(), b.head()));
        return out;
    }

    /**
     * Whether any rule could match in the sentence's words alone, before tagging by the parser: which sentences are
     * worth a parse. Tags and conditions are not tested (see {@link TokenPattern#mayMatch}). A pattern is tried only
     * from the tokens one of whose forms its first element holds (most patterns open with a word or a list), which
     * gives the same answer as trying every pattern from every token at a fraction of the cost.
     */
    boolean mayMatch(SentenceView s) {
        List<List<String>> forms = TokenPattern.formsOf(s);
        for (TokenPattern p : anyStart) {
            if (p.mayMatch(forms)) {
                return true;
            }
        }
        for (int i = 0; i < forms.size(); i++) {
            for (String form : forms.get(i)) {
                for (TokenPattern p : byFirstWord.getOrDefault(form, List.of())) {
                    if (p.mayMatchFrom(forms, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
