package org.parley.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A demand, offer or rejection found in one sentence of an article.
 *
 * @param id            local id, unique within the article ({@code s1}, {@code s2}, ...)
 * @param kind          demand, offer or rejection
 * @param sentenceIndex the evidence sentence's index
 * @param evidence      offsets of the evidence sentence in the body
 * @param cue           the trigger words as written ("called on", "rejected")
 * @param content       offsets of the demanded, offered or rejected content, or null when not delimited
 * @param action        normalized action ({@code withdrawal}, {@code ceasefire}, ...), or null
 * @param arguments     who, to whom, and the places and organizations named in the content
 * @param flags         negated, hypothetical, reported, future
 * @param date          when it was made (article date, or a relative day resolved against it), or null
 * @param links         links to other statements of the article (conditions, answers)
 * @param confidence    0..1
 * @param rule          the rule that recognized the statement (its trigger and kind)
 */
public record Statement(String id, StatementKind kind, int sentenceIndex, CharSpan evidence, String cue,
                        CharSpan content, String action, List<Argument> arguments, Set<StatementFlag> flags,
                        LocalDate date, List<StatementLink> links, double confidence, RuleId rule) {

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(rule, "rule");
        arguments = List.copyOf(arguments);
        flags = StatementFlag.inOrder(flags);
        links = List.copyOf(links);
    }

    /** The arguments in one role, in order. */
    public List<Argument> arguments(ArgumentRole role) {
        return arguments.stream().filter(a -> a.role() == role).toList();
    }
}
