package org.parley.extract.statement;

import java.util.ArrayList;
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
        if (s.relation(h).equals("aux")) {
            int verb = s.head(h);
            out.add(verb);
            for (int c : s.children(verb)) {
                if (!CLAUSE_FRAME.contains(s.relation(c)) && !background(s, c) && !Clauses.reporting(s, c)) {
                    out.addAll(s.subtree(c));
                }
            }
        } else if (s.isNoun(h)) {
            for (int c : s.children(h)) {
                if (NOUN_COMPLEMENTS.contains(s.relation(c)) && !background(s, c)) {
                    out.addAll(s.subtree(c));
                }
            }
        } else {
            for (int c : s.children(h)) {
                if (VERB_COMPLEMENTS.contains(s.relation(c)) && !background(s, c) && !agentPhrase(s, c)) {
                    out.addAll(s.subtree(c));
                }
            }
        }
        out.removeIf(i -> s.pos(i).equals(".") || s.pos(i).equals(",") || s.relation(i).equals("punct")
                || x.trigger().tokens().contains(i));
        return x.frame().withContent(new ArrayList<>(out));
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
