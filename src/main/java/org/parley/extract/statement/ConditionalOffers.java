package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The promise a condition is set on: "Mondlane said he would call off the protests if the government freed the
 * demonstrators", "his government would add the clause only if the change took effect on accession". A party's own
 * act in the future (a modal, not negated) whose clause no trigger word has made a statement of is an offer by
 * whoever sets the condition, made to the party the condition is put to when it names one. Threats ("operations would
 * continue if", "would strike if"), states ("would be ready if") and clauses whose subject is no party ("the
 * congress could be convened if") make none: their condition is the demand alone.
 */
final class ConditionalOffers {

    static final RuleId OFFER = RuleId.of("statement.offer.on-condition");
    static final RuleId OWN_COUNTRY = RuleId.of("statement.offer.on-condition-own-country");
    static final RuleId KEEP = RuleId.of("statement.offer.keep-on-condition");
    static final RuleId PRONOUN_SPEAKER = RuleId.of("statement.offer.on-condition-pronoun-speaker");
    static final RuleId BACK = RuleId.of("statement.offer.back-on-condition");
    private static final RuleId ADDRESSEE = RuleId.of("addressee.condition-counterpart");
    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList GROUP_NOUNS = LEXICON.list("group-nouns");
    private static final WordList FORCE_NOUNS = LEXICON.list("force-nouns");
    private static final WordList CONCESSIONS = LEXICON.list("concession-verbs");
    private static final WordList CONTINUATION = LEXICON.list("continuation-verbs");
    private static final WordList WELCOMING = LEXICON.list("welcoming-verbs");
    /** What a party keeps up or keeps shut is pressure, not a promise: "keep blocking", "stay closed". */
    private static final List<WordList> PRESSURE = List.of(LEXICON.list("hostile-acts"),
            LEXICON.list("obstruction-verbs"), LEXICON.list("stopping-verbs"), LEXICON.list("pressure-words"));
    /** Processes whose going on a party promises: "the talks would go on as long as", "the handover would go on". */
    private static final WordList PROCESSES = LEXICON.list("kept-processes");
    private static final Set<String> KEPT_ROLES = Set.of("nsubj", "dobj", "xcomp", "acomp", "attr", "ccomp", "oprd",
            "advmod", "compound", "amod");
    private static final List<WordList> NOT_PROMISES = List.of(LEXICON.list("hostile-acts"),
            LEXICON.list("continuation-verbs"), LEXICON.list("threat-verbs"), LEXICON.list("stative-verbs"));

    private ConditionalOffers() {
    }

    /**
     * The offer the main clause {@code main} makes under the condition whose clause is headed by {@code condition},
     * or null when the clause promises nothing.
     *
     * @param makers who sets the condition (the demand's makers; not empty)
     * @param to     the party the condition is put to, or null when it names none
     */
    static Frame of(SentenceView s, int main, int condition, List<Party> makers, Party to, ArticleContext context) {
        main = reportedAct(s, main);
        RuleId rule = main < 0 ? null : promise(s, main, condition, makers, context);
        if (rule == null) {
            return null;
        }
        Frame offer = new Frame(s.index(), StatementKind.OFFER, rule, s.word(main), main, makers,
                to == null || makers.stream().anyMatch(to::same) ? List.of() : List.of(to.by(ADDRESSEE)),
                content(s, main, condition), List.of(), List.of(), List.of(), Set.of(), List.of());
        return PlaceRules.apply(s, offer, context);
    }

    /**
     * A party's own act to come: a verb with "will" or "would" (not "could": a possibility), not negated, not a
     * threat (a hostile act, or an act done to another party: "would hit the YPG if ...", unless it receives the party:
     * "would invite both delegations to Geneva if ..."), not a state, its subject
     * a party, nor "no" thing given ("would give Addis no guarantees until"); when someone reports it, the subject is
     * the reporter's side ("he", "his government", "the army", the reporter's own country), not another party ("she
     * said Russia would send gas if it chose to"); not the content of a noun ("assurances that Sofia would ..."). The
     * rule that reads it, or null when it is no promise.
     */
    private static RuleId promise(SentenceView s, int main, int condition, List<Party> makers,
            ArticleContext context) {
        if (goingOn(s, main)) {
            return kept(s, main, condition, makers, context);
        }
        boolean back = back(s, main);
        if (!s.isVerb(main) || Conditions.negated(s, main) || NonProposals.withheldObject(s, main)
                || s.lemma(main).equals("be") && !back
                || s.lemma(main).equals("have")
                || !back && NOT_PROMISES.stream().anyMatch(l -> l.contains(s.lemma(main)))
                || Conditions.hostileComplement(s, main) || s.head(main) >= 0 && s.isNoun(s.head(main))
                || !s.listed(WELCOMING, main) && actedOn(s, s.child(main, "dobj"))) {
            return null;
        }
        int subject = Clauses.subject(s, main);
        RuleId rule = !Modals.hasFuture(s, main) || subject < 0 ? null
                : promiseBy(s, main, subject, condition, makers, context);
        return back && rule != null ? BACK : rule;
    }

    /**
     * A return told with "be back": "her team would be back in Quito as soon as ...", "the monitors will be back at
     * the crossing once ...": the party's own act to come, not a state, though its verb is "be".
     */
    private static boolean back(SentenceView s, int main) {
        int adverb = s.child(main, "advmod");
        return s.lemma(main).equals("be") && adverb >= 0 && s.word(adverb).equalsIgnoreCase("back");
    }

    /**
     * The rule by which the act of {@code main} is its subject's own: a party's or its side's, when someone reports
     * it the reporter's own side; null when it is another party's.
     */
    private static RuleId promiseBy(SentenceView s, int main, int subject, int condition, List<Party> makers,
            ArticleContext context) {
        if (s.mentionAt(subject) != null && Clauses.reporter(s, main) >= 0) {
            if (Conditions.selfReported(s, main) || unnamedSpeaker(s, main)) {
                return OFFER;
            }
            if (speakersCountry(s, main, subject, context)) {
                return OWN_COUNTRY;
            }
            return pronounSpeakersSide(s, main, subject, condition, makers, context) ? PRONOUN_SPEAKER : null;
        }
        return Conditions.partyLike(s, subject) || ownGroup(s, subject) || reopened(s, main, subject)
                || ConditionedSides.passiveOwnAct(s, main) ? OFFER : null;
    }

    /**
     * A party's own presence or peaceful course kept up under a condition: "his troops would stay for as long as Kiir
     * needed them", "Nairobi would keep its officers there until the handover", "would keep to the truce as long as
     * the talks went on", "the talks would go on only as long as the group respected ...". Not pressure kept up
     * ("would keep blocking Kyiv's path until", "the crossing would stay closed until", "the fighting would go on
     * until", "troops would keep up operations until"), nor anything kept until another party acts or as long as it
     * keeps something up ("would keep the checkpoints in place until Aden agreed", "the troops would stay as long as
     * the militia kept its weapons"): leverage, whose condition is a demand alone.
     */
    private static RuleId kept(SentenceView s, int main, int condition, List<Party> makers,
            ArticleContext context) {
        int subject = Clauses.subject(s, main);
        if (!Modals.hasFuture(s, main) || subject < 0 || Conditions.negated(s, main) || pressure(s, main)
                || leverage(s, condition)) {
            return null;
        }
        if (s.mentionAt(subject) == null && PROCESSES.contains(s.lemma(subject))) {
            return Clauses.reporter(s, main) >= 0 ? KEEP : null; // the process its reporter's side keeps going
        }
        return promiseBy(s, main, subject, condition, makers, context) == null ? null : KEEP;
    }

    /**
     * The clause a condition is put on when the parser hangs it on the reporting verb set in the middle of the
     * clause ("The SDF would join the fight, he said, as long as ..."): the reported clause; otherwise {@code main}.
     */
    private static int reportedAct(SentenceView s, int main) {
        if (main < 0 || !s.relation(main).equals("parataxis")) {
            return main;
        }
        int head = s.head(main);
        return head >= 0 && Clauses.reporter(s, head) == main ? head : main;
    }

    /** A verb of going on: "keep", "stay", "remain", "continue"; "go" only as "go on" ("go to court" is an act). */
    private static boolean goingOn(SentenceView s, int main) {
        return s.isVerb(main) && CONTINUATION.contains(s.lemma(main)) && (!s.lemma(main).equals("go")
                || s.children(main).stream().anyMatch(c -> s.word(c).equalsIgnoreCase("on")));
    }

    /**
     * Whether the condition makes what is kept leverage on another party: "until" (or "till") a party acts ("until
     * Aden agreed", not "until the mandate ends"), or "as long as" a party keeps something up ("as long as the group
     * kept its weapons").
     */
    private static boolean leverage(SentenceView s, int condition) {
        int mark = s.child(condition, "mark");
        int subject = Clauses.subject(s, condition);
        if (mark < 0 || subject < 0 || s.mentionAt(subject) == null && !Conditions.partyLike(s, subject)
                || RunningCourse.waits(s, condition, subject)) {
            return false; // "as long as the two sides went on talking": both sides', no leverage on one
        }
        String marker = s.word(mark).toLowerCase(Locale.ROOT);
        return Modals.until(marker) || CONTINUATION.contains(s.lemma(condition));
    }

    /** Whether what the clause headed by {@code main} keeps up is pressure: a word of it, or of its complements'. */
    private static boolean pressure(SentenceView s, int main) {
        for (int c : s.children(main)) {
            if (!KEPT_ROLES.contains(s.relation(c))) {
                continue;
            }
            if (pressureWord(s, c) || s.children(c).stream()
                    .anyMatch(g -> KEPT_ROLES.contains(s.relation(g)) && pressureWord(s, g))) {
                return true;
            }
        }
        return false;
    }

    private static boolean pressureWord(SentenceView s, int i) {
        return PRESSURE.stream().anyMatch(l -> s.listed(l, i));
    }

    /**
     * "Aliyev told reporters that Baku would sign once ...", "his Turkish counterpart, Hakan Fidan, said Turkey would
     * go to court only if ...": the reported clause's subject is the country the speaking person serves (by a title
     * in the article or the catalog's offices), so the act is the speaker's own side's.
     */
    private static boolean speakersCountry(SentenceView s, int main, int subject, ArticleContext context) {
        int speaker = Clauses.speaker(s, main);
        if (speaker < 0 || context == null) {
            return false;
        }
        SentenceView.Placed person = s.mentionAt(speaker);
        for (int c : s.children(speaker, "appos")) {
            person = person == null ? s.mentionAt(c) : person; // "his counterpart, Hakan Fidan, said"
        }
        if (person == null || person.type() != EntityType.PERSON) {
            return false;
        }
        Entity country = context.countryOf(person.entity());
        return country != null && country.key().equals(s.mentionAt(subject).entity().key());
    }

    /**
     * "The SDF would join the fight, he said, as long as Damascus kept its word": a pronoun reports the named party's
     * act, and the person the condition's demand was given to (the pronoun's referent) speaks for that party as far
     * as the text tells: the country he serves is that party, or he serves no known country and the condition is put
     * on another named party than the one that acts (a bargain between two sides, not a forecast of one side's
     * choice: "she said Russia would send gas if it chose to").
     */
    private static boolean pronounSpeakersSide(SentenceView s, int main, int subject, int condition,
            List<Party> makers, ArticleContext context) {
        int speaker = Clauses.speaker(s, main);
        if (speaker < 0 || !s.pos(speaker).equals("PRP") || context == null || makers.size() != 1
                || makers.get(0).entity().type() != EntityType.PERSON) {
            return false;
        }
        Entity acting = s.mentionAt(subject).entity();
        Entity side = context.countryOf(makers.get(0).entity());
        if (side != null) {
            return side.key().equals(acting.key());
        }
        int asked = Clauses.subject(s, condition);
        SentenceView.Placed other = asked < 0 ? null : s.mentionAt(asked);
        return other != null && other.agentive() && !other.entity().key().equals(acting.key());
    }

    /**
     * "Niteretse said the posts would reopen only when ...": a thing that no party is, reopening or opening (a
     * concession verb with no object) in a reported clause, is opened by the side of whoever reports it.
     */
    private static boolean reopened(SentenceView s, int main, int subject) {
        return CONCESSIONS.contains(s.lemma(main)) && s.child(main, "dobj") < 0 && !Conditions.partyLike(s, subject)
                && s.mentionAt(subject) == null && Clauses.reporter(s, main) >= 0;
    }

    /**
     * "Party leaders said Junts would reconsider only if ...": a speaker no name places (no mention, no pronoun, no
     * name or demonym on it) reports the named party's own act, which is that party's promise.
     */
    private static boolean unnamedSpeaker(SentenceView s, int main) {
        int speaker = Clauses.speaker(s, main);
        return speaker >= 0 && !Clauses.placed(s, speaker) && !s.pos(speaker).equals("PRP$");
    }

    /** An object that is a party or another party's ("hit the YPG", "hit the militia's positions"). */
    private static boolean actedOn(SentenceView s, int object) {
        return object >= 0 && (Conditions.partyLike(s, object) || s.children(object, "poss").stream()
                .anyMatch(p -> !s.pos(p).equals("PRP$")));
    }

    /**
     * "his government", "its fighters", "its soldiers", "the movement": a body or forces the speaker or the party
     * named speaks for, with a possessive pronoun or "the"; "his community", "her observers", "his men" (the
     * {@code own-side-nouns}) only with a possessive pronoun ({@link ConditionedSides#ownSide}).
     */
    private static boolean ownGroup(SentenceView s, int subject) {
        String l = s.lemma(subject);
        boolean owned = s.children(subject).stream().anyMatch(c -> s.pos(c).equals("PRP$") || s.word(c).equals("the"));
        return owned && (GROUP_NOUNS.contains(l) || FORCE_NOUNS.contains(l) || l.equals("movement"))
                || ConditionedSides.ownSide(s, subject);
    }

    /**
     * The main clause's tokens without its subject (unless that is the thing reopened, "the posts at X would
     * reopen", or what a passive act is done to, "the fishermen would be flown to X"), its modal, the condition, a clause joined with a subject of its own ("would keep a team in X if ...,
     * and that Paris would fund the camps in Y": another act) and punctuation.
     */
    private static List<Integer> content(SentenceView s, int main, int condition) {
        Set<Integer> out = new TreeSet<>(s.subtree(main));
        out.removeAll(s.subtree(condition));
        int subject = Clauses.subject(s, main);
        if (subject >= 0 && !reopened(s, main, subject) && !ConditionedSides.passiveOwnAct(s, main)) {
            out.removeAll(s.subtree(subject));
        }
        for (int c : s.children(main, "conj")) {
            if (s.child(c, "nsubj", "nsubjpass") >= 0) {
                out.removeAll(s.subtree(c)); // "and that France would go on ...": another clause, another act
            }
        }
        out.remove(main);
        out.removeAll(s.children(main, "aux"));
        out.removeIf(i -> s.relation(i).equals("punct"));
        return new ArrayList<>(out);
    }
}
