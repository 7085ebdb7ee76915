package org.parley.extract.statement;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Whom a state description ("the government", "the authorities", "the transitional government") stands for: the
 * latest country in focus the article has named as the owner of such a body, by a possessive, a demonym, a compound
 * or an "of" phrase ("Peru's interim government", "the Peruvian government", "the government of Peru"), or through
 * the person a possessive names when that person serves one country ("Ruiz's government"), before the latest
 * country of any kind, which is often a host, a mediator or a neighbour named since. A part of {@link Descriptions}.
 */
final class GovernedStates {

    private static final WordList STATE_DESCRIPTIONS = Lexicon.bundled().list("state-descriptions");

    private GovernedStates() {
    }

    /**
     * The latest country in focus, not among {@code bound}, whose body the article named with that country as its
     * owner in a sentence up to {@code s}; null when none.
     */
    static Party latest(SentenceView s, Discourse discourse, ArticleContext context, Set<Entity> bound, String rule) {
        Set<Entity> owners = null;
        for (Party p : discourse.salient()) {
            if (p.entity().type() != EntityType.COUNTRY || bound.contains(p.entity())) {
                continue;
            }
            owners = owners != null ? owners : owners(context, s.index());
            if (owners.contains(p.entity())) {
                return new Party(p.entity(), null, true, RuleId.of(rule + "-governed"));
            }
        }
        return null;
    }

    /** The countries a sentence up to {@code last} names as the owner of a state description (or its owner's). */
    private static Set<Entity> owners(ArticleContext context, int last) {
        Set<Entity> out = new HashSet<>();
        for (SentenceView v : context.views()) {
            if (v.index() > last) {
                break;
            }
            for (int t = 0; t < v.size(); t++) {
                if (STATE_DESCRIPTIONS.contains(v.lemma(t).toLowerCase(Locale.ROOT))) {
                    addOwners(v, t, context, out);
                }
            }
        }
        return out;
    }

    /** Adds the owners of the body at {@code body}: a country, or the country of a person who serves one. */
    private static void addOwners(SentenceView v, int body, ArticleContext context, Set<Entity> out) {
        for (int c : v.children(body)) {
            String r = v.relation(c);
            boolean modifier = r.equals("poss") || r.equals("amod") || r.equals("compound") || r.equals("nmod");
            if (r.equals("prep") && v.word(c).equals("of")) {
                c = v.child(c, "pobj");
                modifier = c >= 0;
            }
            SentenceView.Placed m = modifier ? v.mentionAt(c) : null;
            Entity owner = m == null ? null
                    : m.type() == EntityType.PERSON ? context.countryOf(m.entity()) : m.entity();
            if (owner != null) {
                out.add(owner);
            }
            Entity demonym = modifier ? context.facts().demonym(v.word(c).toLowerCase(Locale.ROOT)) : null;
            if (demonym != null) {
                out.add(demonym);
            }
        }
    }
}
