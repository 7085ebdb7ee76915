package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    private static final WordList QUANTITIES = LEXICON.list("quantity-nouns");
    private static final WordList GROUP_DESCRIPTIONS = LEXICON.list("group-descriptions");
    private static final WordList PRONOUNS_PERSON = LEXICON.list("pronouns-person");
    private static final WordList PRONOUNS_GROUP = LEXICON.list("pronouns-group");
    private static final WordList PRONOUNS_FIRST = LEXICON.list("pronouns-first");
    private static final WordList RELATIVE = LEXICON.list("relative-pronouns");
    private static final WordList PRONOUNS_PLURAL = LEXICON.list("pronouns-plural");
    private static final WordList PLURAL_PARTIES = LEXICON.list("plural-party-descriptions");
    private static final WordList PEOPLE_PLURALS = LEXICON.list("people-plurals");
    private static final WordList PERSON_NOUNS = LEXICON.list("person-nouns");

    private final ArticleContext context;
    private final Discourse discourse;
    private final Party speaker;
    private final Descriptions descriptions;
    private final BodyOwners bodyOwners;

    Parties(ArticleContext context, Discourse discourse) {
        this(context, discourse, null);
    }

    private Parties(ArticleContext context, Discourse discourse, Party speaker) {
        this.context = context;
        this.discourse = discourse;
        this.speaker = speaker;
        this.descriptions = new Descriptions(this, discourse, context);
        this.bodyOwners = new BodyOwners(this, context, discourse);
    }

    /** These rules with the speaker of the sentence's quotation known (null: none named near it). */
    Parties withSpeaker(Party sentenceSpeaker) {
        return new Parties(context, discourse, sentenceSpeaker);
    }

    /** The speaker of the sentence's quotation, else the last one of the article; null when none. */
    Party speaker() {
        return speaker != null ? speaker : discourse.speaker();
    }

    ArticleContext context() {
        return context;
    }

    /** The owners of bodies, forces, titles and sources of words, resolved with these rules. */
    BodyOwners bodyOwners() {
        return bodyOwners;
    }

    /** A compound that names a backer, not an owner: "the Moscow-backed leaders", "US-led forces". */
    static boolean backer(SentenceView.Placed m) {
        return m.mention().kind() == org.parley.core.MentionKind.COMPOUND;
    }

    /** How deep one resolution may go through owners, relatives, speakers and antecedents. */
    private static final int MAX_DEPTH = 4;

    private int depth;

    /** The agentive party the phrase headed by {@code token} names, or null. Not thread-safe: one per sentence. */
    Party resolve(SentenceView s, int token, String rule) {
        if (token < 0 || depth >= MAX_DEPTH) {
            return null;
        }
        depth++;
        try {
            return resolveOnce(s, token, rule);
        } finally {
            depth--;
        }
    }

    private Party resolveOnce(SentenceView s, int token, String rule) {
        SentenceView.Placed m = s.mentionAt(token);
        if (m != null) {
            return m.agentive() ? Party.named(m, RuleId.of(rule)) : null;
        }
        Party named = NamedParty.inPhrase(s, token, rule);
        if (named != null) {
            return named;
        }
        Party owner = bodyOwners.owner(s, token, rule);
        if (owner == null) {
            owner = bodyOwners.source(s, token, rule);
        }
        if (owner == null) {
            owner = OfficeOwners.of(s, token, discourse, context, rule); // "Chad's army chief"
        }
        if (owner == null && QUANTITIES.contains(s.lemma(token))) {
            // "the majority of the HoR members", "most of the rebels"
            for (int p : s.children(token, "prep")) {
                owner = owner == null && s.word(p).equals("of") ? resolve(s, s.child(p, "pobj"), rule) : owner;
            }
        }
        if (owner != null) {
            return owner;
        }
        String w = s.word(token);
        if (RELATIVE.contains(w) && s.relation(s.head(token)).equals("relcl")) {
            int noun = s.head(s.head(token));
            if (w.equalsIgnoreCase("who")) {
                SentenceView.Placed onNoun = s.mentionAt(noun);
                Party described = onNoun == null ? resolve(s, noun, rule + "-relative") : null;
                if (described != null) {
                    return described;
                }
                noun = onNoun == null || onNoun.type() != EntityType.PERSON ? Clauses.personBefore(s, noun, token)
                        : titleHolder(s, noun);
            }
            return resolve(s, noun, rule + "-relative");
        }
        if (PRONOUNS_FIRST.contains(w)) {
            return speaker(s, token, rule);
        }
        if (PRONOUNS_PERSON.contains(w)) {
            return antecedent(s, token, rule + "-pronoun", EntityType.PERSON);
        }
        if (PRONOUNS_PLURAL.contains(w)) {
            // a state is "it": "they" is the makers of the last joint statement (see plural), or an organization
            // ("the rebels ... they"), never one state alone
            return new PluralParties(this, discourse).jointMakers(s, rule).isEmpty()
                    ? antecedent(s, token, rule + "-pronoun", EntityType.ORGANIZATION) : null;
        }
        if (PRONOUNS_GROUP.contains(w) && !Clauses.expletive(s, token)) {
            return antecedent(s, token, rule + "-pronoun", EntityType.ORGANIZATION, EntityType.COUNTRY);
        }
        Party described = descriptions.of(s, token, rule);
        return described != null ? described : NamedParty.ledBy(s, token, rule); // "the delegation, led by X,"
    }

    /**
     * "Tut Gatluak, the security adviser to President Salva Kiir, who urged": a person named inside the title phrase
     * in apposition to another person is not who the relative clause after it speaks of, the title's holder is;
     * {@code noun} itself otherwise.
     */
    private static int titleHolder(SentenceView s, int noun) {
        int prep = s.head(noun);
        int title = prep < 0 || !s.relation(noun).equals("pobj") ? -1 : s.head(prep);
        if (title < 0 || !s.relation(title).equals("appos") || s.mentionAt(title) != null) {
            return noun;
        }
        SentenceView.Placed holder = s.mentionAt(s.head(title));
        return holder != null && holder.type() == EntityType.PERSON ? s.head(title) : noun;
    }

    /** "we" or "I" inside a quotation: its speaker, named in the sentence or the last one attributed; else null. */
    private Party speaker(SentenceView s, int token, String rule) {
        Party p = s.quoted(token) ? speaker() : null;
        return p == null ? null : p.by(RuleId.of(rule + "-speaker"));
    }

    /**
     * What a pronoun or description at {@code token} stands for: first a party of one of the types named earlier in
     * the same sentence (the subject of a clause first: "Hamas said it would"), else the latest party in focus; for
     * "it" and "they" the latest that was a subject or a maker ({@link Discourse#latestCentre}).
     */
    Party antecedent(SentenceView s, int token, String rule, EntityType... types) {
        int body = ItReferents.unnamedReporter(s, token, i -> subjectParty(s, i) == null);
        if (body >= 0 && descriptions.unknownName(s, body)) {
            return null; // "the Dhobley administration said it": that body, which no mention names
        }
        Party reporter = body < 0 ? null : resolve(s, body, rule); // "the government, led by X, said it": X
        if (reporter != null || ItReferents.textBefore(s, token, context)) { // "The plan calls for ... It would"
            RuleId id = reporter == null ? null : RuleId.of(reporter.rule().id() + "-in-sentence");
            return reporter == null ? null : new Party(reporter.entity(), reporter.span(), false, id);
        }
        Boolean gender = Genders.ofPronoun(s.word(token));
        Party here = null;
        boolean nearest = true;
        for (int i = token - 1; i >= 0 && here == null; i--) {
            String r = s.relation(i);
            boolean subject = (r.equals("nsubj") || r.equals("nsubjpass")) && !s.dominates(i, token);
            if ((subject || RootNames.acting(s, i, token)) // "Fidan, speaking ..., called ..., and he"
                    && !ClauseMates.ownClauseSubject(s, i, token) // "the rebels accepted the coalition's offer"
                    && !BoundNames.commands(s, token, i) // "The union would accept what Ruiz chose, he said"
                    && (s.quoted(token) || !s.quoted(i)) // "“What Xi said is ...,” she told": not Xi
                    && !RELATIVE.contains(s.word(i).toLowerCase(Locale.ROOT))) { // "leaders, who had ..., said they":
                // the relative pronoun stands for a noun before it, which is the nearer subject
                if (nearest && PRONOUNS_PLURAL.contains(s.word(token)) && (people(s, i) || PLURAL_PARTIES.contains(
                        s.word(i))) && s.mentionAt(i) == null && resolve(s, i, rule) == null) {
                    // "separatists boycotted the talks, saying they would": people who are no party; "both parties
                    // had reaffirmed their commitment": several parties, not one
                    return null;
                }
                nearest = false;
                Party p = subjectParty(s, WhoseOwners.owner(s, i)); // "Oman, whose diplomats ..., said it"
                Party group = p == null || typed(p, types) ? null : descriptions.personOwned(s, i, "focus.subject");
                p = group != null ? group : p; // "His party wants ..., and it has asked": the party, not "his"
                SentenceView.Placed region = p == null && PRONOUNS_GROUP.contains(s.word(token))
                        ? Clauses.regionNamed(s, i) : null;
                if (region != null && region.type() == EntityType.REGION) {
                    here = Party.named(region, RuleId.of(rule)); // "Puntland said it had rejected": a region acting
                }
                if (p != null && typed(p, types) && !Genders.conflicts(discourse.genders(), p.entity(), gender)) {
                    here = p;
                }
            }
        }
        if (here != null) {
            return new Party(here.entity(), here.span(), false, RuleId.of(rule + "-in-sentence"));
        }
        boolean groupPronoun = PRONOUNS_PLURAL.contains(s.word(token)) || PRONOUNS_GROUP.contains(s.word(token));
        Set<Entity> bound = BoundNames.of(s, token); // "He said Bello must go": not Bello
        Party p = groupPronoun ? discourse.latestCentre(bound, types) : discourse.latest(gender, bound, types);
        return p == null ? null : new Party(p.entity(), null, true, RuleId.of(rule));
    }

    /**
     * A clause subject named by a mention or owned by one ("Argentina's administration"), or the short name of an
     * organization in focus ("the Commission"); no other coreference.
     */
    private Party subjectParty(SentenceView s, int i) {
        SentenceView.Placed m = s.mentionAt(i);
        if (m != null) {
            return m.agentive() ? Party.named(m, RuleId.of("focus.subject")) : null;
        }
        for (int c : s.children(i, "appos")) {
            SentenceView.Placed am = s.mentionAt(c);
            if (am != null && am.agentive()) {
                return Party.named(am, RuleId.of("focus.subject"));
            }
        }
        Party owner = bodyOwners.owner(s, i, "focus.subject");
        owner = owner != null ? owner : bodyOwners.modifierOwner(s, i, "focus.subject");
        return owner != null ? owner : descriptions.shortName(s, i, "focus.subject"); // "the Commission ..., though it"
    }

    /**
     * A plural noun for people, who as such are no party: "members", "farmers", "separatists", "the Anglophones"
     * (not "parties" or "the council").
     */
    static boolean people(SentenceView s, int noun) {
        if (s.pos(noun).equals("NNPS")) {
            return true;
        }
        if (!s.pos(noun).equals("NNS")) {
            return false;
        }
        for (WordList l : List.of(GROUP_NOUNS, PEOPLE_PLURALS, PERSON_NOUNS)) {
            if (s.listed(l, noun)) {
                return true;
            }
        }
        return GROUP_DESCRIPTIONS.contains(s.word(noun)) && !s.word(noun).equals(s.lemma(noun));
    }

    private static boolean typed(Party p, EntityType... types) {
        for (EntityType t : types) {
            if (p.entity().type() == t) {
                return true;
            }
        }
        return false;
    }

    /** The parties a plural phrase or pronoun stands for ({@link PluralParties}); empty when it is none. */
    List<Party> plural(SentenceView s, int token, String rule) {
        return new PluralParties(this, discourse).of(s, token, rule);
    }

    /**
     * The party and the parties coordinated with it ("Egypt and Qatar", "Putin and Erdogan"), down a chain of
     * conjuncts ("Saudi Arabia, Egypt and Bahrain": the parser hangs Bahrain from Egypt); for a party found as the
     * owner a phrase names, that owner's conjuncts ("troops from Uganda and Rwanda").
     */
    List<Party> withConjuncts(SentenceView s, int token, Party first, String rule) {
        List<Party> out = new ArrayList<>();
        out.add(first);
        for (int c : Clauses.conjuncts(s, token)) {
            Party p = resolve(s, c, rule);
            if (p != null && out.stream().noneMatch(p::same)) {
                out.add(p);
            }
        }
        out.addAll(OwnerPhrases.coordinatedDemonyms(s, token, first, out, context.facts()));
        // "troops from Uganda and Rwanda", "officials from Qatar and Egypt": the conjuncts of the owner named
        for (SentenceView.Placed cm : s.mentionAt(token) == null && first.span() != null
                ? OwnerPhrases.coordinatedWith(s, token, first.span()) : List.<SentenceView.Placed>of()) {
            if (out.stream().noneMatch(q -> q.entity().equals(cm.entity()))) {
                out.add(Party.named(cm, first.rule()));
            }
        }
        return out;
    }
}
