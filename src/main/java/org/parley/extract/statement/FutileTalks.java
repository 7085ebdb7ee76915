package org.parley.extract.statement;

/**
 * Talks said to be unable to take from a party what it holds: "Minsk said no future talks would end its missile
 * programme", "said no new talks could ever change Peru's claim to the valley". A verb of ending or changing whose
 * subject is a talk denied by "no" (the pattern of statement.rejection.futile-talks) refuses to give up the object,
 * which must be the party's own (a possessive on it: "its programme", "Peru's claim"); "no talks would end the war"
 * judges what talks can do and refuses nothing.
 */
final class FutileTalks {

    private FutileTalks() {
    }

    /** Condition {@code own-object}: the object of the verb {@code h} has a possessive owner. */
    static boolean ownObject(SentenceView s, int h) {
        int o = s.child(h, "dobj");
        return o >= 0 && s.child(o, "poss") >= 0;
    }
}
