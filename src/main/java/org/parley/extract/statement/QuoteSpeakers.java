package org.parley.extract.statement;

/** Who speaks the quotation of a sentence: the subject of a reporting verb outside the quotation marks. */
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
}
