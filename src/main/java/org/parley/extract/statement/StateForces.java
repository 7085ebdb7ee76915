package org.parley.extract.statement;

import java.util.List;
import java.util.Locale;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * What "the army", "the military" or "the junta" ({@code state-force-descriptions}) with no owner of its own stands
 * for: what the latest earlier word of that list in the article was placed with, up to this sentence. A mention of
 * an organization ("Sudan's army" read as the catalog's armed forces) gives that organization; a state named right
 * before it, by a possessive, a country's name or a demonym ("Myanmar's military", "the Sudanese army", "the Malian
 * junta"), gives the state. A word with no owner is passed over, a name's word ("the Arakan Army", a group of its
 * own) too, and an army the article never placed stands for nothing: the latest state in focus may be another (the
 * mediator that presses the army). Nor does the owner of a nominal trigger ("the junta's demand") or the subject of
 * a clause that describes a noun ("an account the army rejected"), which tell of the army as background. A part of
 * {@link Descriptions}.
 */
final class StateForces {

    private static final WordList FORCES = Lexicon.bundled().list("state-force-descriptions");

    private StateForces() {
    }

    /** Whether the lemma {@code lemma} is one of the list ("army", "military", "junta"). */
    static boolean describes(String lemma) {
        return FORCES.contains(lemma);
    }

    /**
     * The party the latest earlier word of the list (any of them: "Myanmar's military ... the army") was placed with
     * up to {@code token}, with "-force-named"; null when none.
     */
    static Party named(SentenceView s, int token, ArticleContext context, String rule) {
        if (s.relation(token).equals("poss") || s.relation(token).startsWith("nsubj") && describing(s, token)) {
            return null; // "the junta's demand", "an account the army rejected": no statement of the army's own
        }
        List<SentenceView> views = context.views();
        for (int k = views.size() - 1; k >= 0; k--) {
            SentenceView v = views.get(k);
            if (v.index() > s.index()) {
                continue;
            }
            int end = v.index() == s.index() ? token : v.size();
            for (int j = end - 1; j >= 0; j--) {
                Entity owner = owner(v, j, context);
                if (owner != null) {
                    return new Party(owner, null, true, RuleId.of(rule + "-force-named"));
                }
            }
        }
        return null;
    }

    /**
     * Whether the clause {@code subject} is the subject of describes a noun ("an account the army rejected", "the vote
     * the junta has called for"): what the army did is told of that noun, as background.
     */
    private static boolean describing(SentenceView s, int subject) {
        int verb = s.head(subject);
        return verb >= 0 && (s.relation(verb).equals("relcl") || s.relation(verb).equals("acl"));
    }

    /**
     * The organization a lower-case word of the list at {@code noun} is part of a mention of ("Sudan's army"), or the
     * state named right before it ("Myanmar's military", "the Sudanese army"), which a sentence left unparsed also
     * shows; null for a name's word ("the Arakan Army": a group of its own) or a word with no owner.
     */
    private static Entity owner(SentenceView v, int noun, ArticleContext context) {
        if (!FORCES.contains(v.lemma(noun).toLowerCase(Locale.ROOT))
                || Character.isUpperCase(v.token(noun).text().charAt(0))) {
            return null;
        }
        SentenceView.Placed m = v.mentionAt(noun);
        if (m != null) {
            return m.agentive() && m.type() == EntityType.ORGANIZATION ? m.entity() : null;
        }
        int before = noun > 1 && v.word(noun - 1).equals("'s") ? noun - 2 : noun - 1;
        SentenceView.Placed bm = before < 0 ? null : v.mentionAt(before);
        Entity state = bm != null ? bm.entity()
                : before < 0 ? null : context.facts().demonym(v.word(before).toLowerCase(Locale.ROOT));
        return state != null && state.type() == EntityType.COUNTRY ? state : null;
    }
}
