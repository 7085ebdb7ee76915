package org.parley.extract.statement;

/**
 * Whether a clause is the content of the reporting verb that governs it. A clause the parser hung as a complement on
 * a reporting verb that comes after it, when that verb takes a complement clause of its own after it, is not that
 * verb's content: "Peru wants the tariffs lifted, something Chilean officials have told reporters they will not do"
 * (the parser made "told" the root, with "want" and "do" both its complements; the officials report only what they
 * will not do, and the demand is Peru's). "Peru wants the tariffs lifted, Chilean officials said" is reported. A
 * part of {@link Clauses}. Stateless.
 */
final class GovernedReports {

    private GovernedReports() {
    }

    /**
     * Whether the clause of {@code clause} (its relation to its governor {@code gov} a complement, a parataxis or a
     * {@code dep}) is what the reporting verb {@code gov} reports.
     */
    static boolean reported(SentenceView s, int clause, int gov) {
        String r = s.relation(clause);
        if (!(r.equals("ccomp") || r.equals("parataxis") || r.equals("dep")) || !Clauses.reporting(s, gov)) {
            return false;
        }
        return clause > gov || s.children(gov, "ccomp").stream().noneMatch(c -> c > gov && joined(s, gov, c));
    }

    /**
     * Whether the complement {@code c} follows its verb {@code gov} with no comma, semicolon or colon between them
     * ("have told lawmakers they will not do"); "he said, whatever others might suggest" and "the minister told
     * diplomats; his government would not" set off a clause the parser hung there, not one the verb reports.
     */
    private static boolean joined(SentenceView s, int gov, int c) {
        int first = s.subtree(c).stream().mapToInt(Integer::intValue).min().orElse(c);
        for (int k = gov + 1; k <= first; k++) {
            if (s.word(k).equals(",") || s.word(k).equals(";") || s.word(k).equals(":")) {
                return false;
            }
        }
        return true;
    }
}
