package org.parley.extract.statement;

import java.util.Set;

/**
 * A state of things a party wants brought about, said with "want", a noun and a participle or an adjective after it
 * (a small clause): "wants the vote held again", "want the accord put to parliament", "wants the crossings at Arica
 * reopened", "wants the port open to its ships". The parser gives "want" no object there, so
 * {@code statement.demand.want-object} does not read it: it takes the noun for the subject of a clause the verb
 * governs ("the crossings reopened", "the port open"), or hangs the participle on the noun as a reduced relative and
 * the noun on the subject in apposition or on a later clause ("the agreement brought before parliament before anyone
 * signs it"). Either way the first noun after "want" is followed by its own participle or predicate; a noun with an
 * infinitive ("wants Lima to pay") is {@code statement.demand.verb-with-object}'s.
 */
final class WantedResults {

    private static final Set<String> NOUN_PARTS = Set.of("det", "amod", "nmod", "compound", "poss", "nummod", "case",
            "predet", "quantmod");
    private static final Set<String> OWNERS = Set.of("poss", "compound");

    private WantedResults() {
    }

    /** Whether the verb {@code h} ("want") is followed by a noun and a participle or predicate it wants done. */
    static boolean test(SentenceView s, int h) {
        if (s.child(h, "dobj", "xcomp") >= 0) {
            return false;
        }
        int noun = nounAfter(s, h);
        if (noun < 0) {
            return false;
        }
        for (int c : s.children(noun, "acl")) {
            if (c > noun && s.pos(c).equals("VBN")) {
                return true; // "the referendum held again", "the agreement brought before parliament"
            }
        }
        int clause = s.head(noun);
        return s.relation(noun).startsWith("nsubj") && s.relation(clause).equals("ccomp") && s.head(clause) == h
                && clause > noun && smallClause(s, clause);
    }

    /**
     * The head of the noun phrase that starts right after {@code h}: the first noun whose words before it in the
     * phrase all hang on it (a determiner, an adjective, a possessive, a compound), or the noun it is the possessor or
     * the compound of; -1 when another word comes first.
     */
    private static int nounAfter(SentenceView s, int h) {
        for (int i = h + 1; i < s.size() && i <= h + 6; i++) {
            if (s.isNoun(i)) {
                int head = i;
                while (OWNERS.contains(s.relation(head)) && s.head(head) > head) {
                    head = s.head(head); // "wants Chile's border reopened": the possessor is no head
                }
                for (int j = h + 1; j < i; j++) {
                    if (!s.dominates(head, j) || !NOUN_PARTS.contains(s.relation(j))) {
                        return -1;
                    }
                }
                return head;
            }
        }
        return -1;
    }

    /** "reopened", "held", "open": a participle or adjective with no auxiliary, no marker and no infinitive "to". */
    private static boolean smallClause(SentenceView s, int clause) {
        String pos = s.pos(clause);
        boolean predicate = pos.equals("VBN") || pos.equals("VBD") || pos.startsWith("JJ");
        return predicate && s.child(clause, "aux", "auxpass", "mark", "cop") < 0;
    }
}
