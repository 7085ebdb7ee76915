package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;
import org.parley.core.NameTagger;
import org.parley.core.RuleId;
import org.parley.core.Sentence;
import org.parley.core.Token;

/**
 * The last mention rule: a statistical tagger's ({@link NameTagger}) people and organizations that no other rule
 * found, when they look like whole names ({@link #wholeName}); "the" before one, a person's opening titles ("King
 * Halvard IV") and a final possessive are dropped, and one followed by an acronym in parentheses that names an entity
 * of the same type is that entity. The new names are known to the article, so a surname used later resolves to them.
 * The tagger reads only the sentences with a proper noun no mention covers and a span it could add
 * ({@link #mayHoldNewName}). A "person" shaped like a place ({@link TaggedPlaces}) is a city. Immutable and
 * thread-safe.
 */
final class TaggedNames {

    /** The tagger's labels this rule takes, with the type each gives. */
    private static final Map<String, EntityType> TYPES = Map.of("PERSON", EntityType.PERSON, "ORG", EntityType.ORGANIZATION);
    private static final double CONFIDENCE = 0.6;
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?");

    private final NameTagger tagger;

    TaggedNames(NameTagger tagger) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    /**
     * {@code resolved} with the tagger's people and organizations that no mention overlaps added; {@code resolved}
     * itself when there are none.
     */
    PersonResolver.Resolution add(PersonResolver.Resolution resolved, List<Sentence> sentences, String text) {
        List<Candidate> all = new ArrayList<>(resolved.found());
        KnownNames known = resolved.known();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            if (!hasUncoveredProperNoun(s, all) || !mayHoldNewName(tokens, all)) {
                continue;
            }
            for (NameTagger.TaggedName n : tagger.tag(tokens)) {
                EntityType type = TYPES.get(n.label());
                int a = n.begin();
                int e = n.end();
                if (tokens.get(a).text().equalsIgnoreCase("the")) {
                    a++;
                }
                if (e - a >= 1 && POSSESSIVE.matcher(tokens.get(e - 1).text()).matches()) {
                    e--;
                }
                if (type == null || !wholeName(tokens, a, e)) {
                    continue;
                }
                if (type == EntityType.PERSON) {
                    a = afterTitles(tokens, a, e);
                }
                int begin = tokens.get(a).span().begin();
                int end = tokens.get(e - 1).span().end();
                if (all.stream().anyMatch(f -> f.overlaps(begin, end))) {
                    continue;
                }
                String label = text.substring(begin, end);
                String key = NameText.key(NameText.surfacePieces(label));
                if (known.isNotAnEntity(key) || PublicSpaces.taggedSpace(tokens, a, e, known, key)
                        || BuildingNames.tagged(tokens, a, e, key)) {
                    continue; // a name a rule found to be no entity: a negotiation format, a park, a building
                }
                RuleId rule = rule(type);
                if (type == EntityType.PERSON && TaggedPlaces.placeShaped(tokens, a, e, all)) {
                    type = EntityType.CITY;
                    rule = Rules.TAGGED_PLACE_NOT_PERSON;
                }
                Entity defined = acronymAfter(tokens, e, all);
                Entity entity = defined != null && defined.type() == type ? defined : Entity.minted(type, label);
                all.add(new Candidate(begin, end, s.index(), entity, MentionKind.NAME, CONFIDENCE, rule));
                known = known.withName(key, entity);
                if (type == EntityType.PERSON) {
                    known = known.withPerson(entity, label);
                }
            }
            for (Candidate c : personsAfterAnd(s, all, text)) {
                all.add(c);
                String label = text.substring(c.begin(), c.end());
                known = known.withName(NameText.key(NameText.surfacePieces(label)), c.entity())
                        .withPerson(c.entity(), label);
            }
        }
        return all.size() == resolved.found().size() ? resolved : new PersonResolver.Resolution(List.copyOf(all), known);
    }

    /**
     * "Rana Velmani and Ashfaq Tareen": a whole name of two or three capitalized proper nouns that "and" joins to a
     * person found right before it, and that the tagger left out, is a person too.
     */
    private static List<Candidate> personsAfterAnd(Sentence s, List<Candidate> found, String text) {
        List<Token> tokens = s.tokens();
        List<Candidate> added = new ArrayList<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            int before = tokens.get(i - 1).span().end();
            if (!tokens.get(i).text().equals("and") || found.stream().noneMatch(
                    f -> f.end() == before && f.entity().type() == EntityType.PERSON)) {
                continue;
            }
            for (int e = i + 3; e <= Math.min(tokens.size(), i + 4); e++) {
                if (!tokens.get(e - 1).isProperNoun()) {
                    break;
                }
                if (listedName(tokens, i + 1, e) && noneOverlaps(found, tokens.get(i + 1), tokens.get(e - 1))) {
                    int begin = tokens.get(i + 1).span().begin();
                    int end = tokens.get(e - 1).span().end();
                    Entity person = Entity.minted(EntityType.PERSON, text.substring(begin, end));
                    added.add(new Candidate(begin, end, s.index(), person, MentionKind.NAME, CONFIDENCE,
                            Rules.TAGGED_PERSON_IN_LIST));
                    break;
                }
            }
        }
        return added;
    }

    /**
     * Tokens {@code [a, e)} after "and" are a whole name: capitalized proper nouns only, the last with a lower-case
     * letter, ending as a name ends ({@link #endsAsName}); {@link #wholeName} would also test the word before, which
     * a name connector such as "and" fails.
     */
    private static boolean listedName(List<Token> tokens, int a, int e) {
        for (int i = a; i < e; i++) {
            if (!tokens.get(i).isProperNoun() || !capitalized(tokens.get(i))) {
                return false;
            }
        }
        String last = tokens.get(e - 1).text();
        if (last.chars().noneMatch(Character::isLowerCase)) {
            return false; // an initial ("J. R. Doe" split after "R") or an acronym is no surname
        }
        return endsAsName(tokens, a, e);
    }

    /** The entity of a mention found over "(ACRONYM)" right after token {@code e - 1}, or null. */
    private static Entity acronymAfter(List<Token> tokens, int e, List<Candidate> found) {
        if (e + 2 >= tokens.size() || !tokens.get(e).text().equals("(") || !tokens.get(e + 2).text().equals(")")) {
            return null;
        }
        Token acronym = tokens.get(e + 1);
        for (Candidate f : found) {
            if (f.begin() == acronym.span().begin() && f.end() == acronym.span().end()) {
                return f.entity();
            }
        }
        return null;
    }

    /** Whether a proper noun of {@code s} is in no mention found (else the tagger has nothing to add there). */
    private static boolean hasUncoveredProperNoun(Sentence s, List<Candidate> found) {
        for (Token t : s.tokens()) {
            if (t.isProperNoun() && capitalized(t)
                    && found.stream().noneMatch(f -> f.overlaps(t.span().begin(), t.span().end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some tokens {@code [a, e)} of the sentence are a {@link #wholeName} that no mention found overlaps: the
     * only spans {@link #add} takes from the tagger (after dropping "the" and a possessive, which gives another such
     * span), so a sentence without one need not be tagged, and skipping it changes nothing. Four in five of the
     * sentences with an uncovered proper noun have none (a capitalized first word alone, a one-word name, a name the
     * catalog found next to a word it did not).
     */
    static boolean mayHoldNewName(List<Token> tokens, List<Candidate> found) {
        for (int a = 0; a < tokens.size(); a++) {
            if (!capitalized(tokens.get(a))) {
                continue;
            }
            for (int e = a + 2; e <= tokens.size(); e++) {
                if (wholeName(tokens, a, e) && noneOverlaps(found, tokens.get(a), tokens.get(e - 1))) {
                    return true;
                }
                if (!insideName(tokens.get(e - 1))) {
                    break; // a longer span would hold this word inside: no whole name
                }
            }
        }
        return false;
    }

    private static boolean noneOverlaps(List<Candidate> found, Token first, Token last) {
        int begin = first.span().begin();
        int end = last.span().end();
        return found.stream().noneMatch(f -> f.overlaps(begin, end));
    }

    /**
     * "King Halvard IV", "Sir Ivo Brandel": the first token of a tagged person's name after the capitalized titles and
     * honorifics it opens with (the gold's mentions are names without titles), {@code a} when none or when nothing
     * capitalized would be left; a title that is also a given name ("Amir", "Sultan") stays.
     */
    private static int afterTitles(List<Token> tokens, int a, int e) {
        int k = a;
        while (k + 1 < e && capitalized(tokens.get(k)) && capitalized(tokens.get(k + 1))
                && isTitle(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            k++;
        }
        return k;
    }

    private static boolean isTitle(String lower) {
        String word = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        return (Words.TITLES.contains(word) || Words.HONORIFICS.contains(word))
                && !Words.TITLE_GIVEN_NAMES.contains(word); // "Amir Haddad" is a name
    }

    /** Whether {@code t} may stand inside a {@link #wholeName}: capitalized, not a letter, or a name connector. */
    private static boolean insideName(Token t) {
        return capitalized(t) || !Character.isLetter(t.text().codePointAt(0))
                || Words.NAME_CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether tokens {@code [a, e)} look like a whole name: two words or more, capitalized at both ends, with only name
     * connectors ("of", "al", "bin") in lower case between, and no capitalized word right before or after (which would
     * make them part of a longer name: "External Affairs Minister", "Ministry of External Affairs"), and not ending in a
     * head word of things the gold does not annotate ({@code unannotated-heads}: "Forum", "Base", "Treaty").
     */
    private static boolean wholeName(List<Token> tokens, int a, int e) {
        if (e - a < 2 || !capitalized(tokens.get(a)) || !capitalized(tokens.get(e - 1))) {
            return false;
        }
        for (int i = a + 1; i < e - 1; i++) {
            if (!insideName(tokens.get(i))) {
                return false;
            }
        }
        boolean longerBefore = a > 1 && capitalized(tokens.get(a - 1)) // a sentence's first word is no name sign
                || a > 2 && !tokens.get(a - 1).text().equalsIgnoreCase("the")
                && Words.NAME_CONNECTORS.contains(tokens.get(a - 1).text()) && capitalized(tokens.get(a - 2));
        return endsAsName(tokens, a, e) && !longerBefore;
    }

    /**
     * Tokens {@code [a, e)} end where a name of ours ends: no capitalized word runs on after them, the last is no
     * unannotated head (a forum, a base, a treaty: not an entity of ours), and they name no office.
     */
    private static boolean endsAsName(List<Token> tokens, int a, int e) {
        boolean longerAfter = e < tokens.size() && capitalized(tokens.get(e));
        return !longerAfter && !Words.UNANNOTATED_HEADS.contains(tokens.get(e - 1).text().toLowerCase(Locale.ROOT))
                && !office(tokens, a, e);
    }

    /**
     * "National Security Adviser", "Information Minister": words of a portfolio or rank before a title name an
     * office.
     */
    private static boolean office(List<Token> tokens, int a, int e) {
        String last = tokens.get(e - 1).text().toLowerCase(Locale.ROOT);
        if (!Words.TITLES.contains(last) || Words.ORG_HEADS.contains(last)) {
            return false;
        }
        for (int i = a; i < e - 1; i++) {
            if (!Words.TITLE_MODIFIERS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalized(Token t) {
        return Character.isUpperCase(t.text().codePointAt(0));
    }

    private static RuleId rule(EntityType type) {
        return type == EntityType.PERSON ? Rules.TAGGED_PERSON : Rules.TAGGED_ORGANIZATION;
    }
}
