package org.parley.extract.statement;

/**
 * The speaker the parser stranded in the clause it reports: "Reopening the text was not something the front would
 * accept, its chief negotiator, Omar Haddad, told reporters". The reporting verb follows the reported clause after a
 * comma and has no subject, because the parser hung the phrase set off by commas just before it (a title, often with
 * the name in apposition) on a verb of the reported clause, as its object or as an apposition. That phrase is the
 * reporting verb's subject. Stateless.
 */
final class StrandedReporters {

    /** The longest phrase read as the stranded speaker, in tokens. */
    private static final int LONGEST = 10;

    private StrandedReporters() {
    }

    /**
     * The subject of reporting verb {@code reporter}: its own (or inherited) one, else the stranded phrase before it
     * ({@link StrandedReporters}); -1 when none.
     */
    static int subject(SentenceView s, int reporter) {
        int after = FrontedReports.speaker(s, reporter); // "The pullback, Ruiz said, was": Ruiz, not "pullback"
        int own = after >= 0 ? after : InheritedSubjects.of(s, reporter);
        return own >= 0 ? own : stranded(s, reporter);
    }

    private static int stranded(SentenceView s, int reporter) {
        int end = reporter - 1;
        if (end < 2 || !s.word(end).equals(",") || !Clauses.reporting(s, reporter)
                || Clauses.subject(s, reporter) >= 0 || s.relation(reporter).equals("conj")) {
            return -1;
        }
        int start = -1;
        for (int i = end - 1; i > 0 && end - i <= LONGEST; i--) {
            if (s.word(i).equals(",") && (s.head(i) < i || s.head(i) >= end)) {
                start = i + 1; // the comma that opens the phrase belongs to no word of it
                break;
            }
        }
        if (start < 0 || start >= end) {
            return -1;
        }
        int top = -1;
        for (int i = start; i < end; i++) {
            int h = s.head(i);
            if (h < start || h >= end) {
                if (top >= 0) {
                    return -1; // not one phrase
                }
                top = i;
            }
        }
        boolean hungBack = top >= 0 && s.head(top) >= 0 && s.head(top) < start
                && (s.relation(top).equals("dobj") || s.relation(top).equals("appos"));
        return hungBack && s.isNoun(top) && s.dominates(reporter, top) ? top : -1;
    }
}
