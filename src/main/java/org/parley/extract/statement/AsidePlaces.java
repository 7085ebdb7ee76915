package org.parley.extract.statement;

import java.util.List;
import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Recognizes a place of a statement's content that stands in a clause or phrase set aside from the act asked: a clause
 * that only dates the act ("while the teams met in A", "six months after the vote in A"), a remark on another place
 * opened by ", where", a past clause saying where an accord or a document was made ("the truce agreed in A"), and a
 * place turned down ("rather than in A", "instead of A").
 */
final class AsidePlaces {

    private static final WordList TIME_MARKS = Lexicon.bundled().list("time-clause-marks");
    private static final WordList TIME_SPANS = Lexicon.bundled().list("time-span-nouns");
    private static final WordList SPAN_MARKS = Lexicon.bundled().list("time-span-prepositions");
    private static final WordList ACCORDS = Lexicon.bundled().list("outcome-nouns");
    private static final WordList PACTS = Lexicon.bundled().list("accord-nouns");
    private static final WordList TEXTS_AGREED = Lexicon.bundled().list("accord-term-heads");
    private static final WordList DOCUMENT_NOUNS = Lexicon.bundled().list("document-nouns");
    private static final WordList SET_ASIDE = Lexicon.bundled().list("set-aside-phrases");

    private AsidePlaces() {
    }

    /** Whether the place stands in a dating clause, a ", where" remark, a past clause on an accord, or set aside. */
    static boolean aside(SentenceView s, Frame f, SentenceView.Placed m) {
        return inTimeClause(s, f, m) || inWhereRemark(s, f, m) || inPastDescription(s, f, m) || turnedDown(s, m);
    }

    /**
     * "held in Nampula rather than in Maputo", "instead of Geneva", "through talks rather than in Maputo": the place set
     * aside is not the content's. On the walk up from the place to the verb, a phrase is set aside when it is the
     * "than" of "rather than" or the "of" of "instead of", or when its first word comes right after them, wherever the
     * parser hangs it (below the "than", or as a conjunct of the place or the phrase preferred).
     */
    private static boolean turnedDown(SentenceView s, SentenceView.Placed m) {
        if (setAside(s, s.subtree(m.head()).get(0) - 1)) {
            return true; // "in Cusco rather than Lima"
        }
        for (int t = s.head(m.head()); t > 0 && !s.isVerb(t); t = s.head(t)) {
            if (setAside(s, t) || setAside(s, s.subtree(t).get(0) - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code t} ends a set-aside phrase: the "than" of "rather than", the "of" of "instead of". */
    private static boolean setAside(SentenceView s, int t) {
        if (t < 1) {
            return false;
        }
        String phrase = s.word(t - 1) + " " + s.word(t);
        return SET_ASIDE.contains(phrase.toLowerCase(Locale.ROOT));
    }

    /**
     * "refrain from attacks while the teams met in Riyadh": a place in a clause that only dates the act ("while",
     * "when", "as", "after") below the trigger is not where the act is asked.
     */
    private static boolean inTimeClause(SentenceView s, Frame f, SentenceView.Placed m) {
        for (int t = m.head(), steps = 0; t >= 0 && steps < 10 && !s.dominates(t, f.head()); t = s.head(t), steps++) {
            int mark = s.relation(t).equals("advcl") ? s.child(t, "mark") : -1;
            if (mark >= 0 && TIME_MARKS.contains(s.word(mark).toLowerCase(Locale.ROOT)) || spanDated(s, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * ", a day after fighting drove troops into A", "six months after the vote in A": a phrase of "after", "before" or
     * "since" measured by a span of time ({@code time-span-nouns}) dates the act; the parser hangs the phrase on the
     * span ("day" above "after") or the span on the phrase ("days" below "after"); the span may be the phrase's
     * object too ("after six days of talks in A": where the talks were held only dates the act).
     */
    private static boolean spanDated(SentenceView s, int t) {
        if (!s.relation(t).equals("prep") || !SPAN_MARKS.contains(s.word(t).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int above = s.head(t);
        return above >= 0 && TIME_SPANS.contains(s.lemma(above).toLowerCase(Locale.ROOT))
                || span(s, s.child(t, "npadvmod")) || span(s, s.child(t, "pobj"));
    }

    private static boolean span(SentenceView s, int t) {
        return t >= 0 && TIME_SPANS.contains(s.lemma(t).toLowerCase(Locale.ROOT));
    }

    /**
     * "open routes for convoys heading to Kerak, where shelling in Madaba has ruined the markets": a clause opened by
     * "where" after a comma describes the place before it; a place inside it is no place of the act asked, unless the
     * statement itself is made inside that clause.
     */
    private static boolean inWhereRemark(SentenceView s, Frame f, SentenceView.Placed m) {
        for (int w = 1; w < m.begin(); w++) {
            int clause = s.head(w);
            if (s.word(w).equalsIgnoreCase("where") && s.word(w - 1).equals(",") && clause > w
                    && s.dominates(clause, m.head()) && !s.dominates(clause, f.head())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "to honour the agreement signed in Pretoria", "a breach of the truce he brokered in Putrajaya", "a memorandum its
     * delegation handed over at talks in Istanbul", "the treaty initialled in Rome" (a participle on a noun of
     * {@code accord-term-heads}; "a treaty that recognised A" asks for A): a place in a relative or participle clause
     * in the past (no modal) on an accord or a document of the content says where that was made, not what is asked. A
     * past clause on any other noun still gives its places ("pull out the troops it has stationed in Badme").
     */
    private static boolean inPastDescription(SentenceView s, Frame f, SentenceView.Placed m) {
        for (int t = m.head(), steps = 0; t >= 0 && steps < 10 && !s.dominates(t, f.head()); t = s.head(t), steps++) {
            String r = s.relation(t);
            int noun = s.head(t);
            if ((r.equals("relcl") || r.equals("acl")) && s.isVerb(t) && past(s, t) && noun >= 0
                    && (ACCORDS.contains(s.lemma(noun)) || DOCUMENT_NOUNS.contains(s.lemma(noun))
                    || PACTS.contains(s.word(noun).toLowerCase(Locale.ROOT))
                    || r.equals("acl") && TEXTS_AGREED.contains(s.lemma(noun)))) {
                return true;
            }
        }
        return false;
    }

    /** A verb in the past: "signed", "was signed", "has destroyed"; not one with a modal ("would be handed"). */
    private static boolean past(SentenceView s, int verb) {
        List<Integer> aux = s.children(verb, "aux");
        if (aux.stream().anyMatch(a -> s.pos(a).equals("MD") || s.word(a).equalsIgnoreCase("to"))) {
            return false;
        }
        return s.pos(verb).equals("VBD") || s.pos(verb).equals("VBN")
                || aux.stream().anyMatch(a -> s.lemma(a).equals("have"));
    }
}
