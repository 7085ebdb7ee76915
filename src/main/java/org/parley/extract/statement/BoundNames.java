package org.parley.extract.statement;

import java.util.HashSet;
import java.util.Set;
import org.parley.core.Entity;

/**
 * The parties a subject pronoun cannot stand for because its clause names them below it: "He said Bello should
 * leave the palace" is not Bello speaking of himself, "It said Velmar must pay" is not Velmar (a name the pronoun
 * c-commands is another party). A clause joined as a conjunct with a subject of its own ("he left, and Ruiz spoke")
 * lies outside the pronoun's reach, and so does a possessor: "It renewed Chile's demand" may be a ministry of Chile,
 * and the gold credits the state with what its bodies say. So does a clause on a noun ("he answered officials who
 * will pick the next Ruiz": a title named in a description, often the speaker's own), and a description is no pronoun
 * ("the ministry said the land was Chile's" is Chile's ministry).
 */
final class BoundNames {

    private BoundNames() {
    }

    /**
     * The entities named in the clause of the subject pronoun at {@code pronoun}; empty when it is no subject or no
     * pronoun (a description such as "the ministry" binds nothing).
     */
    static Set<Entity> of(SentenceView s, int pronoun) {
        String r = s.relation(pronoun);
        boolean subject = (r.equals("nsubj") || r.equals("nsubjpass")) && s.pos(pronoun).equals("PRP");
        int verb = subject ? s.head(pronoun) : -1;
        Set<Entity> out = new HashSet<>();
        if (verb >= 0) {
            collect(s, verb, pronoun, out);
        }
        return out;
    }

    private static void collect(SentenceView s, int token, int pronoun, Set<Entity> out) {
        SentenceView.Placed m = s.mentionAt(token);
        if (m != null && !s.relation(m.head()).equals("poss")) {
            out.add(m.entity());
        }
        for (int c : s.children(token)) {
            boolean ownClause = s.relation(c).equals("conj") && s.child(c, "nsubj", "nsubjpass") >= 0;
            boolean modifier = s.relation(c).equals("relcl") || s.relation(c).equals("acl");
            if (c != pronoun && !ownClause && !modifier && !s.relation(c).equals("parataxis")) {
                collect(s, c, pronoun, out);
            }
        }
    }
}
