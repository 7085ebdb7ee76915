package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Proposals a party says in the passive, naming no one who acts. A gathering to be held: "consultations with the
 * mayors would be held first, he said", "the next ministerial meeting could be held in Lusaka" (the passive subject of
 * "be held" is a word of the talk-nouns or gathering-words lists), unless a date puts it on a calendar (a weekday, a
 * month, a number or a span of time on the verb, "would be held in Doha on Monday", "next week", or "next" on the
 * subject, "the next round would be held in Doha": a schedule told). A permission to be granted: "the displaced would
 * be allowed to return to Kidal, he said" (a passive "allowed" or "permitted" with an infinitive). Neither where the
 * subject is denied ("no talks would be held", "no village would be allowed to secede"), nor inside what a verb of
 * demanding asks ("urged Oslo to ensure that fishermen would be allowed to land": the demand's content).
 */
final class PassiveProposals {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList TALK_NOUNS = LEXICON.list("talk-nouns");
    private static final WordList GATHERINGS = LEXICON.list("gathering-words");
    private static final WordList WEEKDAYS = LEXICON.list("weekdays");
    private static final WordList MONTHS = LEXICON.list("month-names");
    private static final WordList SPANS = LEXICON.list("time-span-nouns");

    private PassiveProposals() {
    }

    /** Whether the passive subject of the trigger {@code h} is a gathering no date puts on a calendar. */
    static boolean gathering(SentenceView s, int h) {
        int subject = s.child(h, "nsubjpass");
        if (subject < 0 || !s.isNoun(subject) || !(s.listed(TALK_NOUNS, subject) || s.listed(GATHERINGS, subject))) {
            return false;
        }
        return !NonProposals.noneNamed(s, subject) && !has(s, subject, "next") && !dated(s, h) && !asked(s, h);
    }

    /** Whether the trigger {@code h} grants its passive subject leave to act (an infinitive below it). */
    static boolean permission(SentenceView s, int h) {
        int subject = s.child(h, "nsubjpass");
        return subject >= 0 && !NonProposals.noneNamed(s, subject) && !asked(s, h)
                && s.children(h, "xcomp").stream().anyMatch(c -> Clauses.toInfinitive(s, c));
    }

    private static boolean has(SentenceView s, int word, String modifier) {
        return s.children(word).stream().anyMatch(c -> s.word(c).equalsIgnoreCase(modifier));
    }

    /** A verb of demanding above the trigger: the passive is the content of a demand, not a proposal. */
    private static boolean asked(SentenceView s, int h) {
        for (int up = s.head(h); up >= 0; up = s.head(up)) {
            // "told reporters that talks would be held" reports; "told Oslo to ensure that" asks
            boolean telling = s.lemma(up).equals("tell") && s.child(up, "xcomp") < 0;
            if (s.isVerb(up) && DemandedClauses.demanding(s.lemma(up)) && !telling) {
                return true;
            }
        }
        return false;
    }

    /** A weekday, a month, a number or a span of time on the verb, directly or as the object of a preposition. */
    private static boolean dated(SentenceView s, int h) {
        for (int c : s.children(h)) {
            boolean datedPhrase = s.relation(c).equals("prep")
                    && s.children(c, "pobj").stream().anyMatch(o -> date(s, o));
            if (date(s, c) || datedPhrase) {
                return true;
            }
        }
        return false;
    }

    private static boolean date(SentenceView s, int i) {
        boolean month = s.listed(MONTHS, i) && s.pos(i).startsWith("NNP"); // not the modal "may"
        return month || s.listed(WEEKDAYS, i) || s.listed(SPANS, i) || s.pos(i).equals("CD")
                || s.relation(i).equals("npadvmod") || s.relation(i).equals("tmod");
    }
}
