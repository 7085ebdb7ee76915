package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/** The clause structure around a trigger, read from the dependency tree. Stateless. */
final class Clauses {

    private static final WordList REPORTING = Lexicon.bundled().list("reporting-verbs");
    private static final WordList STATIVE = Lexicon.bundled().list("stative-verbs");
    private static final WordList WEEKDAYS = Lexicon.bundled().list("weekdays");
    private static final WordList REFUSALS = Lexicon.bundled().list("refusal-verbs");
    private static final WordList RELATIVE = Lexicon.bundled().list("relative-pronouns");
    private static final WordList OCCASIONS = Lexicon.bundled().list("occasion-nouns");
    private static final WordList DIVISIONS = Lexicon.bundled().list("division-nouns");
    private static final WordList STATE_DESCRIPTIONS = Lexicon.bundled().list("state-descriptions");

    private Clauses() {
    }

    /**
     * The verb whose clause a trigger heads: the verb itself, the verb a modal serves ("must withdraw"), or the
     * copula of a predicate adjective or noun ("is ready", "was a sham").
     */
    static int verb(SentenceView s, int head) {
        String r = s.relation(head);
        if (r.equals("aux") || r.equals("acomp") || r.equals("attr") || r.equals("oprd")
                || ReadinessPhrases.standingPredicate(s, head)) { // "stands ready to"
            return s.head(head);
        }
        if (r.equals("pobj") && s.relation(s.head(head)).equals("prep") && s.isVerb(s.head(s.head(head)))
                && s.lemma(s.head(s.head(head))).equals("be")) {
            return s.head(s.head(head)); // a noun in a phrase on the copula ("the deal is not on the table")
        }
        int copula = copulaOfPhrase(s, head);
        int verdict = ProposalVerdicts.verdictVerb(s, head); // "could not serve as the basis", "called it a sham"
        return copula >= 0 ? copula : verdict >= 0 ? verdict : head;
    }

    /**
     * The copula a trigger headed by a preposition hangs from, up a chain of prepositions ("is not on the table",
     * "is not up for negotiation", "was out of the question", "is against the deal"), or -1.
     */
    static int copulaOfPhrase(SentenceView s, int head) {
        int k = head;
        for (int step = 0; step < 4 && k >= 0 && s.relation(k).equals("prep"); step++) {
            k = s.head(k);
            if (k >= 0 && s.isVerb(k) && s.lemma(k).equals("be")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The words coordinated with a word, down the chain the parser builds for a list ("Saudi Arabia, Egypt and
     * Bahrain": Egypt hangs from Saudi Arabia, Bahrain from Egypt), in order.
     */
    static List<Integer> conjuncts(SentenceView s, int token) {
        List<Integer> out = new ArrayList<>(s.children(token, "conj"));
        for (int i = 0; i < out.size(); i++) {
            for (int c : s.children(out.get(i), "conj")) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        int head = s.head(token);
        if (head >= 0) {
            out.removeIf(c -> c < head != token < head); // a list does not straddle its head: a misparse
        }
        out.sort(null);
        return out;
    }

    /** The subject of a verb (active or passive), or -1. */
    static int subject(SentenceView s, int verb) {
        return s.child(verb, "nsubj", "nsubjpass", "csubj");
    }

    /** Whether a verb has "to" for auxiliary: an infinitive ("to withdraw"). */
    static boolean toInfinitive(SentenceView s, int verb) {
        return s.children(verb, "aux").stream().anyMatch(a -> s.word(a).equals("to"));
    }

    /**
     * Whether a "that" clause is in the subjunctive, as what someone asks is ("asked that Israel halt the strikes",
     * "ordered that the army hand over"): a complement introduced by "that" whose verb has no auxiliary and is bare.
     */
    static boolean subjunctive(SentenceView s, int clause) {
        return s.relation(clause).equals("ccomp") && thatClause(s, clause) && s.children(clause, "aux").isEmpty()
                && bareVerb(s, clause);
    }

    /** Whether the clause of verb {@code clause} is introduced by "that". */
    static boolean thatClause(SentenceView s, int clause) {
        return s.children(clause, "mark").stream().anyMatch(m -> s.word(m).equalsIgnoreCase("that"));
    }

    /**
     * Whether verb {@code clause} has the bare form of the subjunctive: tagged as the base form, a bare "be" ("that
     * the zone be neutral", "that sanctions be lifted"), or the plain present after a singular subject ("that Israel
     * halt", where the indicative says "halts", and which taggers call VBP).
     */
    static boolean bareVerb(SentenceView s, int clause) {
        if (s.pos(clause).equals("VB") || s.word(clause).equals("be")
                || s.children(clause, "auxpass").stream().anyMatch(a -> s.word(a).equals("be"))) {
            return true;
        }
        int subject = subject(s, clause);
        return s.pos(clause).equals("VBP") && subject >= 0
                && (s.pos(subject).equals("NN") || s.pos(subject).equals("NNP"));
    }

    static boolean passive(SentenceView s, int verb) {
        return s.child(verb, "nsubjpass", "auxpass") >= 0 || s.pos(verb).equals("VBN")
                && (s.relation(verb).equals("acl") || s.relation(verb).equals("relcl")) && s.child(verb, "agent") >= 0;
    }

    /** Whether a verb reports speech or a stance ("said", "stressed", "made clear"). */
    static boolean reporting(SentenceView s, int verb) {
        return verb >= 0 && s.isVerb(verb) && (REPORTING.contains(s.lemma(verb))
                || s.lemma(verb).equals("make") && s.children(verb).stream().anyMatch(c -> s.word(c).equals("clear")));
    }

    /**
     * The reporting verb whose content the clause of {@code verb} is: its governor when the clause is that verb's
     * complement ("X said Y must go"), or a reporting verb attached to it, or to a conjunct before it, as a
     * parenthetical ("Y must go, X said"; "The move, X said, was no loss, and Y would go"); -1 when none.
     */
    static int reporter(SentenceView s, int verb) {
        for (int v = verb, steps = 0; v >= 0 && steps < 4; v = s.head(v), steps++) {
            String r = s.relation(v);
            int gov = s.head(v);
            if (GovernedReports.reported(s, v, gov)) { // not "..., something X told Y they would not do"
                return gov;
            }
            int parallel = ParallelComplements.reporter(s, v); // "told lawmakers that ..., and that Nepal would not"
            if (parallel >= 0) {
                return parallel;
            }
            boolean nounClause = r.equals("relcl") || r.equals("acl");
            if (nounClause && complementizer(s, v) && s.relation(gov).equals("dobj") && reporting(s, s.head(gov))) {
                return s.head(gov); // "told a briefing that Beijing was willing": a complement taken for a relative
            }
            int occasionOf = r.equals("acl") && complementizer(s, v) ? occasionOfReport(s, gov) : -1;
            if (occasionOf >= 0) {
                return occasionOf; // "said in a statement that Sweden must": hung on "statement"
            }
            if (!(r.equals("ccomp") || r.equals("xcomp") || r.equals("conj") || r.equals("advcl"))) {
                break;
            }
        }
        for (int v = verb, steps = 0; v >= 0 && steps < 3; v = s.relation(v).equals("conj") ? s.head(v) : -1, steps++) {
            for (int c : s.children(v)) {
                String r = s.relation(c);
                boolean parenthetical = r.equals("parataxis") || r.equals("prn") || r.equals("dep");
                boolean marked = r.equals("advcl") && s.child(c, "mark") >= 0; // "once Somalia agrees": no report
                if ((parenthetical || v == verb && (r.equals("ccomp") || r.equals("advcl")) && c > verb) && !marked
                        && reporting(s, c) && subject(s, c) >= 0 && s.children(c, "ccomp").isEmpty()) {
                    return c;
                }
            }
        }
        int after = reportingRootAfter(s, verb);
        return after >= 0 ? after : FrontedReports.reporter(s, verb); // "The X, Ruiz said, was ..., and Peru would"
    }

    /**
     * "Thailand will agree to ..., the minister said on Monday": a reporting verb with a subject and no complement of
     * its own that the parser made a second root of the sentence, after a comma and after the root of {@code verb}'s
     * clause; -1 when none.
     */
    private static int reportingRootAfter(SentenceView s, int verb) {
        int top = verb;
        for (int steps = 0; steps < 8 && top >= 0 && !s.relation(top).equals("root"); steps++) {
            top = s.head(top);
        }
        for (int j = top + 1; top >= 0 && j < s.size(); j++) {
            if (s.relation(j).equals("root") && reporting(s, j) && subject(s, j) >= 0
                    && s.children(j, "ccomp").isEmpty()) {
                int first = s.subtree(j).stream().filter(k -> !s.relation(k).equals("punct"))
                        .mapToInt(Integer::intValue).min().orElse(j);
                return first > top && s.word(first - 1).equals(",") ? j : -1;
            }
        }
        return -1;
    }

    /** The reporting verb whose occasion {@code noun} is ("said in a statement", "told in an interview"), or -1. */
    private static int occasionOfReport(SentenceView s, int noun) {
        int prep = s.head(noun);
        if (!OCCASIONS.contains(s.lemma(noun)) || !s.relation(noun).equals("pobj") || prep < 0
                || !s.relation(prep).equals("prep")) {
            return -1;
        }
        return reporting(s, s.head(prep)) ? s.head(prep) : -1;
    }

    /**
     * The mention at {@code noun}, or for a common noun of a division or a government ("Somalia's Jubaland state",
     * "the Kurdistan region", "the Tigray authorities"; a division the list holds only in the plural, as "prefectures",
     * counts in the singular too) the region named in a compound before it; null when neither.
     */
    static SentenceView.Placed regionNamed(SentenceView s, int noun) {
        SentenceView.Placed m = s.mentionAt(noun);
        if (m != null || !DIVISIONS.contains(s.word(noun)) && !DIVISIONS.contains(s.word(noun) + "s")
                && !STATE_DESCRIPTIONS.contains(s.lemma(noun))) {
            return m;
        }
        for (int c : s.children(noun, "compound")) {
            SentenceView.Placed region = s.mentionAt(c);
            if (region != null && region.type() == EntityType.REGION) {
                return region;
            }
        }
        return null;
    }

    /**
     * "It is unacceptable to ...", "it is essential that ...": an "it" that only holds the subject's place for a
     * clause after the predicate, standing for no party.
     */
    static boolean expletive(SentenceView s, int token) {
        if (!s.word(token).equals("it") || !s.relation(token).equals("nsubj")) {
            return false;
        }
        int verb = s.head(token);
        int predicate = s.child(verb, "acomp", "attr");
        if (!s.lemma(verb).equals("be") || predicate < 0) {
            return false;
        }
        for (int holder : new int[] {verb, predicate}) {
            for (int c : s.children(holder)) {
                String r = s.relation(c);
                if ((r.equals("xcomp") || r.equals("ccomp")) && c > predicate) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "would cross a red line": the noun is the object of "cross", a predicate said of the clause's subject. */
    static boolean crossed(SentenceView s, int noun) {
        return s.relation(noun).equals("dobj") && s.lemma(s.head(noun)).equals("cross");
    }

    /** The nearest verb above token i in the tree, or -1. */
    static int governingVerb(SentenceView s, int i) {
        for (int v = s.head(i), steps = 0; v >= 0 && steps < 8; v = s.head(v), steps++) {
            if (s.isVerb(v)) {
                return v;
            }
        }
        return -1;
    }

    /**
     * Who reports the clause of {@code verb}: the subject of its reporting verb ({@link #reporter}), taken over as
     * {@link InheritedSubjects#of} takes it ("..., saying it would"); -1 when the clause is not reported or its
     * reporter has no subject.
     */
    static int speaker(SentenceView s, int verb) {
        int reporter = reporter(s, verb);
        return reporter < 0 ? -1 : InheritedSubjects.of(s, reporter);
    }

    /**
     * Whether a speaker is placed: a mention, a personal pronoun, or a noun with a mention or a capitalized adjective
     * (a name or demonym) on it ("Kenya's foreign minister", "the Turkish president"); not "analysts", "the minister".
     */
    static boolean placed(SentenceView s, int speaker) {
        return s.mentionAt(speaker) != null || s.pos(speaker).equals("PRP")
                || s.children(speaker).stream().anyMatch(c -> s.mentionAt(c) != null
                        || s.pos(c).equals("JJ") && Character.isUpperCase(s.token(c).text().charAt(0)));
    }


    /** A weekday or a phrase with a number: "Sunday", "12 May", "May 12". */
    static boolean date(SentenceView s, int o) {
        return o >= 0 && (WEEKDAYS.contains(s.word(o).toLowerCase(Locale.ROOT)) || s.pos(o).equals("CD")
                || s.children(o).stream().anyMatch(c -> s.pos(c).equals("CD")));
    }

    /**
     * Whether the clause of {@code verb} states a stance rather than reports a past act: it has a modal ("will",
     * "would", "can", "should"), is in the present, or its trigger is a predicate adjective ("ready", "willing") or a
     * phrase on the copula ("was not for sale", "was out of the question"); or it is the simple past of a stative verb
     * under a past reporting verb ("said Lima wanted"), the past the reporting shifts a present to.
     */
    static boolean stance(SentenceView s, int verb, int trigger) {
        if (trigger != verb && (s.isAdjective(trigger) || copulaOfPhrase(s, trigger) == verb)) {
            return true;
        }
        for (int a : s.children(verb, "aux")) {
            if (s.pos(a).equals("MD")) {
                return true;
            }
        }
        String tag = s.pos(verb);
        if (tag.equals("VBD") && STATIVE.contains(s.lemma(verb)) && s.children(verb, "aux").isEmpty()) {
            int reporter = reporter(s, verb);
            return reporter >= 0 && (s.pos(reporter).equals("VBD") || s.pos(reporter).equals("VBN"));
        }
        return tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBG") && !s.children(verb, "aux").isEmpty()
                && s.children(verb, "aux").stream().allMatch(a -> s.pos(a).equals("VBZ") || s.pos(a).equals("VBP"));
    }

    /**
     * A remark appended after a comma on what was said: a noun phrase opened right after a comma, holding a relative
     * clause with a subject of its own (", a request Kosovo has so far declined", ", an idea Greece has not
     * accepted"); whatever the parser hangs it on, it is neither the content nor a condition of the statement before.
     */
    static boolean appendedRemark(SentenceView s, int noun) {
        int first = s.subtree(noun).stream().filter(i -> !s.relation(i).equals("punct")).findFirst().orElse(noun);
        return s.isNoun(noun) && first > 0 && s.word(first - 1).equals(",") && s.children(noun, "relcl").stream()
                .anyMatch(r -> s.child(r, "nsubj") >= 0 && !RELATIVE.contains(s.word(s.subtree(r).get(0))));
    }

    /**
     * A clause opened by "that" with a subject of its own: a complement, whatever the parser attached it to; the
     * "that" may be the clause's own mark or a mark the parser hung on another word right before the clause ("the
     * demand by X that Y free ...": "that" on the main verb).
     */
    static boolean complementizer(SentenceView s, int clause) {
        int mark = s.child(clause, "mark");
        int subject = s.child(clause, "nsubj", "nsubjpass");
        if (mark < 0) {
            int before = s.subtree(clause).get(0) - 1;
            mark = before >= 0 && s.relation(before).equals("mark") ? before : -1;
        }
        return mark >= 0 && s.word(mark).equals("that") && subject >= 0 && !s.word(subject).equals("that");
    }

    /**
     * "Medvedev, the deputy chairman of Russia's Security Council, who has said ...": "who" stands for a person, so
     * a relative clause the parser hangs on a body or place named in the person's title, or on a word before the
     * name, is the person's: the last person named before "who" with no verb between; else the noun itself.
     */
    static int personBefore(SentenceView s, int noun, int who) {
        for (int t = who - 1; t >= 0 && t >= who - 15 && !s.isVerb(t); t--) {
            SentenceView.Placed m = s.mentionAt(t);
            if (m != null && m.type() == EntityType.PERSON) {
                return t;
            }
        }
        return noun;
    }

    /**
     * "would accept no deal that did not include X", "will not sign any accord that does not return Y", "would not
     * accept changes without being consulted": the object refused is every one without something, which is what is
     * asked.
     */
    static boolean excludingObject(SentenceView s, int h) {
        int o = s.child(h, "dobj");
        if (o < 0) {
            return false;
        }
        boolean refused = !s.children(h, "neg").isEmpty()
                || s.children(o, "det").stream().anyMatch(d -> s.word(d).equalsIgnoreCase("no"));
        int rel = s.child(o, "relcl");
        return refused && (rel >= 0 && !s.children(rel, "neg").isEmpty() || without(s, h) || without(s, o));
    }

    /** A "without" phrase with its object or clause on the word ("... without guarantees", "without being asked"). */
    private static boolean without(SentenceView s, int w) {
        return s.children(w, "prep").stream().anyMatch(p -> s.word(p).equalsIgnoreCase("without")
                && s.child(p, "pobj", "pcomp") >= 0);
    }

    /** "refused to agree", "declined to accept": the head is the act a verb of refusing governs. */
    static boolean refused(SentenceView s, int h) {
        return h >= 0 && s.relation(h).equals("xcomp") && REFUSALS.contains(s.lemma(s.head(h)));
    }
}
