package org.parley.extract.statement;

/**
 * A verb of seeking or wanting in a relative clause whose object is the noun the clause hangs on: "a guarantee
 * Belgrade had sought at every round", "the autonomy that the Kurds want". The clause has a subject of its own and no
 * object, infinitive or clause of its own ("the man police want to question" wants an act, not the man), and the noun
 * it hangs on is a thing, not a party or a person ("the mediators Kyiv wanted" names who, not what, is sought).
 */
final class ObjectRelatives {

    private ObjectRelatives() {
    }

    /** Whether the verb at {@code h} is a relative clause whose missing object is the noun it modifies. */
    static boolean objectGap(SentenceView s, int h) {
        String r = s.relation(h);
        if (!r.equals("relcl") && !r.equals("acl")) {
            return false;
        }
        if (s.child(h, "nsubj") < 0 || s.child(h, "dobj", "xcomp", "ccomp", "dative", "attr") >= 0) {
            return false;
        }
        int noun = s.head(h);
        if (noun < 0 || !s.isNoun(noun) || Conditions.partyLike(s, noun)) {
            return false;
        }
        return s.mentionAt(noun) == null;
    }
}
