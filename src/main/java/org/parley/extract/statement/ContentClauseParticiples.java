package org.parley.extract.statement;

/**
 * A participle set off by a comma at the end of a noun's "that" clause ("Kenya's Foreign Ministry rejected reports
 * that Nairobi had armed the militia, calling them baseless"): the parser hangs it on the verb of that clause, but it
 * says what the subject of the clause governing the noun did. Recognizes the participle ({@code advcl}, VBG, after a
 * comma) on a verb with a "that" mark that is the {@code acl} of a noun, and gives the verb that noun is the object
 * of, whose subject the participle takes. Stateless.
 */
final class ContentClauseParticiples {

    private ContentClauseParticiples() {
    }

    /**
     * The verb governing the noun whose "that" clause the comma-set participle {@code verb} hangs on, or -1 when
     * {@code verb} is no such participle (its own clause's verb is then the one it depends on).
     */
    static int governingVerb(SentenceView s, int verb) {
        if (verb < 1 || !s.relation(verb).equals("advcl") || !s.pos(verb).equals("VBG")
                || !s.word(verb - 1).equals(",")) {
            return -1;
        }
        int clause = s.head(verb);
        int mark = clause < 0 ? -1 : s.child(clause, "mark");
        if (mark < 0 || !s.lemma(mark).equals("that") || !s.relation(clause).equals("acl")) {
            return -1;
        }
        int noun = s.head(clause);
        if (!s.isNoun(noun) || !s.relation(noun).equals("dobj")) {
            return -1;
        }
        return s.head(noun);
    }
}
