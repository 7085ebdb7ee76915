package org.parley.extract.statement.legacy;

import java.util.Objects;
import org.parley.core.StatementKind;

/**
 * A cue for a demand, offer or rejection inside one sentence: token range {@code [begin, end)}.
 *
 * @param kind  the statement kind the cue signals
 * @param begin first token of the cue
 * @param end   token after the cue
 * @param form  how the cue is expressed
 * @param head  the lexicon word matched ("call on", "proposal", "must")
 */
record Trigger(StatementKind kind, int begin, int end, TriggerForm form, String head) {

    Trigger {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(head, "head");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad trigger range [" + begin + ", " + end + ")");
        }
    }
}
