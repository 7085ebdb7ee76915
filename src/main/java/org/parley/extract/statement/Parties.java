package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Resolves the noun phrase headed by a token to the party it names, and says how: a mention ("Russia"), a
 * possessive, demonym or compound owner of a body ("Libya's parliament", "Afghan officials", "the UK government"),
 * a pronoun or a description of a party named before ("it", "the group", "the government"), or the noun a relative
 * pronoun stands for ("the League, which called"). The rule id of the result is the caller's rule with the way of
 * resolving appended ({@code maker.subject}, {@code maker.subject-pronoun}, ...).
 */
final class Parties {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList GROUP_NOUNS = LEXICON.list("group-nouns");
    private static final WordList STATE_DESCRIPTIONS = LEXICON.list("state-descriptions");
    private static final WordList GROUP_DESCRIPTIONS = LEXICON.list("group-descriptions");
    private static final WordList PERSON_DESCRIPTIONS = LEXICON.list("person-descriptions");
    private static final WordList PRONOUNS_PERSON = LEXICON.list("pronouns-person");
    private static final WordList PRONOUNS_GROUP = LEXICON.list("pronouns-group");
    private static final WordList PRONOUNS_FIRST = LEXICON.list("pronouns-first");
    private static final WordList RELATIVE = LEXICON.list("relative-pronouns");

    private final ArticleContext context;
    private final Discourse discourse;

    Parties(ArticleContext context, Discourse discourse) {
        this.context = context;
        this.discourse = discourse;
    }

    /** The agentive party the phrase headed by {@code token} names, or null. */
    Party resolve(SentenceView s, int token, String rule) {
        if (token < 0) {
            return null;
        }
        SentenceView.Placed m = s.mentionAt(token);
        if (m != null) {
            return m.agentive() ? Party.named(m, RuleId.of(rule)) : null;
        }
        for (int c : s.children(token, "appos")) {
            SentenceView.Placed am = s.mentionAt(c);
            if (am != null && am.agentive()) {
                return Party.named(am, RuleId.of(rule + "-apposition"));
            }
        }
        for (int c : s.children(token, "compound")) {
            SentenceView.Placed cm = s.mentionAt(c);
            if (cm != null && cm.agentive() && GROUP_NOUNS.contains(s.lemma(token))) {
                return Party.named(cm, RuleId.of(rule + "-owner"));
            }
        }
        Party owner = owner(s, token, rule);
        if (owner != null) {
            return owner;
        }
        String w = s.word(token);
        if (RELATIVE.contains(w) && s.relation(s.head(token)).equals("relcl")) {
            return resolve(s, s.head(s.head(token)), rule + "-relative");
        }
        if (PRONOUNS_FIRST.contains(w)) {
            return s.quoted(token) && discourse.speaker() != null ? discourse.speaker().by(RuleId.of(rule + "-speaker")) : null;
        }
        if (PRONOUNS_PERSON.contains(w)) {
            return antecedent(rule + "-pronoun", EntityType.PERSON);
        }
        if (PRONOUNS_GROUP.contains(w)) {
            return antecedent(rule + "-pronoun", EntityType.ORGANIZATION, EntityType.COUNTRY);
        }
        if (s.word(token - 1).equals("the") || s.child(token, "det") >= 0) {
            String l = s.lemma(token);
            if (STATE_DESCRIPTIONS.contains(l)) {
                return antecedent(rule + "-description", EntityType.COUNTRY);
            }
            if (GROUP_DESCRIPTIONS.contains(l)) {
                return antecedent(rule + "-description", EntityType.ORGANIZATION);
            }
            if (PERSON_DESCRIPTIONS.contains(l)) {
                return antecedent(rule + "-description", EntityType.PERSON);
            }
        }
        return null;
    }

    /**
     * The party owning a body: "Libya's parliament", "Afghan officials", "the Iraqi government" (a possessive,
     * demonym or mention modifying one of the group nouns), or null.
     */
    Party owner(SentenceView s, int token, String rule) {
        if (!GROUP_NOUNS.contains(s.lemma(token)) && !GROUP_NOUNS.contains(s.word(token))) {
            return null;
        }
        for (int c : s.children(token)) {
            String r = s.relation(c);
            if (r.equals("poss") || r.equals("nmod") || r.equals("amod") || r.equals("compound")) {
                SentenceView.Placed pm = s.mentionAt(c);
                if (pm != null && pm.agentive()) {
                    return Party.named(pm, RuleId.of(rule + "-owner"));
                }
                Entity d = context.facts().demonym(s.word(c));
                if (d != null) {
                    return new Party(d, s.span(c, c + 1), false, RuleId.of(rule + "-demonym"));
                }
            }
        }
        return null;
    }

    /** The party a noun's possessor, demonym or compound modifier names ("Egypt's plan", "an Egyptian plan"), or null. */
    Party modifierOwner(SentenceView s, int noun, String rule) {
        for (int c : s.children(noun)) {
            String r = s.relation(c);
            if (r.equals("poss")) {
                Party p = resolve(s, c, rule + "-possessor");
                if (p != null) {
                    return p;
                }
            }
        }
        for (int c : s.children(noun)) {
            String r = s.relation(c);
            if (r.equals("nmod") || r.equals("amod") || r.equals("compound")) {
                SentenceView.Placed pm = s.mentionAt(c);
                if (pm != null && pm.agentive()) {
                    return Party.named(pm, RuleId.of(rule + "-modifier"));
                }
                Entity d = context.facts().demonym(s.word(c));
                if (d != null) {
                    return new Party(d, s.span(c, c + 1), false, RuleId.of(rule + "-demonym"));
                }
            }
        }
        return null;
    }

    /** The latest party in focus of one of the types. */
    Party antecedent(String rule, EntityType... types) {
        Party p = discourse.latest(types);
        return p == null ? null : new Party(p.entity(), null, true, RuleId.of(rule));
    }

    /** The party and the parties coordinated with it ("Egypt and Qatar", "Putin and Erdogan"). */
    List<Party> withConjuncts(SentenceView s, int token, Party first, String rule) {
        List<Party> out = new ArrayList<>();
        out.add(first);
        for (int c : s.children(token, "conj")) {
            Party p = resolve(s, c, rule);
            if (p != null && out.stream().noneMatch(p::same)) {
                out.add(p);
            }
        }
        return out;
    }
}
