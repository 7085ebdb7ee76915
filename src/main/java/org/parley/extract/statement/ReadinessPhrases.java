package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Two readings of a party's readiness ({@code statement.offer.readiness}) the parse alone gets wrong. An adjective
 * after a verb of the {@code standing-verbs} list ("Egypt stands ready to host the talks", "Oslo stood ready to
 * facilitate a round") is its predicate, as after a copula, though the parser hangs it on the verb as a bare
 * adverbial clause (no marker). And readiness "for" a hostile act ("the army is ready for a long war", "prepared for
 * a fight") is a threat or a boast, no offer. Stateless.
 */
final class ReadinessPhrases {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList STANDING = LEXICON.list("standing-verbs");
    private static final WordList HOSTILE = LEXICON.list("hostile-acts");

    private ReadinessPhrases() {
    }

    /** Whether {@code head} is an adjective the parser hung as an unmarked clause on "stand" ("stands ready"). */
    static boolean standingPredicate(SentenceView s, int head) {
        int verb = s.head(head);
        return verb >= 0 && s.relation(head).equals("advcl") && s.pos(head).startsWith("JJ")
                && s.child(head, "mark") < 0 && s.isVerb(verb) && STANDING.contains(s.lemma(verb));
    }

    /** Whether the readiness at {@code head} is "for" a hostile act ("ready for war"). */
    static boolean forHostileAct(SentenceView s, int head) {
        for (int p : s.children(head, "prep")) {
            if (s.word(p).equalsIgnoreCase("for") && HOSTILE.contains(s.lemma(s.child(p, "pobj")))) {
                return true;
            }
        }
        return false;
    }
}
