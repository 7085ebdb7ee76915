package org.parley.extract.statement;

import java.util.Locale;
import java.util.Set;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A demand or offer noun that says nothing of what is asked or offered, named only as the thing a party makes, holds,
 * sets out or sees met (contentless-noun-verbs): "Lima issued its demand after the cabinet met", "the union's leader
 * had a further demand", "the rebels have set three conditions", "would go home once their demands were met".
 * The sentence refers to a statement told elsewhere in the article, and states none of its own. The noun keeps its
 * statement when anything on it says what it asks (a preposition other than one that dates or places it, of
 * setting-prepositions; a clause, an infinitive, an apposition, a compound that is no party's name, or a colon after
 * it: "issued a demand for a truce", "had a demand of its own: ..."). Stateless.
 */
final class ContentlessNouns {

    /** A demand or offer noun with no content, made, held or met ({@link #contentless}). */
    static final RuleId RULE = RuleId.of("statement.skip.contentless-noun");

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList DEMAND_NOUNS = LEXICON.list("demand-nouns");
    private static final WordList OFFER_NOUNS = LEXICON.list("offer-nouns");
    private static final WordList VERBS = LEXICON.list("contentless-noun-verbs");
    private static final WordList SETTING = LEXICON.list("setting-prepositions");
    /** Dependents of the noun that say which one, how many or whose, not what it asks. */
    private static final Set<String> BARE = Set.of("det", "poss", "amod", "nmod", "nummod", "predet", "advmod",
            "punct", "case", "quantmod");

    private ContentlessNouns() {
    }

    /** Whether the demand or offer trigger {@code h} is such a noun, the object of such a verb. */
    static boolean contentless(SentenceView s, int h, StatementKind kind) {
        boolean noun = kind == StatementKind.DEMAND && s.listed(DEMAND_NOUNS, h)
                || kind == StatementKind.OFFER && s.listed(OFFER_NOUNS, h);
        String r = s.relation(h);
        int verb = s.head(h);
        if (!noun || !s.isNoun(h) || !(r.equals("dobj") || r.equals("nsubjpass")) || verb < 0 || !s.isVerb(verb)
                || !s.listed(VERBS, verb)) {
            return false;
        }
        for (int c : s.children(h)) {
            String cr = s.relation(c);
            boolean party = cr.equals("compound") && s.mentionAt(c) != null;
            boolean setting = cr.equals("prep") && SETTING.contains(s.word(c).toLowerCase(Locale.ROOT));
            if (!BARE.contains(cr) && !party && !setting) {
                return false;
            }
        }
        int next = s.subtree(h).stream().mapToInt(Integer::intValue).max().orElse(h) + 1;
        return next >= s.size() || !s.word(next).equals(":");
    }
}
