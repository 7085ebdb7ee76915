package org.parley.extract.statement;

import java.util.List;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Whether a rejection points back to something said before it: what it rejects is a pronoun standing for it ("Quito
 * rejected it", "would have none of it", "this is unacceptable") or a noun of a proposal, a demand or a thing said
 * with a definite or demonstrative determiner ("dismissed the idea", "this plan cannot be accepted"), or any noun with
 * a demonstrative ("opposed those areas"). A rejection of an act of the rejecter's own ("would not give up its
 * arms", "refused to leave the town") points back to nothing: it answers no earlier statement by mere recency (that
 * reading gave a wrong addressee 2 times in 3 on the development sets).
 */
final class BackReferences {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList BACK = LEXICON.list("back-references");
    private static final WordList OFFERS = LEXICON.list("offer-nouns");
    private static final WordList DEMANDS = LEXICON.list("demand-nouns");
    private static final WordList SAID = LEXICON.list("statement-objects");
    private static final WordList REJECTED_ONLY = LEXICON.list("rejected-only-pronouns");
    private static final WordList PROPOSAL_DETERMINERS = LEXICON.list("proposal-determiners");

    private BackReferences() {
    }

    /** Whether the rejection of trigger {@code head} rejects what a word of it points back to. */
    static boolean refersBack(SentenceView s, int head) {
        for (int h : List.of(head, Clauses.verb(s, head))) {
            for (int c : s.children(h)) {
                String r = s.relation(c);
                boolean object = r.equals("dobj") || r.equals("nsubjpass");
                if ((object || r.equals("nsubj")) && pointsBack(s, c, object)) {
                    return true;
                }
                int o = r.equals("prep") ? s.child(c, "pobj") : -1;
                if (o >= 0 && pointsBack(s, o, true)) {
                    return true; // "we are against it", "said no to that"
                }
            }
        }
        return false;
    }

    /**
     * A pronoun standing for what was said ("it" only where it is rejected, not as the subject that rejects), a
     * proposal noun with "the", "this" or "such", any noun with "this", "that", "these" or "those", or a quantity of
     * either ("none of it", "any of these demands").
     */
    private static boolean pointsBack(SentenceView s, int t, boolean rejected) {
        boolean pronoun = s.pos(t).startsWith("PRP") || s.pos(t).equals("DT");
        if (pronoun && BACK.contains(s.word(t))) {
            return rejected || !REJECTED_ONLY.contains(s.word(t));
        }
        int det = s.child(t, "det");
        if (det >= 0 && BACK.contains(s.word(det)) && (demonstrative(s.word(det))
                || s.listed(OFFERS, t) || s.listed(DEMANDS, t) || s.listed(SAID, t))) {
            return true; // "opposed those areas", "dismissed the idea"
        }
        for (int p : s.children(t, "prep")) {
            int o = s.word(p).equals("of") ? s.child(p, "pobj") : -1;
            if (o >= 0 && pointsBack(s, o, true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean demonstrative(String word) {
        return !PROPOSAL_DETERMINERS.contains(word);
    }
}
