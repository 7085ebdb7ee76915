package org.parley.extract.statement;

/**
 * Who speaks the quotation of a sentence: the subject of a reporting verb outside the quotation marks, in the
 * sentence itself or, for a quotation attributed only after it ("“...” / “...,” she said."), in the next one.
 */
final class QuoteSpeakers {

    private QuoteSpeakers() {
    }

    /** The speaker named in the sentence ("“...,” the minister said", "X told reporters that “...”"), or null. */
    static Party of(SentenceView s, Parties parties) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.quoted(i) && Clauses.reporting(s, i)) {
                int subject = s.child(i, "nsubj");
                Party p = subject < 0 || s.quoted(subject) ? null : parties.resolve(s, subject, "maker.quote-speaker");
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The speaker of a sentence with a quotation: named in it, else in the next sentence; null when none. */
    static Party ofQuotation(SentenceView s, SentenceView next, Parties parties) {
        Party p = of(s, parties);
        if (p != null || next == null || !quoted(s)) {
            return p;
        }
        return of(next, parties);
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
