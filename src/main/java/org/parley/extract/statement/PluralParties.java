package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The parties a plural phrase stands for: "both sides", "the two leaders" (the two latest parties in focus) and
 * "they" after a statement two or more parties made together. Holds the resolution of one sentence's parties and the
 * discourse so far.
 */
final class PluralParties {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList PLURAL_PERSONS = LEXICON.list("plural-person-descriptions");
    private static final WordList PLURAL_PARTIES = LEXICON.list("plural-party-descriptions");
    private static final WordList PLURAL_STATES = LEXICON.list("plural-state-descriptions");
    private static final WordList ADDRESSED = LEXICON.list("addressed-plural-descriptions");
    private static final WordList PRONOUNS_PLURAL = LEXICON.list("pronouns-plural");

    private final Parties parties;
    private final Discourse discourse;

    PluralParties(Parties parties, Discourse discourse) {
        this.parties = parties;
        this.discourse = discourse;
    }

    /**
     * The two parties a plural description stands for: "the two leaders", "both presidents" (the two latest people
     * in focus), "both sides", "the two countries" (the two latest states or groups), not the one who reports the
     * clause ("the president noted that both") unless fewer than two others are in focus ("Ruiz said the two leaders
     * agreed", with only Ortiz beside him); for a count of three or more ("the three countries"), the list of
     * that many parties named together ({@link CountedParties}); empty when it is none.
     */
    List<Party> of(SentenceView s, int token, String rule) {
        if (PRONOUNS_PLURAL.contains(s.word(token))) {
            return jointMakers(s, rule);
        }
        if (ADDRESSED.contains(s.word(token)) && !rule.startsWith("addressee.")) {
            return List.of(); // "both armies massed troops": the armies act, they are not a party that speaks
        }
        int counted = CountedParties.count(s, token);
        if (counted > 0) {
            boolean described = PLURAL_PARTIES.contains(s.word(token)) || PLURAL_PERSONS.contains(s.word(token))
                    || ADDRESSED.contains(s.word(token));
            return described ? CountedParties.listed(parties.context(), s, token, counted, p -> fits(s, token, p), rule)
                    : List.of();
        }
        boolean two = s.word(token).equals("both") && !s.isNoun(token + 1);
        for (int c : s.children(token)) {
            String w = s.word(c);
            two |= w.equals("two") || w.equals("both");
        }
        two |= s.word(token - 1).equals("two") || s.word(token - 1).equals("both");
        if (!two) {
            return List.of();
        }
        List<Party> out = new ArrayList<>();
        List<Party> reporters = reporters(s, token);
        boolean persons = PLURAL_PERSONS.contains(s.word(token)) || s.word(token).equals("both");
        // "urged both sides": those a third party urges are the sides of the article's dispute; "the two sides
        // agreed" follows the naming of the two that met, so the latest in focus
        boolean urged = (s.relation(token).equals("dobj") || calledOn(s, token)) && !persons;
        List<Party> paired = urged ? List.of() : CountedParties.pairedSubjects(parties.context(), s, token,
                p -> fits(s, token, p) && reporters.stream().noneMatch(p::same), rule);
        if (!paired.isEmpty()) {
            return paired;
        }
        for (Party p : urged ? disputantsFirst() : discourse.salient()) {
            if (reporters.stream().anyMatch(p::same)) {
                continue; // "the president noted that both have endorsed it", "the EU urged both sides": the two others
            }
            if (out.size() < 2 && fits(s, token, p)) {
                out.add(new Party(p.entity(), null, true, RuleId.of(rule + "-plural")));
            }
        }
        if (out.size() < 2 && !urged && !reporters.isEmpty()) {
            // "Ruiz said the two leaders agreed", no two others in focus: the one who reports is one of the two
            out.clear();
            discourse.salient().stream().filter(p -> fits(s, token, p)).limit(2)
                    .forEach(p -> out.add(new Party(p.entity(), null, true, RuleId.of(rule + "-plural"))));
        }
        return out.size() == 2 ? out : List.of();
    }

    /** "called on both sides", "appealed to the two countries": the object of a preposition that a verb takes. */
    private static boolean calledOn(SentenceView s, int token) {
        int prep = s.head(token);
        return s.relation(token).equals("pobj") && prep >= 0 && s.isVerb(s.head(prep));
    }

    /**
     * Whether a party is of the kind the plural description {@code token} names: people for "leaders" or "both",
     * states for "countries" or "governments", any state or organization for "sides", "parties" or, when addressed,
     * "armies" or "camps".
     */
    private static boolean fits(SentenceView s, int token, Party p) {
        EntityType type = p.entity().type();
        if (PLURAL_PERSONS.contains(s.word(token)) || s.word(token).equals("both")) {
            return type == EntityType.PERSON;
        }
        if (ADDRESSED.contains(s.word(token))) { // "both armies": states; "both forces", "both camps": any side
            return PLURAL_STATES.contains(s.word(token)) ? type == EntityType.COUNTRY
                    : type != EntityType.PERSON && type != EntityType.REGION;
        }
        return PLURAL_PARTIES.contains(s.word(token)) && (PLURAL_STATES.contains(s.word(token))
                ? type == EntityType.COUNTRY : type != EntityType.PERSON && type != EntityType.REGION);
    }

    /**
     * The parties in focus, those the article's statements so far were made by or addressed to most often first (the
     * sides of the dispute before a mediator or a host named since), the most recent first among equals.
     */
    private List<Party> disputantsFirst() {
        Map<Entity, Integer> involvement = new HashMap<>();
        for (Frame f : discourse.frames()) {
            Stream.concat(f.makers().stream(), f.addressees().stream()).map(Party::entity).distinct()
                    .forEach(e -> involvement.merge(e, 1, Integer::sum));
        }
        List<Party> out = new ArrayList<>(discourse.salient());
        out.sort(Comparator.comparingInt(p -> -involvement.getOrDefault(p.entity(), 0)));
        return out;
    }

    /**
     * "Saudi Arabia, Egypt and Bahrain demanded ... They also require": the makers of the last statement made by
     * two or more parties together, in this sentence or the one before; empty when the last statement had one maker.
     */
    List<Party> jointMakers(SentenceView s, String rule) {
        List<Frame> earlier = discourse.frames();
        if (earlier.isEmpty()) {
            return List.of();
        }
        Frame last = earlier.get(earlier.size() - 1);
        if (last.makers().size() < 2 || s.index() - last.sentence() > 1) {
            return List.of();
        }
        return last.makers().stream().map(p -> p.by(RuleId.of(rule + "-pronoun-joint"))).toList();
    }

    /**
     * The parties that report the clause of {@code token} or act on it: subjects of reporting verbs above it and of
     * the verb it is the object of ("the EU urged both sides").
     */
    private List<Party> reporters(SentenceView s, int token) {
        List<Party> out = new ArrayList<>();
        for (int v = s.head(token), steps = 0; v >= 0 && steps < 8; v = s.head(v), steps++) {
            boolean acting = steps == 0 && s.relation(token).equals("dobj") && s.isVerb(v);
            int subject = acting || Clauses.reporting(s, v) ? s.child(v, "nsubj") : -1;
            Party p = subject < 0 || subject == token ? null : parties.resolve(s, subject, "focus.subject");
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }
}
