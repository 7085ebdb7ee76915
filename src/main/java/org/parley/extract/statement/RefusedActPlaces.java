package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.core.RuleId;

/**
 * The places of the act a party refuses or threatens until a condition is met, when the condition's demand is the
 * only statement the clause gives ("would not negotiate over A until Sudan pulled back", "would put self-rule in A to
 * a vote if B was installed"): the conventions give a conditional refusal or threat the condition's demand only, and
 * the place the refused or threatened act is about is that demand's place. The act is the complements of the verb the
 * condition hangs on (its object, its prepositional phrases, its infinitive; not a recipient, "would give A no aid
 * until": a party), without the condition itself; its places are checked as any content's are ({@link PlaceRules}),
 * and only places are taken, not organizations. Not when the act is the addressee's own ("Russia could send gas to A
 * if it chose to"): no refusal or threat of the maker.
 */
final class RefusedActPlaces {

    private static final RuleId RULE = RuleId.of("place.condition-refused-act");
    private static final Set<String> ACT_COMPLEMENTS = Set.of("dobj", "prep", "xcomp", "prt", "oprd");

    private RefusedActPlaces() {
    }

    /** The condition's demand with the places of the refused act added (see the class comment). */
    static Frame withRefusedAct(SentenceView s, Frame demand, int main, int conditionTop, ArticleContext context) {
        if (main < 0 || actOfAddressee(s, demand, main)) {
            return demand; // "Russia could send gas to A if it chose to": another party's act, no refusal of the maker
        }
        List<Integer> act = new ArrayList<>();
        for (int c : s.children(main)) {
            if (ACT_COMPLEMENTS.contains(s.relation(c)) && !s.subtree(c).contains(conditionTop)) {
                act.addAll(ContentRules.subtree(s, c));
            }
        }
        if (act.isEmpty()) {
            return demand;
        }
        List<Party> places = new ArrayList<>(demand.places());
        for (Party p : PlaceRules.apply(s, demand.withContent(act), context).places()) {
            if (places.stream().noneMatch(p::same)) {
                places.add(p.by(RULE));
            }
        }
        return demand.withNamed(places, demand.orgs(), demand.implied());
    }

    /** Whether the subject of the verb the condition hangs on names the demand's addressee. */
    private static boolean actOfAddressee(SentenceView s, Frame demand, int main) {
        int subject = s.child(main, "nsubj");
        SentenceView.Placed m = subject < 0 ? null : s.mentionAt(subject);
        return m != null && demand.addressees().stream().anyMatch(a -> a.entity().key().equals(m.entity().key()));
    }
}
