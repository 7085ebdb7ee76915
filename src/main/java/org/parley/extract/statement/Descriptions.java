package org.parley.extract.statement;

import java.util.Locale;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * What a description of a party stands for: "the government", "the group", "the president" (a party of that kind
 * named before), "the rebel authorities" (an organization that is no state body), "the Commission" after "the
 * European Commission", "the army" (what the article named the army with before: {@link StateForces}) and "In
 * Guatemala, the foreign ministry" (the state of the place opening the clause); any other singular noun only as a
 * title the article put on a person's name ("Admiral Ana Ruiz ... the admiral": {@link TitledPeople}). A
 * part of {@link Parties}, which asks it after mentions, owners and pronouns.
 */
final class Descriptions {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList STATE_DESCRIPTIONS = LEXICON.list("state-descriptions");
    private static final WordList GROUP_DESCRIPTIONS = LEXICON.list("group-descriptions");
    private static final WordList PERSON_DESCRIPTIONS = LEXICON.list("person-descriptions");
    private static final WordList NON_STATE = LEXICON.list("non-state-words");
    private static final WordList STATE_BODY_GROUPS = LEXICON.list("state-body-groups");
    private static final WordList GOVERNMENT_MODIFIERS = LEXICON.list("government-modifiers");

    private final Parties parties;
    private final Discourse discourse;
    private final ArticleContext context;

    Descriptions(Parties parties, Discourse discourse, ArticleContext context) {
        this.parties = parties;
        this.discourse = discourse;
        this.context = context;
    }

    /** "the government", "the group", "the rebel authorities", "the president": the party described, or null. */
    Party of(SentenceView s, int token, String rule) {
        String w = s.word(token);
        Party named = shortName(s, token, rule);
        if (named != null) {
            return named;
        }
        boolean plural = !w.equals(s.lemma(token)) && s.pos(token).endsWith("S");
        Party owned = personOwned(s, token, rule);
        if (owned != null) {
            return owned;
        }
        int det = s.child(token, "det");
        if (s.word(token - 1).equals("the") || det >= 0 && s.word(det).equals("the")) {
            String l = plural ? w : s.lemma(token);
            boolean body = STATE_DESCRIPTIONS.contains(l) || GROUP_DESCRIPTIONS.contains(l);
            if (body && unknownName(s, token)) {
                return null; // "the Dhobley administration": a body of a name no mention knows, not one in focus
            }
            boolean nonState = NON_STATE.contains(l) || s.children(token).stream()
                    .anyMatch(c -> s.relation(c).matches("amod|compound|nmod") && NON_STATE.contains(s.word(c)));
            if (nonState && body) {
                Party kind = GroupKinds.latest(s, token, l, discourse, context.facts(), rule + "-description");
                return kind != null ? kind : nonStateAntecedent(s, token, rule + "-description"); // "the rebels"
            }
            if (StateForces.describes(l) && !nonState) {
                return StateForces.named(s, token, context, rule); // "the army": "Myanmar's military" before
            }
            if (STATE_DESCRIPTIONS.contains(l)) {
                return state(s, token, rule);
            }
            if (GROUP_DESCRIPTIONS.contains(l)) {
                Party p = parties.antecedent(s, token, rule + "-description", EntityType.ORGANIZATION);
                Party kind = p != null && p.rule().id().endsWith("-in-sentence") ? null
                        : GroupKinds.latest(s, token, l, discourse, context.facts(), rule + "-description");
                return kind != null ? kind : p; // "the party": a party in focus before the board named last
            }
            if (PERSON_DESCRIPTIONS.contains(l)) {
                Party p = parties.antecedent(s, token, rule + "-description", EntityType.PERSON);
                Party titled = p != null && p.rule().id().endsWith("-in-sentence") ? null
                        : TitledPeople.latest(s, l, discourse, context, rule + "-description");
                return titled != null ? titled : p; // "the president": the one so titled, not the last person named
            }
            if (s.pos(token).equals("NN")) { // "Admiral Ana Ruiz ... the admiral": a title on a name
                return TitledPeople.latest(s, l, discourse, context, rule + "-description");
            }
        }
        return null;
    }

    /**
     * "the government", "the authorities": the state of a place opening the clause, an earlier subject of the
     * sentence, for a subject the latest country in focus the article named as owning such a body
     * ({@link GovernedStates}: "the government" is Peru's, not the host's named since), else the latest country.
     */
    private Party state(SentenceView s, int token, String rule) {
        Party placed = placed(s, token, rule);
        if (placed != null) {
            return placed;
        }
        Party p = parties.antecedent(s, token, rule + "-description", EntityType.COUNTRY);
        boolean subject = s.relation(token).startsWith("nsubj"); // a maker's phrase, not one addressed
        Party governed = !subject || p == null || p.rule().id().endsWith("-in-sentence") ? null
                : GovernedStates.latest(s, discourse, context, BoundNames.of(s, token), rule + "-description");
        return governed != null ? governed : p;
    }

    /**
     * Whether a proper noun that no mention, demonym or {@code government-modifiers} word accounts for names the
     * body at {@code token} ("the Dhobley administration", "the SSC-Khatumo administration"; not "the Federal
     * Government", "the Somali government").
     */
    boolean unknownName(SentenceView s, int token) {
        return s.children(token).stream().anyMatch(c -> s.relation(c).equals("compound") && c < token
                && s.pos(c).startsWith("NNP") && s.mentionAt(c) == null && context.facts().demonym(s.word(c)) == null
                && !GOVERNMENT_MODIFIERS.contains(s.word(c).toLowerCase(Locale.ROOT)));
    }

    /**
     * "al-Hilu's movement", "his party": a group description owned by a person (a person's possessive, "his" or
     * "her") is the group that person leads or speaks for: the latest organization in focus that is no state body,
     * UN agency, court, mission or alliance and that a sentence so far named together with that person; or null.
     */
    Party personOwned(SentenceView s, int token, String rule) {
        int poss = s.child(token, "poss");
        String l = s.word(token).equals(s.lemma(token)) ? s.lemma(token) : s.word(token);
        if (poss < 0 || !GROUP_DESCRIPTIONS.contains(l)) {
            return null;
        }
        SentenceView.Placed m = s.mentionAt(poss);
        String w = s.word(poss).toLowerCase(Locale.ROOT);
        boolean pronoun = w.equals("his") || w.equals("her");
        Party person = m != null ? (m.type() == EntityType.PERSON ? Party.named(m, RuleId.of(rule)) : null)
                : pronoun ? reporter(s, token, rule) : null;
        if (person == null && pronoun && s.relation(token).startsWith("nsubj")
                && s.relation(s.head(token)).equals("root")) {
            // "Ana Ruiz conceded defeat. Her movement wants": no reporter gives "her"; the person it stands for
            // speaks for the movement, named with her or not
            Party held = parties.antecedent(s, poss, rule, EntityType.PERSON);
            return held == null ? null : new Party(held.entity(), null, true, RuleId.of(rule + "-owning-person"));
        }
        if (person == null || person.entity().type() != EntityType.PERSON) {
            return null;
        }
        for (Party p : discourse.salient()) {
            if (p.entity().type() == EntityType.ORGANIZATION && togetherBefore(s.index(), person.entity(), p.entity())
                    && STATE_BODY_GROUPS.entries().stream()
                    .noneMatch(g -> context.facts().group(g).contains(p.entity()))) {
                return new Party(p.entity(), null, true, RuleId.of(rule + "-person-owned"));
            }
        }
        return null;
    }

    /** "Perera said his party would": who reports the clause {@code token} is the subject of, or null. */
    private Party reporter(SentenceView s, int token, String rule) {
        int subject = s.head(token) < 0 ? -1 : Clauses.speaker(s, s.head(token));
        return subject < 0 ? null : parties.resolve(s, subject, rule);
    }

    /** Whether a sentence up to {@code last} names both entities ("Ravi Perera, who leads the Uva People's Front"). */
    private boolean togetherBefore(int last, Entity a, Entity b) {
        for (SentenceView v : context.views()) {
            if (v.index() <= last && v.mentions().stream().anyMatch(x -> x.entity().equals(a))
                    && v.mentions().stream().anyMatch(x -> x.entity().equals(b))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Commission" after "the European Commission": a capitalized head noun after "the" that no mention covers
     * stands for the latest organization in focus whose name ends with it; null when none.
     */
    Party shortName(SentenceView s, int token, String rule) {
        String w = s.words(token, token + 1);
        if (!s.word(token - 1).equalsIgnoreCase("the") || !Character.isUpperCase(w.charAt(0))
                || s.mentionAt(token) != null) {
            return null;
        }
        for (Party p : discourse.salient()) {
            if (p.entity().type() == EntityType.ORGANIZATION && p.entity().label().endsWith(" " + w)) {
                return new Party(p.entity(), null, true, RuleId.of(rule + "-short-name"));
            }
        }
        return null;
    }

    /**
     * What "the rebel authorities", "the separatist group", "the militants" stand for: the latest organization in
     * focus that is no state body, UN agency, court, mission or alliance (by its catalog groups); null when none.
     */
    private Party nonStateAntecedent(SentenceView s, int token, String rule) {
        for (Party p : discourse.salient()) {
            if (p.entity().type() == EntityType.ORGANIZATION && STATE_BODY_GROUPS.entries().stream()
                    .noneMatch(g -> context.facts().group(g).contains(p.entity()))) {
                return new Party(p.entity(), null, true, RuleId.of(rule));
            }
        }
        return null;
    }

    /**
     * "In Guatemala, the foreign ministry rejected": the state of a place in an "in" phrase that opens the clause of
     * a state's body, before its subject (a country, or the country or body a city is the seat of); null when none.
     */
    private Party placed(SentenceView s, int token, String rule) {
        int verb = s.head(token);
        if (verb < 0 || !s.relation(token).startsWith("nsubj")) {
            return null;
        }
        RuleId id = RuleId.of(rule + "-place-opening");
        for (int p : s.children(verb, "prep")) {
            SentenceView.Placed m = p < token && s.word(p).equals("in") ? s.mentionAt(s.child(p, "pobj")) : null;
            if (m != null && m.type() == EntityType.COUNTRY) {
                return Party.named(m, id);
            }
            Party seat = m == null ? null : parties.bodyOwners().seatParty(s, m, id);
            if (seat != null) {
                return seat;
            }
        }
        return null;
    }
}
