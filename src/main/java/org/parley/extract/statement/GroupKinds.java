package org.parley.extract.statement;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;

/**
 * The kind of organization a group description names ({@code description-kinds}): "the party" is a political party,
 * "the rebels", "the militants", "the movement" an armed group. What such a description stands for is the latest
 * organization in focus of that kind in the catalog, before the latest organization of any kind ("the party called
 * on the board" after the election board was named: the party, not the board). A part of {@link Descriptions}.
 */
final class GroupKinds {

    private static final Map<String, String> KINDS = new HashMap<>();

    static {
        for (String entry : Lexicon.bundled().list("description-kinds").entries()) {
            String[] pair = entry.split(" ");
            KINDS.put(pair[0], pair[1]);
        }
    }

    private GroupKinds() {
    }

    /**
     * The latest organization in focus of the kind {@code token}'s description word names (or a modifier of it:
     * "the rebel group"), with the id {@code rule} and "-kind"; null when the word names no kind or none is in focus.
     */
    static Party latest(SentenceView s, int token, String word, Discourse discourse, CatalogFacts facts, String rule) {
        String kind = kind(s, token, word);
        if (kind == null) {
            return null;
        }
        for (Party p : discourse.salient()) {
            if (p.entity().type() == EntityType.ORGANIZATION && facts.group(kind).contains(p.entity())) {
                return new Party(p.entity(), null, true, RuleId.of(rule + "-kind"));
            }
        }
        return null;
    }

    /** The catalog group the description word or a modifier of it names ("the rebel group"), or null. */
    private static String kind(SentenceView s, int token, String word) {
        String kind = KINDS.get(word);
        for (int c : s.children(token)) {
            if (kind == null && s.relation(c).matches("amod|compound|nmod")) {
                kind = KINDS.get(s.word(c).toLowerCase(Locale.ROOT));
            }
        }
        return kind;
    }
}
