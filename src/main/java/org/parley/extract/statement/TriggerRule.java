package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;

/**
 * One trigger rule of {@code rules/triggers.rules}: an id, the statement kind, a {@link TokenPattern} and the named
 * conditions (see {@link Conditions}) that must all hold at the match, a leading {@code !} negating one. A line:
 * <pre>statement.demand.call-on  demand  ^call/V on|upon  where !negated</pre>
 *
 * @param id         the rule id
 * @param kind       the kind of the statements it signals
 * @param pattern    what it matches
 * @param conditions names of conditions, each optionally prefixed with {@code !}
 */
record TriggerRule(RuleId id, StatementKind kind, TokenPattern pattern, List<String> conditions) {

    TriggerRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pattern, "pattern");
        conditions = List.copyOf(conditions);
    }

    /** Parses one rule line; throws IllegalArgumentException with the file and line on any problem. */
    static TriggerRule parse(RuleFile.Line line, Lexicon lexicon) {
        String[] parts = line.text().split("\\s+where\\s+", 2);
        String[] head = parts[0].strip().split("\\s+", 3);
        if (head.length < 3) {
            throw new IllegalArgumentException(line.where() + "expected: ID KIND PATTERN [where CONDITION...]");
        }
        try {
            RuleId id = RuleId.of(head[0]);
            if (!id.family().equals("statement")) {
                throw new IllegalArgumentException("a trigger rule id starts with 'statement.': " + id);
            }
            StatementKind kind = StatementKind.valueOf(head[1].toUpperCase(Locale.ROOT));
            TokenPattern pattern = TokenPattern.parse(head[2], lexicon);
            List<String> conditions = new ArrayList<>();
            if (parts.length > 1) {
                for (String c : parts[1].strip().split("\\s+")) {
                    Conditions.check(c);
                    conditions.add(c);
                }
            }
            return new TriggerRule(id, kind, pattern, conditions);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(line.where() + e.getMessage(), e);
        }
    }

    /** Whether every condition holds for {@code match}. */
    boolean accepts(SentenceView s, TokenPattern.Match match) {
        for (String c : conditions) {
            boolean negate = c.startsWith("!");
            if (Conditions.test(negate ? c.substring(1) : c, s, match.head()) == negate) {
                return false;
            }
        }
        return true;
    }
}
