package org.parley.extract.statement;

import java.util.EnumSet;
import org.parley.core.StatementFlag;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/** The context flags of a statement: negated, hypothetical ("would", "could", a condition), future ("will"), reported. */
final class FlagRules {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList HYPOTHETICAL = LEXICON.list("hypothetical-modals");
    private static final WordList FUTURE = LEXICON.list("plain-future-modals");
    private static final WordList HEARSAY = LEXICON.list("hearsay-adverbs");

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
            if (HYPOTHETICAL.contains(w)) {
                flags.add(StatementFlag.HYPOTHETICAL);
            } else if (FUTURE.contains(w)) {
                flags.add(StatementFlag.FUTURE);
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (HEARSAY.contains(s.word(i))) {
                flags.add(StatementFlag.REPORTED);
            }
        }
        if (x.frame().maker() != null && x.frame().maker().rule().id().startsWith("maker.according-to")) {
            flags.add(StatementFlag.REPORTED); // "according to Qatar, Hamas must ..."
        }
        return x.frame().withFlags(flags);
    }
}
