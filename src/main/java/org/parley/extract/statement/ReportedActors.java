package org.parley.extract.statement;

import java.util.List;
import org.parley.core.RuleId;

/**
 * The speaker who reports the stance of a party the trigger names outside its own subject
 * ({@code maker.speaker-stance-actor}): the presenter of a nominal trigger ("Ruiz said Chile would make a new offer
 * of talks") or the agent of a passive trigger ("Ruiz said the plan would never be accepted by the Union"). As for
 * {@link SpeakerStance}, a stance (a modal, the present) reported by a party is that speaker's statement, a past act
 * ("Ruiz said Chile had renewed its requests") stays the actor's, and so does another state's stance a state reports.
 */
final class ReportedActors {

    private static final RuleId RULE = RuleId.of("maker.speaker-stance-actor");

    private ReportedActors() {
    }

    /** The speaker, when the verb that presents the trigger or the passive trigger verb states a reported stance. */
    static List<Party> maker(Site x) {
        SentenceView s = x.s();
        if (MakerRules.modal(x)) {
            return null;
        }
        int verb = s.isNoun(x.head()) ? MakerRules.presentingVerb(x) : passive(s, Clauses.verb(s, x.head()));
        if (verb < 0 || !Clauses.stance(s, verb, verb)) {
            return null;
        }
        int reporter = Clauses.reporter(s, verb);
        int subject = reporter < 0 ? -1 : StrandedReporters.subject(s, reporter);
        List<Party> speaker = subject < 0 ? null : MakerRules.found(x, subject, RULE.id());
        int actor = s.isNoun(x.head()) ? InheritedSubjects.of(s, verb) : s.child(s.child(verb, "agent"), "pobj");
        if (speaker == null || actor < 0 || x.parties().resolve(s, actor, RULE.id()) == null) {
            return null; // "would not be bound by the accord": no party acts, the speaker's own stance is read as such
        }
        return SpeakerStance.yields(s, actor, speaker) ? null : speaker;
    }

    /** {@code verb} when it is in the passive with a "by" phrase of its agent; -1 otherwise. */
    private static int passive(SentenceView s, int verb) {
        return verb >= 0 && s.child(verb, "auxpass") >= 0 && s.child(verb, "agent") >= 0 ? verb : -1;
    }
}
