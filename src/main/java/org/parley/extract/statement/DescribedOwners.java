package org.parley.extract.statement;

import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The owner of a body or spokesman that the sentence names only by a description of a group said earlier: "the
 * group's negotiators", "a spokesman for the alliance", "the leaders of the movement". The description stands for the
 * latest organization that was a clause's subject or a statement's maker ({@link Discourse#latestCentre}: the group
 * the article is telling of, not one it merely named since), and the body or spokesman speaks for it; the rule id is
 * the owner's with the description's suffix ({@code maker.subject-owner-description}).
 */
final class DescribedOwners {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList GROUP_DESCRIPTIONS = LEXICON.list("group-descriptions");
    private static final WordList SPEAKING_FOR = LEXICON.list("speaking-for-nouns");

    private DescribedOwners() {
    }

    /**
     * The group a description in the possessive, or in an "of" phrase (or the "for" phrase of a spokesman) on the
     * group noun {@code token} stands for; null when that phrase is no group description with "the" or names no group
     * in focus.
     */
    static Party of(SentenceView s, int token, Discourse discourse, String rule) {
        for (int c : s.children(token)) {
            String r = s.relation(c);
            boolean phrase = r.equals("prep") && (s.word(c).equals("of")
                    || s.word(c).equals("for") && SPEAKING_FOR.contains(s.lemma(token)));
            int described = r.equals("poss") ? c : phrase ? s.child(c, "pobj") : -1;
            if (described >= 0 && description(s, described)) {
                Party p = discourse.latestCentre(EntityType.ORGANIZATION);
                String owned = rule + "-owner"; // resolved in turn through the description
                return p == null ? null : new Party(p.entity(), null, true, RuleId.of(owned + "-description"));
            }
        }
        return null;
    }

    /** "the group", "the militants", "the alliance's": a group description with "the" and no name on it. */
    private static boolean description(SentenceView s, int token) {
        String w = s.word(token).toLowerCase(java.util.Locale.ROOT);
        boolean listed = GROUP_DESCRIPTIONS.contains(w) || GROUP_DESCRIPTIONS.contains(s.lemma(token));
        int det = s.child(token, "det");
        return listed && s.mentionAt(token) == null && det >= 0 && s.word(det).equalsIgnoreCase("the");
    }
}
