package org.parley.extract.statement;

import java.util.Collections;
import java.util.List;

/**
 * The maker of a proposal named in a phrase that opens its clause with a relative clause of no pronoun: "Under the
 * plan the minister put to the summit, ...", "In the proposal Ghana sent to Lome, ...". The parser reads the relative
 * clause's verb as the verb the phrase stands on, so the noun is no object of it: the verb presents or makes the
 * noun (a verb of {@code present-verbs} or {@code offer-verbs}), has no modal and no object or clause of its own (the
 * object is the noun itself), and its subject follows the noun's phrase with no comma between. "Under the plan, Ghana
 * put ..." and "Under the plan Ghana would send troops" name the party that acts under it, not the plan's author.
 * Stateless.
 */
final class FrontedPlanPresenters {

    private static final List<String> OWN_OBJECTS = List.of("dobj", "ccomp", "xcomp", "dative");

    private FrontedPlanPresenters() {
    }

    /** The trigger's maker by {@code maker.fronted-plan-presenter}, or null. */
    static List<Party> maker(Site x) {
        SentenceView s = x.s();
        int h = x.head();
        if (!s.isNoun(h) || !s.relation(h).equals("pobj") || !s.relation(s.head(h)).equals("prep")) {
            return null;
        }
        int prep = s.head(h);
        int verb = s.head(prep);
        if (!s.isVerb(verb) || verb < h || !MakerRules.presents(s, verb) || Modals.hasModal(s, verb)
                || OWN_OBJECTS.stream().anyMatch(r -> s.child(verb, r) >= 0)) {
            return null;
        }
        int subject = Clauses.subject(s, verb);
        if (subject < 0 || subject < h) {
            return null;
        }
        int phraseEnd = Collections.max(s.subtree(h));
        int subjectStart = Collections.min(s.subtree(subject));
        return phraseEnd + 1 == subjectStart ? MakerRules.found(x, subject, "maker.fronted-plan-presenter") : null;
    }
}
