package org.parley.extract.statement;

import java.util.Locale;
import java.util.function.Predicate;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.RuleId;

/**
 * Whom a person description ("the president", "the minister", "the envoy") stands for: the latest person in focus
 * the article has given that title, right before the name ("President Ana Ruiz", "U.S. envoy Ana Ruiz") or as the
 * head of a phrase in apposition to it ("Ana Ruiz, the bloc's envoy"), before the latest person of any title ("the
 * president" after both the president and an opposition leader were named: the president). A part of
 * {@link Descriptions}.
 */
final class TitledPeople {

    private TitledPeople() {
    }

    /** The latest person in focus titled {@code title} in the article up to sentence {@code s}, or null. */
    static Party latest(SentenceView s, String title, Discourse discourse, ArticleContext context, String rule) {
        return latest(s, title, discourse, context, rule, person -> true);
    }

    /** The same among the persons {@code fits} accepts ("Chad's army chief": no chief who serves another state). */
    static Party latest(SentenceView s, String title, Discourse discourse, ArticleContext context, String rule,
            Predicate<Entity> fits) {
        for (Party p : discourse.salient()) {
            if (p.entity().type() == EntityType.PERSON && fits.test(p.entity())
                    && titled(context, s.index(), p.entity(), title)) {
                return new Party(p.entity(), null, true, RuleId.of(rule + "-titled"));
            }
        }
        return null;
    }

    /**
     * For a title a state's demonym or possessive owns ("the Chilean minister") when no person in focus is known to
     * serve that state: the latest person in focus the article gave that title whose country nothing tells ("Ana
     * Ruiz, the minister of state, ... The Chilean minister said": Ruiz), else {@code state} itself.
     */
    static Party orState(SentenceView s, String title, Party state, Discourse discourse, ArticleContext context,
            String rule) {
        Party titled = latest(s, title, discourse, context, rule, person -> context.countryOf(person) == null);
        return titled != null ? titled : state;
    }

    /** Whether a sentence up to {@code last} gives {@code person} the title {@code title}. */
    private static boolean titled(ArticleContext context, int last, Entity person, String title) {
        for (SentenceView v : context.views()) {
            if (v.index() > last) {
                break;
            }
            for (SentenceView.Placed m : v.mentions()) {
                if (m.entity().equals(person) && (word(v, m.begin() - 1).equals(title) || apposed(v, m, title))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Ana Ruiz, the bloc's envoy", "the envoy, Ana Ruiz,": a name and a phrase headed by the title in apposition. */
    private static boolean apposed(SentenceView v, SentenceView.Placed m, String title) {
        if (v.relation(m.head()).equals("appos") && word(v, v.head(m.head())).equals(title)) {
            return true; // "the president, Ana Ruiz,"
        }
        for (int c : v.children(m.head())) {
            if (v.relation(c).equals("appos") && word(v, c).equals(title)) {
                return true;
            }
        }
        return false;
    }

    private static String word(SentenceView v, int i) {
        return i < 0 || i >= v.size() ? "" : v.word(i).toLowerCase(Locale.ROOT);
    }
}
