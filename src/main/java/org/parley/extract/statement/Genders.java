package org.parley.extract.statement;

import java.util.HashMap;
import java.util.Map;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The grammatical gender an article gives its people, learned as it is read, so that "she" is not taken for the
 * last man named: a title before the name ("Mr Ruiz", "Ms Ost"), or a gendered pronoun after the only person a
 * sentence has named, with no comma or reporting verb between them and not itself the speaker ("Ana Ruiz was quick
 * to show her anger"; in "Soto said her ..." or "..., Soto left, she said" it may stand for anyone). Stateless.
 */
final class Genders {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList MALE_PRONOUNS = LEXICON.list("pronouns-male");
    private static final WordList FEMALE_PRONOUNS = LEXICON.list("pronouns-female");
    private static final WordList MALE_TITLES = LEXICON.list("titles-male");
    private static final WordList FEMALE_TITLES = LEXICON.list("titles-female");

    private Genders() {
    }

    /** True for a pronoun that stands for a woman, false for a man, null for any other word. */
    static Boolean ofPronoun(String word) {
        return FEMALE_PRONOUNS.contains(word) ? Boolean.TRUE : MALE_PRONOUNS.contains(word) ? Boolean.FALSE : null;
    }

    /** Whether a person's known gender (true: a woman) rules them out for a pronoun of gender {@code wanted}. */
    static boolean conflicts(Map<Entity, Boolean> known, Entity person, Boolean wanted) {
        Boolean g = known.get(person);
        return wanted != null && g != null && !g.equals(wanted);
    }

    /** {@code known} with what sentence {@code s} tells of its people's gender; the first word heard wins. */
    static Map<Entity, Boolean> learn(SentenceView s, Map<Entity, Boolean> known) {
        Map<Entity, Boolean> out = new HashMap<>(known);
        Entity only = null;
        boolean several = false;
        boolean reported = false;
        for (int i = 0; i < s.size(); i++) {
            SentenceView.Placed m = s.mentionAt(i);
            if (m != null && m.type() == EntityType.PERSON && m.begin() == i) {
                String before = s.word(i - 1).replace(".", "");
                Boolean titled = FEMALE_TITLES.contains(before) ? Boolean.TRUE
                        : MALE_TITLES.contains(before) ? Boolean.FALSE : null;
                if (titled != null) {
                    out.putIfAbsent(m.entity(), titled);
                }
                several |= only != null && !only.equals(m.entity());
                only = m.entity();
            }
            reported |= only != null && (Clauses.reporting(s, i) || s.word(i).equals(","));
            Boolean g = ofPronoun(s.word(i));
            if (g != null && only != null && !several && !reported && !s.quoted(i) && !Clauses.reporting(s, i + 1)) {
                out.putIfAbsent(only, g);
            }
        }
        return Map.copyOf(out);
    }
}
