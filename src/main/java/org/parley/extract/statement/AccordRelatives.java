package org.parley.extract.statement;

import java.util.List;
import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A pledge or an offer told in a relative clause on an accord already made (a noun of {@code accord-term-heads}:
 * agreement, treaty, declaration, memorandum...): "the 2019 declaration on the border, in which Peru pledged to reopen
 * the port of Ilo", "signed a memorandum with the mining firms under which Quito pledged to build a road", "the
 * accord, which offered Peru a port on the coast". The clause retells a term of a bargain struck, no party's
 * statement of the day (wrong 2 times in 2 on two team sets, where the gold reads it as background). The
 * clause is opened by a preposition with a relative pronoun ("in which", "under which"; the parser may hang it on a
 * noun or a date after the accord, or as a second clause of the verb that took the accord as its object) or has a
 * relative pronoun as its subject; a clause
 * with a subject of its own and a gap for the accord ("the treaty Peru promised to sign") promises to make it and
 * stays, and so do a plan or a proposal ("proposed a plan under which Quito would reopen the port": an offer) and an
 * "under" phrase with no relative pronoun, which {@link AccordTerms} reads. Stateless.
 */
final class AccordRelatives {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList HEADS = LEXICON.list("accord-term-heads");
    private static final WordList RELATIVE = LEXICON.list("relative-pronouns");
    /** The relations that carry a trigger up to the clause a relative pronoun opens ("pledged to commit to"). */
    private static final List<String> CARRIED = List.of("xcomp", "ccomp");
    /** The relations through which a noun or a date hangs on the accord or on the verb that took it. */
    private static final List<String> LINKS = List.of("pobj", "prep", "npadvmod");

    private AccordRelatives() {
    }

    /** Whether the trigger {@code h} stands in a relative clause that tells a term of an accord. */
    static boolean termsTold(SentenceView s, int h) {
        int c = h;
        for (int steps = 0; steps < 3 && CARRIED.contains(s.relation(c)) && s.head(c) >= 0; steps++) {
            c = s.head(c);
        }
        boolean opened = prepositionOpened(s, c);
        if (s.relation(c).equals("relcl") && relativeSubject(s, c) && s.listed(HEADS, s.head(c))) {
            return true;
        }
        boolean hung = s.relation(c).equals("relcl") || s.relation(c).equals("conj");
        return opened && hung && s.head(c) >= 0 && accordAbove(s, s.head(c));
    }

    /**
     * Whether {@code i}, or what it hangs on through a phrase ("a memorandum with the mining firms, under which": the
     * parser hangs the clause on the nearest noun), is an accord; or, for a verb the clause is a second clause of or a
     * date hung on a verb ("signed a memorandum last year under which"), whether that verb's object is one. A noun in
     * a phrase of the verb is not enough: "signed the accord at a meeting at which Peru offered ..." tells news.
     */
    private static boolean accordAbove(SentenceView s, int i) {
        int n = i;
        boolean byVerb = s.isVerb(i);
        for (int steps = 0; steps < 4 && n >= 0 && !s.listed(HEADS, n) && LINKS.contains(s.relation(n)); steps++) {
            byVerb = s.relation(n).equals("npadvmod");
            n = s.head(n);
        }
        if (n < 0) {
            return false;
        }
        int object = byVerb && s.isVerb(n) ? s.child(n, "dobj") : -1;
        return s.listed(HEADS, n) || object >= 0 && s.listed(HEADS, object);
    }

    private static boolean relativeSubject(SentenceView s, int clause) {
        int subject = s.child(clause, "nsubj");
        return subject >= 0 && RELATIVE.contains(s.word(subject).toLowerCase(Locale.ROOT));
    }

    private static boolean prepositionOpened(SentenceView s, int clause) {
        return s.children(clause, "prep").stream().anyMatch(p -> s.child(p, "pobj") >= 0
                && RELATIVE.contains(s.word(s.child(p, "pobj")).toLowerCase(Locale.ROOT)));
    }
}
