package org.parley.extract.statement;

import java.util.List;
import java.util.Set;
import org.parley.core.StatementKind;

/**
 * A condition clause that the parser hangs below the act offered rather than on the trigger: "promised to order a
 * truce and begin talks if Chile pulled its troops out of Arica", with the "if" clause on "begin". A condition on the
 * trigger itself is no content (see {@link ContentRules}); in an offer one deeper down is none either: what it waits
 * for is what the offerer asks in return, the condition's own demand, so its places and organizations are that
 * demand's, not the offer's. A clause that holds the statement's own trigger stays. Not for a demand, where a
 * condition below the act asked is part of it ("suspend the aid until a deal is reached with A").
 */
final class NestedConditions {

    private NestedConditions() {
    }

    /**
     * Removes from {@code out}, the content of an offer, the condition clauses below its trigger {@code head} that do
     * not hold the trigger; the content of a demand or a rejection is left as it is.
     */
    static void remove(SentenceView s, int head, StatementKind kind, Set<Integer> out) {
        if (kind != StatementKind.OFFER) {
            return;
        }
        for (int i : List.copyOf(out)) {
            if (out.contains(i) && AwaitedActs.awaited(s, i)) {
                List<Integer> clause = s.subtree(i);
                if (!clause.contains(head)) {
                    out.removeAll(clause);
                }
            }
        }
    }
}
