package org.parley.extract.statement;

import java.util.List;

/**
 * A clause with an impersonal "it" for subject that the parser joined as a conjunct to a reporting verb: "Ruiz said
 * Chile would wait for the count, and it was up to Peru to answer first", "Ruiz told reporters the vote was over and
 * it was essential that Peru accept it". The writer does not leave an act to a party or judge what is needed in a
 * voice of their own: the clause goes on with what the reporting verb reports, so its statement is the reporter's
 * ({@code maker.impersonal-conjunct}). A conjunct with a party for subject ("and Peru would answer") is left to the
 * other maker rules. Stateless.
 */
final class ImpersonalConjuncts {

    private ImpersonalConjuncts() {
    }

    /** The reporter of the impersonal conjunct that holds the trigger, resolved; null when there is none. */
    static List<Party> maker(Site x) {
        SentenceView s = x.s();
        int verb = Clauses.verb(s, x.head());
        if (verb < 0 || !s.relation(verb).equals("conj")) {
            return null;
        }
        int reporter = s.head(verb);
        int subject = Clauses.subject(s, verb);
        if (!Clauses.reporting(s, reporter) || subject < 0 || !impersonal(s, subject)) {
            return null;
        }
        int speaker = InheritedSubjects.of(s, reporter);
        return speaker < 0 ? null : MakerRules.found(x, speaker, "maker.impersonal-conjunct");
    }

    /**
     * An "it" that stands for no party: the place holder of a clause after the predicate ("it was essential that"),
     * or the "it" of leaving an act to a party ("it was up to Peru to answer"), a copula with "up to" and an
     * infinitive.
     */
    static boolean impersonal(SentenceView s, int subject) {
        if (Clauses.expletive(s, subject)) {
            return true;
        }
        int verb = s.head(subject);
        if (!s.word(subject).equalsIgnoreCase("it") || !s.lemma(verb).equals("be")) {
            return false;
        }
        boolean infinitive = s.children(verb).stream().anyMatch(c -> (s.relation(c).equals("xcomp")
                || s.relation(c).equals("advcl")) && Clauses.toInfinitive(s, c)); // the parser takes either
        return infinitive && s.children(verb, "prep").stream().anyMatch(p -> s.word(p).equalsIgnoreCase("up"));
    }
}
