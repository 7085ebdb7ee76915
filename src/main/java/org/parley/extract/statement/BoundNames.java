package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

    /**
     * Whether the subject pronoun "he" or "she" at {@code pronoun}, on a verb that reports a clause, cannot stand for
     * the subject at {@code name} because that subject's clause lies inside the reported one: "The union would
     * accept any judge Ruiz chose, he said" is not Ruiz speaking (the clause on "judge" is inside what "he" reports,
     * be it the verb's complement or, for a parenthetical "he said", the clause it hangs on). The reported clause's
     * own subject ("Ruiz sought calm: talks would be held, he said") stays an antecedent, as does a name outside
     * ("Ruiz said he would go").
     */
    static boolean commands(SentenceView s, int pronoun, int name) {
        String r = s.relation(pronoun);
        if (Genders.ofPronoun(s.word(pronoun).toLowerCase(Locale.ROOT)) == null
                || !(r.equals("nsubj") || r.equals("nsubjpass"))) {
            return false;
        }
        int verb = s.head(pronoun);
        int clause = s.head(name);
        List<Integer> reported = new ArrayList<>(s.children(verb, "ccomp"));
        if (s.relation(verb).equals("parataxis") && !s.dominates(verb, clause)) {
            reported.add(s.head(verb)); // the clause a parenthetical "he said" hangs on, outside "he said" itself
        }
        return reported.stream().anyMatch(c -> c != clause && s.dominates(c, clause));
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
