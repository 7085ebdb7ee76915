package org.parley.extract.statement;

import java.util.List;
import java.util.stream.IntStream;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The party a noun phrase names inside itself, when its head is no mention: a party in apposition ("the neighbour,
 * Benin"), the person a title in apposition describes ("Josep Borrell, the EU's foreign policy chief, who"), a
 * party in a compound on a group noun ("the Hamas leadership"), an organization named before an organization noun
 * or a party noun ("the Hamas militant group", "the M23 rebels", "the Moru coalition"), the person a title of a
 * body is given to ("the head of the panel, X,"). Stateless.
 */
final class NamedParty {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList GROUP_NOUNS = LEXICON.list("group-nouns");
    private static final WordList ORGANIZATION_NOUNS = LEXICON.list("organization-nouns");
    private static final WordList PARTY_NOUNS = LEXICON.list("party-nouns");
    private static final WordList TITLES = LEXICON.list("titles");

    private NamedParty() {
    }

    /** The party the phrase headed by {@code token} names, with {@code rule} and its suffix, or null. */
    static Party inPhrase(SentenceView s, int token, String rule) {
        for (int c : s.children(token, "appos")) {
            SentenceView.Placed am = s.mentionAt(c);
            if (am != null && am.agentive()) {
                return Party.named(am, RuleId.of(rule + "-apposition"));
            }
        }
        if (s.relation(token).equals("appos")) {
            SentenceView.Placed described = s.mentionAt(s.head(token));
            if (described != null && described.agentive() && described.type() == EntityType.PERSON) {
                return Party.named(described, RuleId.of(rule + "-apposition"));
            }
        }
        Party fronted = nameBeforeDescription(s, token, rule);
        if (fronted != null) {
            return fronted;
        }
        Party titled = titledOf(s, token, rule);
        if (titled != null) {
            return titled;
        }
        for (int c : s.children(token, "compound")) {
            SentenceView.Placed cm = s.mentionAt(c);
            if (cm != null && cm.agentive() && !Parties.backer(cm) && GROUP_NOUNS.contains(s.lemma(token))) {
                return Party.named(cm, RuleId.of(rule + "-owner"));
            }
        }
        if (!ORGANIZATION_NOUNS.contains(s.lemma(token)) && !PARTY_NOUNS.contains(s.lemma(token))) {
            return null; // "the Moru coalition", "the Tano Ansu alliance": the named organization, not a description
        }
        for (int c : s.children(token)) {
            boolean modifier = s.relation(c).equals("compound") || s.relation(c).equals("nmod");
            SentenceView.Placed cm = modifier ? s.mentionAt(c) : null;
            if (cm != null && cm.type() == EntityType.ORGANIZATION && !Parties.backer(cm)) {
                return Party.named(cm, RuleId.of(rule + "-named"));
            }
        }
        return null;
    }

    /**
     * "Velar G9, the president's party, said", "The Velar Front, a coalition of rebel groups, said": a name that
     * opens the phrase, set off by commas from the description after it, which the parser took for the head (the
     * name hung on the description as a modifier, or on the verb as a dependent before its subject). The name is the
     * party.
     */
    private static Party nameBeforeDescription(SentenceView s, int token, String rule) {
        List<Integer> phrase = s.subtree(token);
        if (!s.word(phrase.get(phrase.size() - 1) + 1).equals(",")) {
            return null;
        }
        SentenceView.Placed m = hungName(s, token, phrase);
        return m != null && m.agentive() ? Party.named(m, RuleId.of(rule + "-described-name")) : null;
    }

    /** The name set off by a comma before the description {@code phrase} is headed by, or null. */
    private static SentenceView.Placed hungName(SentenceView s, int token, List<Integer> phrase) {
        int start = phrase.get(0);
        int first = start + (s.word(start).equalsIgnoreCase("the") ? 1 : 0);
        SentenceView.Placed inside = s.mentionAt(first);
        if (inside != null && inside.begin() == first && inside.end() < token && s.word(inside.end()).equals(",")) {
            return phrase.containsAll(IntStream.range(first, inside.end()).boxed().toList()) ? inside : null;
        }
        SentenceView.Placed before = s.mentionAt(start - 2);
        boolean dependent = before != null && before.end() == start - 1 && s.word(start - 1).equals(",")
                && s.relation(token).equals("nsubj") && s.relation(before.head()).equals("dep")
                && s.head(before.head()) == s.head(token);
        return dependent ? before : null;
    }

    /**
     * "The delegation, led by Amara Kone, demanded", "mediators led by Velmar": a phrase that names no party and
     * stands for none named before (the last way {@link Parties} resolves a phrase), whose participle "led by" names
     * who leads it; the leader is the party.
     */
    static Party ledBy(SentenceView s, int token, String rule) {
        for (int c : s.children(token, "acl")) {
            int agent = s.word(c).equals("led") ? s.child(c, "agent") : -1;
            SentenceView.Placed lm = agent < 0 ? null : s.mentionAt(s.child(agent, "pobj"));
            if (lm != null && lm.agentive()) {
                return Party.named(lm, RuleId.of(rule + "-leader"));
            }
        }
        return null;
    }

    /**
     * "The head of the Thai panel, Chatchai Bangchuad, said", "A spokeswoman for the government, X, said": the parser
     * hangs the name in apposition on the object of "of" or "for" in the title; the name is the title's, the person
     * who holds it.
     */
    private static Party titledOf(SentenceView s, int token, String rule) {
        if (!TITLES.contains(s.lemma(token))) {
            return null;
        }
        for (int p : s.children(token, "prep")) {
            int object = s.word(p).equals("of") || s.word(p).equals("for") ? s.child(p, "pobj") : -1;
            for (int c : s.children(object, "appos")) {
                SentenceView.Placed am = s.mentionAt(c);
                if (am != null && am.agentive() && am.type() == EntityType.PERSON) {
                    return Party.named(am, RuleId.of(rule + "-apposition"));
                }
            }
        }
        return null;
    }
}
