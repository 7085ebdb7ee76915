package org.parley.extract.statement;

/**
 * Whether a subject is the subject of a description's own clause. A description names some other party than the subject
 * of its own clause ("the rebels should accept the coalition's offer": the coalition is not the rebels), where a
 * possessive pronoun would name it ("the rebels should accept their own offer"); a subject of another clause may be
 * what the description stands for ("Hamas said the group would"). The clause is the nearest verb above the token.
 */
final class ClauseMates {

    private ClauseMates() {
    }

    /**
     * Whether {@code subject} is the subject of the nearest verb above {@code token}, a possessive noun, not a pronoun.
     * Only a possessive: an object description ("urged the government") keeps the party in focus.
     */
    static boolean ownClauseSubject(SentenceView s, int subject, int token) {
        if (s.pos(token).startsWith("PRP") || !s.relation(token).equals("poss")) {
            return false;
        }
        int h = s.head(token);
        while (h >= 0 && !s.isVerb(h)) {
            h = s.head(h);
        }
        return h >= 0 && h == s.head(subject);
    }
}
