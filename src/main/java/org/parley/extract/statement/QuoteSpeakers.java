package org.parley.extract.statement;

import java.util.Locale;
import java.util.function.IntUnaryOperator;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Who speaks the quotation of a sentence: the subject of a reporting verb outside the quotation marks, in the
 * sentence itself or, for a quotation attributed only after it ("“...” / “...,” she said."), in the next one (left
 * unparsed when it holds no trigger: then the name or pronoun next to the reporting verb). A quotation a document
 * speaks ("“...,” the statement said") is never the next sentence's speaker's: its issuer, if any, is found by the
 * rules that read the document.
 */
final class QuoteSpeakers {

    private static final WordList PRONOUNS = Lexicon.bundled().list("pronouns-person");
    private static final WordList DOCUMENTS = Lexicon.bundled().list("document-nouns");

    private QuoteSpeakers() {
    }

    /** The speaker named in the sentence ("“...,” the minister said", "X told reporters that “...”"), or null. */
    static Party of(SentenceView s, Parties parties) {
        for (int verb = nextReportingVerb(s, 0); verb >= 0; verb = nextReportingVerb(s, verb + 1)) {
            int subject = subject(s, verb, v -> besideUnparsed(s, v));
            Party p = subject < 0 || s.quoted(subject) ? null : parties.resolve(s, subject, "maker.quote-speaker");
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * The first reporting verb outside the quotation at or after token {@code from}, or -1: the reporting verbs are
     * walked in sentence order without collecting them, as every sentence is asked.
     */
    private static int nextReportingVerb(SentenceView s, int from) {
        for (int i = from; i < s.size(); i++) {
            if (!s.quoted(i) && Clauses.reporting(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The subject of the reporting verb {@code verb}: its {@code nsubj} in a parsed sentence, else the token
     * {@code unparsed} picks beside it (-1 for none). The two readers pick differently on purpose: a speaker is a name
     * or a pronoun ({@link #besideUnparsed}), while a document is a common noun ("the statement said"), which only
     * the word right before the verb can be.
     */
    private static int subject(SentenceView s, int verb, IntUnaryOperator unparsed) {
        return s.parsed() ? s.child(verb, "nsubj") : unparsed.applyAsInt(verb);
    }

    /**
     * In a sentence left unparsed (no trigger in it), the speaker next to a reporting verb: the name or pronoun just
     * before it ("..., the minister Ana Ruiz said") or the name just after it ("..., said Ana Ruiz"); -1 when none.
     */
    private static int besideUnparsed(SentenceView s, int verb) {
        if (s.mentionAt(verb - 1) != null || PRONOUNS.contains(s.word(verb - 1))) {
            return verb - 1;
        }
        return s.mentionAt(verb + 1) != null ? verb + 1 : -1;
    }

    /** The speaker of a sentence with a quotation: named in it, else in the next sentence; null when none. */
    static Party ofQuotation(SentenceView s, SentenceView next, Parties parties) {
        Party p = of(s, parties);
        if (p != null || next == null || !quoted(s) || documentSpeaks(s)) {
            return p;
        }
        return of(next, parties);
    }

    /** A reporting verb outside the quotation has a document as its subject ("the message said"). */
    private static boolean documentSpeaks(SentenceView s) {
        for (int verb = nextReportingVerb(s, 0); verb >= 0; verb = nextReportingVerb(s, verb + 1)) {
            int subject = subject(s, verb, v -> v - 1);
            if (subject >= 0 && DOCUMENTS.contains(s.lemma(subject).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoted(SentenceView s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.quoted(i)) {
                return true;
            }
        }
        return false;
    }
}
