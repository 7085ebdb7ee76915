package org.parley.extract.statement;

import java.util.List;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The subject a verb without one of its own takes over (control): from the verb it is the infinitive of, the verb it
 * is coordinated with, the clause a participle hangs from, or the object of a verb that asks someone to act. Stateless.
 */
final class InheritedSubjects {

    private static final WordList MEANS_VERBS = Lexicon.bundled().list("means-verbs");
    private static final WordList ASKING_PREPOSITIONS = Lexicon.bundled().list("object-control-prepositions");

    private InheritedSubjects() {
    }

    /**
     * The subject of a verb, or for a verb without one the subject it takes over: from the verb it is the
     * infinitive of ("decided to reject"), the first of coordinated verbs ("rejected ... and called for"), or the
     * clause a participle hangs from ("..., saying it would"), or the object of the verb an "as" participle
     * describes ("quoted the envoy as calling for"); -1 when none.
     */
    static int of(SentenceView s, int verb) {
        int v = verb;
        for (int steps = 0; steps < 4 && v >= 0; steps++) {
            int subject = s.child(v, "nsubj");
            if (subject >= 0) {
                return subject;
            }
            String r = s.relation(v);
            if (r.equals("acl") && s.child(v, "agent") < 0 && s.mentionAt(s.head(v)) != null
                    && s.mentionAt(s.head(v)).agentive() && (s.child(v, "dobj") >= 0 || s.child(v, "prep") >= 0)) {
                return s.head(v); // "The RSF, led by X, called on the army": a reduced clause of its own subject
            }
            int perfect = strandedPerfect(s, v);
            if (perfect >= 0) {
                return s.child(perfect, "nsubj"); // "has in recent interviews called for": the auxiliary's subject
            }
            if (r.equals("pcomp") && s.word(s.head(v)).equals("as")) {
                // "quoted the envoy as calling for": the one quoted
                int describing = Clauses.governingVerb(s, s.head(v));
                return describing < 0 ? -1 : s.child(describing, "dobj");
            }
            boolean participle = s.pos(v).equals("VBG") || s.pos(v).equals("VBN");
            if (r.equals("root")) {
                return subjectBeforeRelative(s, v);
            }
            if (!(r.equals("xcomp") || r.equals("conj") || (r.equals("advcl") || r.equals("acl")) && participle)) {
                return -1;
            }
            if (r.equals("xcomp") && objectControlled(s, s.head(v))) {
                return -1;
            }
            v = r.equals("conj") && reportersConjunct(s, v) ? s.head(s.head(v)) : s.head(v);
        }
        return -1;
    }

    /**
     * "Kenya has in a letter called for talks": a past participle the parser hangs as {@code acl} on the object of a
     * phrase that separates it from its auxiliary "has", "have" or "had" (the root of its clause, with no verb of
     * its own): that auxiliary; -1 otherwise.
     */
    private static int strandedPerfect(SentenceView s, int v) {
        if (!s.relation(v).equals("acl") || !s.pos(v).equals("VBN") || !s.relation(s.head(v)).equals("pobj")) {
            return -1;
        }
        int prep = s.head(s.head(v));
        int aux = s.relation(prep).equals("prep") ? s.head(prep) : -1;
        boolean have = aux >= 0 && s.lemma(aux).equals("have") && aux < v && s.child(aux, "dobj") < 0
                && s.child(aux, "xcomp") < 0 && s.child(aux, "ccomp") < 0;
        return have ? aux : -1;
    }

    /**
     * "X said Cairo would not accept changes and called on Israel to ...", "she proposed that both chambers agree on a
     * governor, and asked the council to ...": a past-tense verb the parser joins to a modal or present clause
     * governed by a past-tense verb goes with the governing verb (tenses do not mix in one clause), so its subject
     * is that verb's. (A past perfect, "said X had started ... and demanded", is mended in the parse:
     * {@code nlp.ReportedConjunctParser}.)
     */
    private static boolean reportersConjunct(SentenceView s, int conj) {
        int head = s.head(conj);
        int reporting = s.head(head);
        boolean modal = s.pos(head).equals("VB") && Modals.hasModal(s, head);
        boolean present = (s.pos(head).equals("VBP") || s.pos(head).equals("VBZ")) && s.child(head, "aux") < 0;
        // "told parliament that Greece remained ready to ... and called on Ankara": a stance the report shifts to the
        // past
        boolean stative = s.pos(head).equals("VBD") && s.child(head, "acomp") >= 0;
        return s.pos(conj).equals("VBD") && (modal || present || stative) && s.relation(head).equals("ccomp")
                && reporting >= 0 && s.pos(reporting).equals("VBD");
    }

    /**
     * "The League, of which Egypt and Jordan are members, urged Israel to ...": the parser makes the relative clause
     * the sentence's root with two subjects and leaves the main verb a second root without one; the first subject,
     * the one before the comma and the relative word, is the main verb's. -1 when the tree is not of that shape.
     */
    private static int subjectBeforeRelative(SentenceView s, int verb) {
        for (int other = 0; other < verb; other++) {
            if (!s.relation(other).equals("root")) {
                continue;
            }
            List<Integer> subjects = s.children(other, "nsubj");
            if (subjects.size() < 2 || subjects.get(0) > verb) {
                continue;
            }
            for (int t = subjects.get(0) + 1; t < subjects.get(1); t++) {
                if (s.pos(t).equals("WDT") || s.pos(t).equals("WP")) {
                    return subjects.get(0);
                }
            }
        }
        return -1;
    }

    /**
     * "urged Y to act", "called on Y to act": the infinitive's subject is the verb's object, not its subject; not so
     * after a verb of the means-verbs list ("used the day to call on"). An "on" that dates the verb ("vowed on Sunday
     * to keep firing", "on 12 May") names no one.
     */
    private static boolean objectControlled(SentenceView s, int verb) {
        if (MEANS_VERBS.contains(s.lemma(verb))) {
            return false; // "used the Day of the Sea to call on Chile": the object is the means, not the one who acts
        }
        if (s.child(verb, "dobj", "dative") >= 0) {
            return true;
        }
        for (int p : s.children(verb, "prep")) {
            if (ASKING_PREPOSITIONS.contains(s.word(p)) && !Clauses.date(s, s.child(p, "pobj"))) {
                return true;
            }
        }
        return false;
    }
}
