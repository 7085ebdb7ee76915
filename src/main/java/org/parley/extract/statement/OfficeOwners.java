package org.parley.extract.statement;

import java.util.Locale;
import org.parley.core.Entity;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * "Chad's army chief", "the Malian emir": a person's title that is no group noun, owned by a party's possessive or a
 * demonym, with no name of its own in the sentence. The person the article gave that title before, unless the
 * catalog has that person serve another state ({@link TitledPeople}); else the owner itself, the state or body the
 * office holder speaks for. Titles that are group nouns ("minister", "envoy") are owned through
 * {@link Parties#owner}. A part of {@link Parties}.
 */
final class OfficeOwners {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList PERSON_DESCRIPTIONS = LEXICON.list("person-descriptions");
    private static final WordList GROUP_NOUNS = LEXICON.list("group-nouns");

    private OfficeOwners() {
    }

    /** The party the office holder headed by {@code token} stands for, or null. */
    static Party of(SentenceView s, int token, Discourse discourse, ArticleContext context, String rule) {
        String title = s.lemma(token).toLowerCase(Locale.ROOT);
        if (!PERSON_DESCRIPTIONS.contains(title) || GROUP_NOUNS.contains(title) || s.pos(token).endsWith("S")) {
            return null;
        }
        Party owner = owner(s, token, context, rule + "-office");
        if (owner == null) {
            return null;
        }
        Entity state = owner.entity();
        Party titled = TitledPeople.latest(s, title, discourse, context, rule,
                person -> context.countryOf(person) == null || state.equals(context.countryOf(person)));
        return titled != null ? titled : owner;
    }

    /** The possessive party ("Chad's") or the demonym's state ("the Chadian") on the title, or null. */
    private static Party owner(SentenceView s, int token, ArticleContext context, String rule) {
        for (int c : s.children(token)) {
            if (!s.relation(c).matches("poss|nmod|amod|compound")) {
                continue;
            }
            SentenceView.Placed m = s.mentionAt(c);
            if (m != null && m.agentive() && !Parties.backer(m)) {
                return Party.named(m, RuleId.of(rule));
            }
            Entity d = m == null ? context.facts().demonym(s.word(c).toLowerCase(Locale.ROOT)) : null;
            if (d != null) {
                return new Party(d, s.span(c, c + 1), true, RuleId.of(rule));
            }
        }
        return null;
    }
}
