package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;

/**
 * A refusal held "until" something happens ("would not leave the streets until the police were gone", "will not sign
 * the treaty initialled last week until Armenia amends its constitution") sets that thing as its condition: the
 * statement is the condition, a demand by the refusing party, as {@link ConditionRules} makes it where it finds the
 * condition's clause. This catches the refusals whose "until" the parser hangs elsewhere in the refused act's phrase
 * (on a participle of its object, with a noun as its object) or whose condition is a state of affairs rather than a
 * party's act, so that the refusal was left standing: the refusal gives way to the demand, which names the places
 * of the condition's clause ("until Peru hands back A"), as that rule's demand does, and those of the refused act, as
 * a conditional refusal's demand does ({@link RefusedActPlaces}: "could not agree to place the fighters in A under
 * any command until the law was changed" names A).
 */
final class UntilRefusals {

    static final RuleId RULE = RuleId.of("condition.until-refusal");

    private UntilRefusals() {
    }

    static List<Frame> apply(SentenceView s, List<Frame> frames, ArticleContext context) {
        List<Frame> out = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            int until = ConditionRules.REFUSED_ACTS.contains(f.rule()) && !f.makers().isEmpty()
                    ? untilUnder(s, f.head()) : -1;
            if (until < 0) {
                out.add(f);
            } else if (frames.stream()
                    .noneMatch(d -> d.kind() == StatementKind.DEMAND && Modals.until(d.cue()))) {
                Frame demand = new Frame(f.sentence(), StatementKind.DEMAND, RULE, s.word(until), until, f.makers(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), List.of());
                int condition = s.relation(until).equals("mark") ? s.head(until) : until;
                List<Integer> clause = ConditionRemarks.clause(s, condition, until, 1);
                Frame placed = PlaceRules.apply(s, demand.withContent(clause), context); // "until A is handed back"
                // the refused act's places are the demand's too, as for a conditional refusal (RefusedActPlaces)
                out.add(RefusedActPlaces.withRefusedAct(s, placed, f.head(), condition, context));
            } // else the condition's demand is made already: the refusal goes
        }
        return out;
    }

    /** The first "until" after the refused act that the act's phrase dominates; -1 when none. */
    private static int untilUnder(SentenceView s, int act) {
        for (int i = act + 1; i < s.size(); i++) {
            if (Modals.until(s, i) && s.dominates(act, i)) {
                return i;
            }
        }
        return -1;
    }
}
