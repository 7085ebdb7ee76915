package org.parley.extract.statement;

/**
 * A second "that" clause coordinated with a reported one ("told them that the talks should go on and that Chile would
 * host them"): it is reported by the same verb, wherever the parser hung it inside the first clause.
 */
final class ParallelComplements {

    private ParallelComplements() {
    }

    /**
     * The reporting verb of the "that" clause {@code conj} (a conjunct with "that" and a subject of its own): the verb
     * it is joined to, when that reports ("told lawmakers that ..., and that Nepal would not"), the reporting verb a
     * time clause it is joined to hangs from ("said before X sat down that ..."), or, when the parser joined it to a
     * verb inside the first reported clause ("that the talks should go on as long as they could and that Chile
     * would"), the verb reporting the nearest "that" clause above it, climbing only through conjuncts, adverbial
     * clauses and adverbs; -1 when none.
     */
    static int reporter(SentenceView s, int conj) {
        if (!s.relation(conj).equals("conj") || !Clauses.complementizer(s, conj) || Clauses.subject(s, conj) < 0) {
            return -1;
        }
        int gov = s.head(conj);
        if (Clauses.reporting(s, gov)) {
            return gov;
        }
        int time = s.relation(gov).equals("advcl") ? s.head(gov) : -1; // "said before X sat down that"
        if (time >= 0 && s.child(gov, "mark") >= 0 && Clauses.reporting(s, time)) {
            return time;
        }
        for (int a = gov, steps = 0; a >= 0 && steps < 4; a = s.head(a), steps++) {
            String r = s.relation(a);
            if (r.equals("ccomp") && Clauses.complementizer(s, a) && Clauses.reporting(s, s.head(a))) {
                return s.head(a);
            }
            if (!(r.equals("conj") || r.equals("advcl") || r.equals("advmod"))) {
                return -1;
            }
        }
        return -1;
    }
}
