package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Finds the party that owns a body, forces, a title or a source of words: a possessive, demonym or compound owner
 * ("Libya's parliament", "Afghan officials", "the UK government"), an owner phrase ("forces from Amhara", "a
 * spokesman for Hamas", "the government in Port Sudan"), the person in focus a demonym title names ("the Ukrainian
 * president"), or the modifier owning a plan ("Egypt's plan"). Possessors that are themselves phrases are resolved
 * by {@link Parties}.
 */
final class BodyOwners {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList GROUP_NOUNS = LEXICON.list("group-nouns");
    private static final WordList FORCE_NOUNS = LEXICON.list("force-nouns");
    private static final WordList SPEAKING_FOR = LEXICON.list("speaking-for-nouns");
    private static final WordList SOURCE_NOUNS = LEXICON.list("source-nouns");
    private static final WordList POSTED_ABROAD = LEXICON.list("posted-abroad-nouns");
    private static final WordList PERSON_DESCRIPTIONS = LEXICON.list("person-descriptions");
    private static final WordList PRONOUNS_GROUP = LEXICON.list("pronouns-group");
    private static final WordList PRONOUNS_PLURAL = LEXICON.list("pronouns-plural");

    private final Parties parties;
    private final ArticleContext context;
    private final Discourse discourse;

    BodyOwners(Parties parties, ArticleContext context, Discourse discourse) {
        this.parties = parties;
        this.context = context;
        this.discourse = discourse;
    }

    /** "a statement from the KCK", "the ministry's spokesman": the party a source of words names, or null. */
    Party source(SentenceView s, int token, String rule) {
        if (!SOURCE_NOUNS.contains(s.word(token))) {
            return null;
        }
        for (int p : s.children(token, "prep")) {
            String w = s.word(p);
            if (w.equals("from") || w.equals("of") || w.equals("by")) {
                SentenceView.Placed pm = s.mentionAt(s.child(p, "pobj"));
                if (pm != null && pm.agentive()) {
                    return Party.named(pm, RuleId.of(rule + "-source"));
                }
            }
        }
        Party m = modifierOwner(s, token, rule + "-source");
        return m;
    }

    /**
     * The party owning a body or forces: "Libya's parliament", "Afghan officials", "the Iraqi government", "forces
     * from Amhara", "units and commanders of Armenia" (a possessive, demonym or mention modifying one of the group or
     * force nouns, or a phrase on the last noun coordinated with it; a region may own forces). A singular title with a
     * demonym ("the Ukrainian president") is the person in focus who serves that state, when there is one. Null when
     * none.
     */
    Party owner(SentenceView s, int token, String rule) {
        boolean force = s.listed(FORCE_NOUNS, token);
        if (!force && !s.listed(GROUP_NOUNS, token)) {
            return null;
        }
        for (int c : s.children(token)) {
            String r = s.relation(c);
            if (r.equals("poss") || r.equals("nmod") || r.equals("amod") || r.equals("compound")) {
                SentenceView.Placed pm = s.mentionAt(c);
                if (pm != null && !Parties.backer(pm) && (pm.agentive() || force && pm.type() == EntityType.REGION)) {
                    return titled(s, token, Party.named(pm, RuleId.of(rule + "-owner")), rule);
                }
                Entity d = context.facts().demonym(s.word(c));
                if (d != null) {
                    return titled(s, token, new Party(d, s.span(c, c + 1), true, RuleId.of(rule + "-demonym")), rule);
                }
                String w = s.word(c).toLowerCase(Locale.ROOT); // "its", not "their": the protesters' spokesmen
                boolean pronoun = PRONOUNS_GROUP.contains(w) && !PRONOUNS_PLURAL.contains(w); // not "its president"
                // "its negotiators": the party "its" stands for
                Party held = r.equals("poss") && pm == null && pronoun && s.pos(token).equals("NNS")
                        ? parties.resolve(s, c, rule + "-owner") : null;
                if (held != null) {
                    return held;
                }
            }
        }
        for (int p : OwnerPhrases.phrasesWithStrayedIn(s, token)) {
            String w = s.word(p);
            if (w.equals("for") && SPEAKING_FOR.contains(s.lemma(token))) {
                // "a spokesman for Hamas", "for the Afghan ministry"
                Party body = speaksFor(s, s.child(p, "pobj"), rule);
                if (body != null) {
                    return body;
                }
            }
            // "forces from Amhara", "the regional government of Amhara", "authorities in Transnistria", "mediators from
            // Egypt"; not "diplomats in Maputo": people posted to a capital serve another state
            boolean posted = POSTED_ABROAD.contains(s.word(token).toLowerCase(Locale.ROOT));
            if (w.equals("from") && force && LeftPlaces.movedOut(s, token)) {
                continue; // "the withdrawal of fighters from Idlib": where they leave, no owner
            }
            if (w.equals("from") || w.equals("of") || w.equals("in") && !force && !posted) {
                SentenceView.Placed pm = s.mentionAt(s.child(p, "pobj"));
                if (pm != null && (pm.agentive() || pm.type() == EntityType.REGION)) {
                    return Party.named(pm, RuleId.of(rule + "-owner"));
                }
                Party seat = pm != null && w.equals("in") ? seatParty(s, pm, RuleId.of(rule + "-seat")) : null;
                if (seat != null) {
                    return seat; // "the government in Port Sudan": the state whose seat the city is
                }
            }
        }
        SentenceView.Placed shared = OwnerPhrases.sharedByConjuncts(s, token); // "units and commanders of Armenia"
        if (shared != null) {
            return Party.named(shared, RuleId.of(rule + "-owner"));
        }
        return force ? null : DescribedOwners.of(s, token, discourse, rule); // "a spokesman for the alliance"
    }

    /**
     * The party a spokesman speaks for: a named party or region, or the owner of the body named ("the Sudanese
     * ministry").
     */
    private Party speaksFor(SentenceView s, int body, String rule) {
        if (body < 0) {
            return null;
        }
        SentenceView.Placed pm = s.mentionAt(body);
        if (pm != null) {
            // "a spokesman for the Velmar Province": a region's spokesman speaks for its authorities, as "the
            // authorities of" a region do; a town has none that news names so
            boolean speaks = pm.agentive() || pm.type() == EntityType.REGION;
            return speaks ? Party.named(pm, RuleId.of(rule + "-owner")) : null;
        }
        return owner(s, body, rule);
    }

    /** For a person's title ("the Ukrainian president"), the person in focus who serves the state; else the state. */
    private Party titled(SentenceView s, int token, Party state, String rule) {
        if (!PERSON_DESCRIPTIONS.contains(s.lemma(token)) || state.entity().type() != EntityType.COUNTRY) {
            return state;
        }
        int det = s.child(token, "det");
        if (det >= 0 && (s.word(det).equalsIgnoreCase("a") || s.word(det).equalsIgnoreCase("an"))) {
            return state; // "a Japanese official said": some official, no one the article has named
        }
        for (Party p : discourse.salient()) {
            if (p.entity().type() == EntityType.PERSON && state.entity().equals(context.countryOf(p.entity()))) {
                return new Party(p.entity(), null, true, RuleId.of(rule + "-title"));
            }
        }
        return TitledPeople.orState(s, s.lemma(token), state, discourse, context, rule); // no one known to serve it
    }

    /** The further owners coordinated with a body's first owner: "troops from Amhara and Eritrea". */
    List<Party> ownerConjuncts(SentenceView s, int token, String rule) {
        List<Party> out = new ArrayList<>();
        for (int p : s.children(token, "prep")) {
            int o = s.child(p, "pobj");
            for (int c : o < 0 ? List.<Integer>of() : Clauses.conjuncts(s, o)) {
                SentenceView.Placed cm = s.mentionAt(c);
                if (cm != null && (cm.agentive() || cm.type() == EntityType.REGION)) {
                    out.add(Party.named(cm, RuleId.of(rule + "-owner")));
                }
            }
        }
        return out;
    }

    /**
     * The party a city mention stands for when people are "in" it, inferred by {@code rule} and spanning the city: the
     * body seated there when the sentence names it ("the EU ..., and officials in Brussels said": the EU), else the
     * country the city lies in ("the government in Port Sudan"); null for a mention of no city, or a city of no
     * known country.
     */
    Party seatParty(SentenceView s, SentenceView.Placed city, RuleId rule) {
        if (city.type() != EntityType.CITY) {
            return null;
        }
        Entity body = context.facts().bodySeatedIn(city.entity());
        boolean named = body != null && s.mentions().stream().anyMatch(m -> m.entity().equals(body));
        Entity party = named ? body : context.facts().stateOf(city.entity());
        return party == null ? null : new Party(party, Party.named(city, rule).span(), true, rule);
    }

    /** {@link #owner}, with the owners coordinated with it: "troops from Amhara and Eritrea". */
    List<Party> owners(SentenceView s, int token, String rule) {
        Party first = owner(s, token, rule);
        if (first == null) {
            return List.of();
        }
        List<Party> out = new ArrayList<>(List.of(first));
        for (int p : s.children(token, "prep")) {
            int object = s.child(p, "pobj");
            for (int c : object < 0 ? List.<Integer>of() : Clauses.conjuncts(s, object)) {
                SentenceView.Placed pm = s.mentionAt(c);
                if (pm != null && (pm.agentive() || pm.type() == EntityType.REGION)
                        && out.stream().noneMatch(q -> q.entity().equals(pm.entity()))) {
                    out.add(Party.named(pm, first.rule()));
                }
            }
        }
        return out;
    }

    /**
     * The party a noun's possessor, demonym or compound modifier names ("Egypt's plan", "an Egyptian plan"), or null.
     */
    Party modifierOwner(SentenceView s, int noun, String rule) {
        for (int c : s.children(noun)) {
            String r = s.relation(c);
            if (r.equals("poss")) {
                Party p = parties.resolve(s, c, rule + "-possessor");
                if (p != null) {
                    return p;
                }
            }
        }
        for (int c : s.children(noun)) {
            String r = s.relation(c);
            if (r.equals("nmod") || r.equals("amod") || r.equals("compound")) {
                SentenceView.Placed pm = s.mentionAt(c);
                if (pm != null && pm.agentive() && !Parties.backer(pm)) { // not "the Iran-aligned movement"
                    return Party.named(pm, RuleId.of(rule + "-modifier"));
                }
                Entity d = context.facts().demonym(s.word(c));
                if (d != null) {
                    return new Party(d, s.span(c, c + 1), true, RuleId.of(rule + "-demonym"));
                }
            }
        }
        return null;
    }
}
