package org.parley.extract.statement;

import java.util.List;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.StatementKind;

/**
 * "Rojas said La Paz rejected any mediation", "the minister told reporters that Lima did not accept the ruling", "said
 * Lima had no interest in talks": a rejection in the simple past under a past reporting verb, whose subject is a
 * state, is the position the speaking person holds for that state, put in the past by the report; the text names the
 * person as making it. Not for a past perfect ("said Lima had rejected": an act reported, the state's), nor when the
 * article ties the speaker to another state ("the Chilean minister said Peru rejected": Peru's), nor for a speaker who
 * is no person.
 */
final class ReportedPosition {

    private ReportedPosition() {
    }

    /** The speaking person as the maker, or null when the sentence is not of that shape. */
    static List<Party> maker(Site x) {
        SentenceView s = x.s();
        if (x.frame().kind() != StatementKind.REJECTION || x.trigger().obligation()) {
            return null;
        }
        int verb = s.isVerb(x.head()) ? Clauses.verb(s, x.head()) : had(s, x.head());
        int reporter = verb < 0 || !simplePast(s, verb) ? -1 : Clauses.reporter(s, verb);
        if (reporter < 0 || !(s.pos(reporter).equals("VBD") || s.pos(reporter).equals("VBN"))) {
            return null;
        }
        int actor = s.child(verb, "nsubj");
        SentenceView.Placed state = actor < 0 ? null : s.mentionAt(actor);
        if (state == null || !state.agentive() || state.type() != EntityType.COUNTRY) {
            return null;
        }
        int subject = InheritedSubjects.of(s, reporter);
        List<Party> speaker = subject < 0 ? null : MakerRules.found(x, subject, "maker.speaker-position");
        if (speaker == null || speaker.size() != 1 || speaker.get(0).entity().type() != EntityType.PERSON) {
            return null;
        }
        Entity serves = x.context().countryOf(speaker.get(0).entity());
        return serves == null || serves.equals(state.entity()) ? speaker : null;
    }

    /** "had no interest in talks": the verb "have" whose object the trigger noun is; -1 otherwise. */
    private static int had(SentenceView s, int noun) {
        int verb = s.head(noun);
        boolean object = s.isNoun(noun) && s.relation(noun).equals("dobj");
        return object && verb >= 0 && s.lemma(verb).equals("have") ? verb : -1;
    }

    /** "rejected", "did not accept": the simple past, with no other auxiliary ("had rejected", "would reject"). */
    private static boolean simplePast(SentenceView s, int verb) {
        List<Integer> aux = s.children(verb, "aux");
        if (s.pos(verb).equals("VBD")) {
            return aux.isEmpty();
        }
        return s.pos(verb).equals("VB") && aux.size() == 1 && s.pos(aux.get(0)).equals("VBD")
                && s.lemma(aux.get(0)).equals("do");
    }
}
