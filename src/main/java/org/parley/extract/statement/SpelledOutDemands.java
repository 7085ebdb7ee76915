package org.parley.extract.statement;

import java.util.List;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A demand spelled out after a colon that follows the noun naming it: "its leader added a demand of his own: the
 * governor must resign", "Lima set one condition: Quito must withdraw". The parser hangs the spelled-out clause on
 * the demand noun; the noun is the object of a verb that presents it ({@code MakerRules.presents}), and that verb's
 * subject (or the name set off by commas before it, when the parser left it without one) makes the demand. Nothing
 * is made for a noun of another kind ("a remark: ..."), without the colon, or for a verb that refuses the noun.
 * Stateless.
 */
final class SpelledOutDemands {

    private static final WordList DEMAND_NOUNS = Lexicon.bundled().list("demand-nouns");

    private SpelledOutDemands() {
    }

    /** The trigger's maker by {@code maker.spelled-out}, or null. */
    static List<Party> maker(Site x) {
        SentenceView s = x.s();
        int clause = Clauses.verb(s, x.head()); // "must" stands for its verb
        int noun = s.relation(clause).equals("acl") ? s.head(clause) : -1;
        if (noun < 0 || !DEMAND_NOUNS.contains(s.lemma(noun)) || !colonBetween(s, noun, clause)
                || !s.relation(noun).equals("dobj")) {
            return null;
        }
        int verb = s.head(noun);
        if (!MakerRules.presents(s, verb) || Clauses.refused(s, verb)) {
            return null;
        }
        int subject = InheritedSubjects.of(s, verb);
        int maker = subject >= 0 ? subject : FrontedNames.frontedName(s, verb);
        return maker < 0 ? null : MakerRules.found(x, maker, "maker.spelled-out");
    }

    private static boolean colonBetween(SentenceView s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.word(i).equals(":")) {
                return true;
            }
        }
        return false;
    }
}
