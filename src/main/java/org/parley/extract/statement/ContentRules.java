package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Where a statement's content lies in the sentence's structure: the complements of a trigger verb or adjective
 * (its clause, its object, its prepositional phrases), the clause an obligation governs without its subject, the
 * complements of a nominal trigger, or what a rejection rejects. Background clauses ("as talks resumed"), the
 * attribution ("X said") and punctuation are left out.
 */
final class ContentRules {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList BACKGROUND = LEXICON.list("background-markers");
    private static final WordList PRESENT_VERBS = LEXICON.list("present-verbs");
    private static final WordList RELATIVE = LEXICON.list("relative-pronouns");
    private static final WordList NAMING = LEXICON.list("naming-verbs");
    private static final Set<String> VERB_COMPLEMENTS = Set.of("ccomp", "xcomp", "dobj", "dative", "iobj", "prep",
            "oprd", "attr", "acomp", "pcomp", "advcl", "prt");
    private static final Set<String> NOUN_COMPLEMENTS = Set.of("prep", "acl", "relcl", "ccomp", "xcomp", "appos",
            "pcomp");
    private static final Set<String> CLAUSE_FRAME = Set.of("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg",
            "punct", "mark", "cc", "parataxis", "expl", "discourse");

    private ContentRules() {
    }

    /** The frame with its content tokens. */
    static Frame apply(Site x) {
        SentenceView s = x.s();
        int h = x.head();
        Set<Integer> out = new TreeSet<>();
        if (x.trigger().obligation() || s.relation(h).equals("aux")) {
            int verb = s.relation(h).equals("aux") ? s.head(h) : s.child(h, "xcomp");
            if (verb >= 0) {
                out.add(verb);
                addClause(s, verb, out);
            }
        } else if (s.isNoun(h)) {
            addComplements(s, h, NOUN_COMPLEMENTS, out);
            if (s.relation(h).equals("dobj") && PRESENT_VERBS.contains(s.lemma(s.head(h)))) {
                // "delivered the demands to Qatar through Kuwait": what the presenting verb adds
                addComplements(s, s.head(h), Set.of("prep", "dative"), out);
            }
        } else {
            addComplements(s, h, VERB_COMPLEMENTS, out);
        }
        out.removeIf(i -> s.pos(i).equals(".") || s.pos(i).equals(",") || s.relation(i).equals("punct")
                || x.trigger().tokens().contains(i));
        return x.frame().withContent(new ArrayList<>(out));
    }

    /**
     * The clause an obligation governs: everything but its frame (auxiliaries, marks, reporting clauses); its subject
     * too when that is not a party ("the routes between Latakia and Aleppo must be restored").
     */
    private static void addClause(SentenceView s, int verb, Set<Integer> out) {
        for (int c : s.children(verb)) {
            String r = s.relation(c);
            boolean thingSubject = (r.equals("nsubj") || r.equals("nsubjpass")) && !Conditions.partyLike(s, c);
            if ((thingSubject || !CLAUSE_FRAME.contains(r)) && !background(s, c) && !Clauses.reporting(s, c)) {
                out.addAll(subtree(s, c));
            }
        }
    }

    private static void addComplements(SentenceView s, int head, Set<String> relations, Set<Integer> out) {
        for (int c : s.children(head)) {
            if (relations.contains(s.relation(c)) && !background(s, c) && !agentPhrase(s, c)) {
                out.addAll(subtree(s, c));
            }
        }
    }

    /** A subtree without the relative and naming clauses inside it ("..., which they lost in 2014", "known as"). */
    private static List<Integer> subtree(SentenceView s, int top) {
        List<Integer> out = new ArrayList<>();
        for (int i : s.subtree(top)) {
            boolean skip = false;
            for (int a = i; a != top && a >= 0 && !skip; a = s.head(a)) {
                skip = s.relation(a).equals("relcl") && s.child(a, "nsubj", "nsubjpass", "dobj") >= 0
                        && RELATIVE.contains(s.word(firstToken(s, a)))
                        || s.relation(a).equals("acl") && NAMING.contains(s.lemma(a));
            }
            if (!skip) {
                out.add(i);
            }
        }
        return out;
    }

    private static int firstToken(SentenceView s, int clause) {
        return s.subtree(clause).get(0);
    }

    /** A clause opened by a background word ("as", "while", "after") or a reporting clause. */
    private static boolean background(SentenceView s, int c) {
        String r = s.relation(c);
        if (r.equals("advcl") || r.equals("acl") || r.equals("relcl")) {
            int mark = s.child(c, "mark", "advmod");
            if (mark >= 0 && mark < c && BACKGROUND.contains(s.word(mark))) {
                return true;
            }
        }
        return Clauses.reporting(s, c) && (r.equals("parataxis") || r.equals("advcl") || r.equals("ccomp")
                && s.child(c, "nsubj") >= 0 && c > s.head(c) && s.children(c, "ccomp").isEmpty());
    }

    private static boolean agentPhrase(SentenceView s, int c) {
        return s.relation(c).equals("agent") || s.relation(c).equals("prep") && s.word(c).equals("according");
    }

}
