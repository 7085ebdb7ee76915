package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A party's own act refused "without" something (condition {@code without-terms} of statement.demand.not-without):
 * "his men will not leave without the prisoners", "they would not sail north again without an escort", "the cabinet
 * would not go below that figure without a guarantee". The act is refused only until the thing is had, so what it
 * lacks is asked, as any conditional refusal gives the condition's demand only. The verb is negated ("not", "never")
 * and the "without" phrase with its object or clause hangs on it or on its object ("will not hold its fire without
 * ..."); its subject is a party, a pronoun or a party's people (a plural noun with a possessor: "its skippers",
 * "his men"). Not a hostile act ("will not leave without a fight", the hostile-acts list: a threat), nor a thing
 * ("the bill would not go back without a fresh round of consultation"), nor people or a party left without it
 * ("would not leave Mexican farmers without water": an object {@link PartyObject} finds, forces apart), nor an
 * inability ("could not pay without the fund", {@link Inabilities}). Stateless.
 */
final class WithoutTerms {

    private static final WordList HOSTILE = Lexicon.bundled().list("hostile-acts");
    private static final WordList FORCE_NOUNS = Lexicon.bundled().list("force-nouns");

    private WithoutTerms() {
    }

    /** Condition {@code without-terms}: the negated verb {@code h} of a party's act lacks what a "without" names. */
    static boolean test(SentenceView s, int h) {
        boolean never = s.children(h, "advmod").stream().anyMatch(a -> s.word(a).equalsIgnoreCase("never"));
        if (!(Conditions.negated(s, h) || never) || Inabilities.test(s, h) || !partySubject(s, Clauses.subject(s, h))) {
            return false;
        }
        int object = s.child(h, "dobj");
        if (object >= 0 && !FORCE_NOUNS.contains(s.lemma(object)) && PartyObject.test(s, h)) {
            return false; // "would not leave Mexican farmers without water": those left without it, nothing asked
        }
        return lacked(s, h) || object >= 0 && lacked(s, object);
    }

    private static boolean lacked(SentenceView s, int w) {
        for (int p : s.children(w, "prep")) {
            int what = s.child(p, "pobj", "pcomp");
            if (s.word(p).equalsIgnoreCase("without") && what >= 0 && !HOSTILE.contains(s.lemma(what))
                    && !HOSTILE.contains(s.word(what).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean partySubject(SentenceView s, int subject) {
        if (subject < 0) {
            return false;
        }
        if (s.pos(subject).equals("PRP") || Conditions.partyLike(s, subject)) {
            return true;
        }
        return s.pos(subject).equals("NNS") && s.child(subject, "poss") >= 0; // "its skippers", "his men"
    }
}
