package org.parley.extract.statement;

import java.util.EnumSet;
import org.parley.core.StatementFlag;
import org.parley.core.StatementKind;

/** The context flags of a statement: negated, hypothetical ("would", "could", a condition), future ("will"), reported. */
final class FlagRules {

    private FlagRules() {
    }

    static Frame apply(Site x) {
        SentenceView s = x.s();
        int verb = Clauses.verb(s, x.head());
        EnumSet<StatementFlag> flags = EnumSet.noneOf(StatementFlag.class);
        if (x.frame().kind() != StatementKind.REJECTION && Conditions.negated(s, x.head())) {
            flags.add(StatementFlag.NEGATED);
        }
        for (int a : s.children(verb, "aux")) {
            String w = s.word(a);
            if (w.equals("would") || w.equals("could") || w.equals("might") || w.equals("may") || w.equals("'d")) {
                flags.add(StatementFlag.HYPOTHETICAL);
            } else if (w.equals("will") || w.equals("shall") || w.equals("'ll")) {
                flags.add(StatementFlag.FUTURE);
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.word(i).equals("reportedly") || s.word(i).equals("allegedly")) {
                flags.add(StatementFlag.REPORTED);
            }
        }
        if (x.frame().maker() != null && x.frame().maker().rule().id().startsWith("maker.according-to")) {
            flags.add(StatementFlag.REPORTED); // "according to Qatar, Hamas must ..."
        }
        return x.frame().withFlags(flags);
    }
}
