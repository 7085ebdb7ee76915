package org.parley.extract.statement;

/**
 * Whether what a verb lets or stops is a party: its object is one ("will not allow Hezbollah to rearm", "will not
 * tolerate Syrian troops in the south": forces a demonym or a name places count), or the subject of the clause the
 * parser hung on the verb instead of an object ("will not allow [Iran to enrich]").
 */
final class PartyObject {

    private PartyObject() {
    }

    static boolean test(SentenceView s, int verb) {
        int object = s.child(verb, "dobj");
        if (object >= 0) {
            return party(s, object);
        }
        for (int clause : s.children(verb)) {
            String r = s.relation(clause);
            int subject = r.equals("ccomp") || r.equals("xcomp") ? s.child(clause, "nsubj") : -1;
            if (subject >= 0 && party(s, subject)) {
                return true;
            }
        }
        return false;
    }

    /** A party, or a noun a demonym or a name places ("Syrian troops"). */
    private static boolean party(SentenceView s, int noun) {
        if (Conditions.partyLike(s, noun)) {
            return true;
        }
        return s.children(noun).stream().anyMatch(c -> s.mentionAt(c) != null && s.mentionAt(c).agentive()
                || s.pos(c).equals("JJ") && Character.isUpperCase(s.token(c).text().charAt(0)));
    }
}
