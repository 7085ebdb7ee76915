package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A wish that a relation last, not a demand of an act: "Ghana wanted its neighbours to remain its friends", "wants
 * ties with Lomé to stay close". The clause the verb of wishing controls has a predicate of the relation-words list
 * (a noun or adjective after a linking verb, never a verb: "to ask X to close the group"; the parser may hang the
 * clause as an adverbial one, and take the noun after a verb of the linking-verbs list for its object: "wanted the
 * Peruvians to remain its closest partners"); "wants the troops to remain in their barracks" or "wants Togo to keep the
 * border open" name a state another party must bring about and stay demands.
 */
final class WishedRelations {

    private static final WordList RELATIONS = Lexicon.bundled().list("relation-words");
    private static final WordList LINKING = Lexicon.bundled().list("linking-verbs");

    private WishedRelations() {
    }

    static boolean test(SentenceView s, int h) {
        for (int clause : s.children(h)) {
            String r = s.relation(clause);
            boolean controlled = r.equals("xcomp") || r.equals("ccomp")
                    || r.equals("advcl") && Clauses.toInfinitive(s, clause);
            if (controlled && relationPredicate(s, clause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean relationPredicate(SentenceView s, int clause) {
        if (s.listed(RELATIONS, clause) && s.child(clause, "cop") >= 0) {
            return true;
        }
        boolean linking = s.listed(LINKING, clause);
        return s.children(clause).stream().anyMatch(c -> s.listed(RELATIONS, c) && !s.isVerb(c)
                && (s.relation(c).equals("acomp") || s.relation(c).equals("attr") || s.relation(c).equals("oprd")
                        || s.relation(c).equals("xcomp") || linking && s.relation(c).equals("dobj")));
    }
}
