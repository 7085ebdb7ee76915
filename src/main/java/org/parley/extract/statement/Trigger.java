package org.parley.extract.statement;

import java.util.List;
import java.util.Objects;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;

/**
 * A cue for a demand, offer or rejection found by a {@link TriggerRule}: the tokens it matched and its head, the
 * word that carries the statement in the sentence's structure (the verb, the noun, the adjective or the modal).
 *
 * @param rule   the trigger rule that matched
 * @param kind   the statement kind the cue signals
 * @param tokens the matched tokens, in order
 * @param head   the head token
 */
record Trigger(RuleId rule, StatementKind kind, List<Integer> tokens, int head) {

    Trigger {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        tokens = List.copyOf(tokens);
        if (!tokens.contains(head)) {
            throw new IllegalArgumentException("head " + head + " is not among the tokens " + tokens);
        }
    }

    int first() {
        return tokens.get(0);
    }

    int last() {
        return tokens.get(tokens.size() - 1);
    }

    /**
     * Whether the trigger states what someone must do ("X must", "X needs to", "we should"): its subject is the
     * addressee, and whoever reports it makes it. Named so in the rule file.
     */
    boolean obligation() {
        return rule.id().startsWith("statement.demand.obligation") || rule.id().equals("statement.offer.joint-obligation");
    }

    /** The cue as written: the matched words. */
    String cue(SentenceView s) {
        return s.words(first(), last() + 1);
    }
}
