package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The places of the act a party refuses until a condition is met, when the condition's demand is the only statement
 * the clause gives ("would not negotiate over A until Sudan pulled back"): the conventions give a conditional refusal
 * the condition's demand only, and the place the refused act is about, the issue withheld, is that demand's place. A
 * threat's answer ("airlines would stop flying to A unless"), or what is kept up until then ("troops would stay in A
 * until"), is no refusal (not negated, nothing withheld with "no"), and its place stays out. The act is the
 * complements of the verb the condition hangs on (its object, its prepositional phrases, its infinitive; not a
 * recipient, "would give A no aid until": a party), without the condition itself (an infinitive the parser hung the
 * condition in keeps the rest: "would not agree to place the fighters in A until"; an object or a phrase it was
 * hung in is left out whole: "would not sign the treaty initialled in B until"); its places are checked as any
 * content's are ({@link PlaceRules}), and only places are taken, not organizations. Not when the act is the
 * addressee's own ("Russia could not send gas to A unless it chose to"): no refusal of the maker; nor the venue of
 * refused talks ("would not return to the talks in A until", "would not take part in A unless").
 */
final class RefusedActPlaces {

    private static final RuleId RULE = RuleId.of("place.condition-refused-act");
    private static final Set<String> ACT_COMPLEMENTS = Set.of("dobj", "prep", "xcomp", "prt", "oprd");
    private static final WordList TALK_NOUNS = Lexicon.bundled().list("talk-nouns");
    private static final WordList ATTENDANCE_WORDS = Lexicon.bundled().list("attendance-words");

    private RefusedActPlaces() {
    }

    /** The condition's demand with the places of the refused act added (see the class comment). */
    static Frame withRefusedAct(SentenceView s, Frame demand, int main, int conditionTop, ArticleContext context) {
        if (main < 0 || !refusal(s, main) || actOfAddressee(s, demand, main)) {
            return demand; // a threat or a promise ("would stop flying to A unless"), or another party's act
        }
        List<Integer> act = new ArrayList<>();
        for (int c : s.children(main)) {
            boolean holding = s.subtree(c).contains(conditionTop);
            if (ACT_COMPLEMENTS.contains(s.relation(c)) && c != conditionTop
                    && (!holding || s.relation(c).equals("xcomp"))) {
                List<Integer> phrase = new ArrayList<>(ContentRules.subtree(s, c));
                phrase.removeAll(s.subtree(conditionTop)); // "not agree to place the fighters in A until": the act
                act.addAll(phrase);
            }
        }
        if (act.isEmpty()) {
            return demand;
        }
        List<Party> places = new ArrayList<>(demand.places());
        for (Party p : PlaceRules.apply(s, demand.withContent(act), context).places()) {
            if (places.stream().noneMatch(p::same) && !talksVenue(s, p)) {
                places.add(p.by(RULE));
            }
        }
        return demand.withNamed(places, demand.orgs(), demand.implied());
    }

    /**
     * "would not return to the talks in Brussels until", "would not take part in Geneva unless": where the refused
     * talks sit is their venue, no issue of the condition's demand.
     */
    private static boolean talksVenue(SentenceView s, Party p) {
        SentenceView.Placed m = s.mentions().stream().filter(x -> x.mention().span().equals(p.span())).findFirst()
                .orElse(null);
        int t = m == null ? -1 : PlaceRules.listHead(s, m.head());
        int in = t < 0 ? -1 : s.head(t);
        return in >= 0 && s.relation(t).equals("pobj") && s.word(in).matches("(?i)in|at")
                && s.head(in) >= 0 && (s.listed(TALK_NOUNS, s.head(in)) || attending(s, s.head(in)));
    }

    /** "participate in", "take part in" (the parser hangs "in" on "take", with "part" its object). */
    private static boolean attending(SentenceView s, int h) {
        return s.listed(ATTENDANCE_WORDS, h)
                || s.children(h, "dobj").stream().anyMatch(o -> s.listed(ATTENDANCE_WORDS, o));
    }

    /** Whether the verb the condition hangs on is negated or withholds "no" thing ("would not sign", "give no aid"). */
    private static boolean refusal(SentenceView s, int main) {
        if (s.child(main, "neg") >= 0) {
            return true;
        }
        for (int o : s.children(main, "dobj")) {
            int det = s.child(o, "det");
            if (det >= 0 && s.word(det).equalsIgnoreCase("no")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the subject of the verb the condition hangs on names the demand's addressee. */
    private static boolean actOfAddressee(SentenceView s, Frame demand, int main) {
        int subject = s.child(main, "nsubj");
        SentenceView.Placed m = subject < 0 ? null : s.mentionAt(subject);
        return m != null && demand.addressees().stream().anyMatch(a -> a.entity().key().equals(m.entity().key()));
    }
}
