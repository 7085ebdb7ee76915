package org.parley.extract.statement;

import java.util.List;

/**
 * A request coordinated to a reported clause ({@code maker.reported-conjunct}): in "Ruiz said the harvest was poor and
 * urged Chile to ease the levy" the parser may join "urged" to "was", inside what Ruiz said, so the request
 * would take the clause's subject. A trigger verb with the reporting verb's own finite form ("urged" beside "said",
 * "urges" beside "says"), with no subject, auxiliary or "that" of its own, and with a clause or infinitive of its own
 * (who is asked to do what), goes with the reporting verb: the speaker makes it. A speaker who is people rather than
 * a party ("students said they had marched ... and urged") names no maker. Stateless.
 */
final class ReportedConjuncts {

    private ReportedConjuncts() {
    }

    /** The speaker of the report a trigger verb is coordinated to, an empty list for people, or null. */
    static List<Party> maker(Site x) {
        SentenceView s = x.s();
        if (!MakerRules.verbal(x) || MakerRules.modal(x)) {
            return null;
        }
        int verb = Clauses.verb(s, x.head());
        int reporter = reporterOfConjunct(s, verb);
        int speaker = reporter < 0 ? -1 : InheritedSubjects.of(s, reporter);
        if (speaker < 0) {
            return null;
        }
        List<Party> found = MakerRules.found(x, speaker, "maker.reported-conjunct");
        return found == null && Parties.people(s, speaker) ? List.of() : found;
    }

    /**
     * The reporting verb, before the clause, whose complement clause (with a subject of its own, before the conjunct)
     * the trigger verb is coordinated to, when the trigger has the reporting verb's finite form and asks for
     * something; -1 otherwise.
     */
    static int reporterOfConjunct(SentenceView s, int verb) {
        int clause = s.relation(verb).equals("conj") ? s.head(verb) : -1;
        int reporter = clause < 0 ? -1 : s.head(clause);
        if (reporter < 0 || reporter > clause || clause > verb || !s.relation(clause).equals("ccomp")
                || !Clauses.reporting(s, reporter) || Clauses.subject(s, clause) < 0 || Clauses.subject(s, verb) >= 0) {
            return -1;
        }
        String tag = s.pos(verb);
        boolean finite = tag.equals("VBD") || tag.equals("VBZ");
        if (!finite || !tag.equals(s.pos(reporter)) || s.child(verb, "aux", "auxpass", "mark") >= 0) {
            return -1;
        }
        return asks(s, verb) ? reporter : -1;
    }

    /** Whether the verb has a clause or an infinitive of its own: "urged Chile to", "demanded that Peru". */
    private static boolean asks(SentenceView s, int verb) {
        return s.child(verb, "ccomp", "xcomp") >= 0 || verb + 1 < s.size() && s.word(verb + 1).equals("that");
    }
}
