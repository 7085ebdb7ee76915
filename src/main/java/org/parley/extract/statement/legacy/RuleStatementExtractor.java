package org.parley.extract.statement.legacy;

import static org.parley.extract.statement.legacy.TriggerLexicon.*;

import org.parley.extract.StatementExtractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.Office;
import org.parley.core.AnalyzedText;
import org.parley.core.Argument;
import org.parley.core.ArgumentRole;
import org.parley.core.Article;
import org.parley.core.CharSpan;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.Mention;
import org.parley.core.RuleId;
import org.parley.core.MentionKind;
import org.parley.core.Sentence;
import org.parley.core.Statement;
import org.parley.core.StatementFlag;
import org.parley.core.StatementKind;
import org.parley.core.StatementLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds demands, offers and rejections with rules over tokens, lemmas, POS tags, quotes and the resolved
 * mentions: trigger words, attribution ("X said", "according to X"), conditions ("if Y does A, X will B"),
 * with by, to, and the places and organizations named in the content. Thread-safe: all state is per call.
 *
 * <pre>{@code
 * StatementExtractor ex = new RuleStatementExtractor(Catalog.bundled());
 * List<Statement> found = ex.extract(article, analysis, mentions);
 * }</pre>
 */
public final class RuleStatementExtractor implements StatementExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(RuleStatementExtractor.class);
    private static final RuleId MAKER = RuleId.of("maker.window");
    private static final RuleId ADDRESSEE = RuleId.of("addressee.window");
    private static final RuleId CONTENT = RuleId.of("content.window");
    private static final RuleId IMPLIED = RuleId.of("content.implied-group");
    private static final RuleId LINK = RuleId.of("link.window");

    private final Map<String, Entity> demonyms = new HashMap<>();
    private final Map<String, Set<String>> personCountries = new HashMap<>();
    private final Map<String, List<Entity>> annexGroups = new LinkedHashMap<>();

    /** @param catalog source of demonyms, offices (a person's country) and groups for unnamed references */
    public RuleStatementExtractor(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        for (CatalogEntry e : catalog.entries()) {
            if (e.type() == EntityType.COUNTRY) {
                for (String d : e.demonyms()) {
                    demonyms.putIfAbsent(d.toLowerCase(Locale.ROOT), e.toEntity());
                }
            }
            for (Office o : e.offices()) {
                if (o.of() != null && !o.of().isBlank()) {
                    personCountries.computeIfAbsent(e.key(), k -> new HashSet<>()).add(o.of());
                }
            }
            for (String g : e.groups()) {
                if (g.startsWith("annexed")) {
                    annexGroups.computeIfAbsent(g, k -> new ArrayList<>()).add(e.toEntity());
                }
            }
        }
    }

    @Override
    public List<Statement> extract(Article article, AnalyzedText analysis, List<Mention> mentions) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(analysis, "analysis");
        Run run = new Run(article, analysis, mentions);
        for (Sentence s : analysis.sentences()) {
            run.sentence(s);
        }
        List<Statement> out = run.result();
        LOG.debug("{}: {} statements", article.source(), out.size());
        return out;
    }

    /** An entity found for a role, with its mention span (null when inferred). */
    private record Party(Entity entity, CharSpan span, boolean inferred) {
    }

    /** Who said a sentence: the speaker and where the attribution begins (token index). */
    private record Attribution(Party speaker, int start, int verb, boolean reported) {
    }

    /** A condition clause: marker at {@code [marker, begin)}, clause {@code [begin, end)}. */
    private record Condition(int marker, int begin, int end) {
        boolean covers(int i) {
            return i >= marker && i < end;
        }
    }

    /** A statement being built; ids are given in text order at the end. */
    private static final class Draft {
        StatementKind kind;
        int sentenceIndex;
        CharSpan evidence;
        String cue;
        int triggerIndex;
        CharSpan content;
        String action;
        Party by;
        /** Further makers coordinated with {@code by}: "Egypt and Qatar called on ...". */
        final List<Party> alsoBy = new ArrayList<>();
        final List<Party> to = new ArrayList<>();
        final List<Argument> extra = new ArrayList<>();
        final EnumSet<StatementFlag> flags = EnumSet.noneOf(StatementFlag.class);
        java.time.LocalDate date;
        final List<Map.Entry<StatementLink.Type, Draft>> links = new ArrayList<>();
        double confidence;
        String id;
        /** An offer of a plan whose terms later sentences may lay out ("the plan, offered by X, ..."). */
        boolean plan;
    }

    /** The state of one extract call. */
    private final class Run {
        final Article article;
        final AnalyzedText analysis;
        final String body;
        final List<List<Mention>> bySentence = new ArrayList<>();
        final List<Mention> allMentions;
        final List<CharSpan> quotes;
        final int[] paragraph;
        final List<Draft> drafts = new ArrayList<>();
        final Map<Integer, Party> speakerOf = new HashMap<>();
        /** The latest co-makers of each maker ("Egypt and Qatar"), carried to later unnamed references. */
        final Map<String, List<Party>> partners = new HashMap<>();
        /** Countries the article's titles give its people: "Omani Foreign Minister Badr Albusaidi" serves Oman. */
        final Map<String, Set<String>> titledCountries = new HashMap<>();
        /** People the article gives an office ("acting Prime Minister X"), whatever state they serve. */
        final Set<String> officials = new HashSet<>();
        /** Each sentence's tokens and mentions, by sentence index, built once. */
        final List<ClauseTokens> clauses = new ArrayList<>();

        Run(Article article, AnalyzedText analysis, List<Mention> mentions) {
            this.article = article;
            this.analysis = analysis;
            this.body = analysis.text();
            this.allMentions = mentions.stream().sorted(Comparator.comparing(Mention::span)).toList();
            for (int i = 0; i < analysis.sentences().size(); i++) {
                bySentence.add(new ArrayList<>());
            }
            for (Mention m : allMentions) {
                int si = m.sentenceIndex();
                if (si >= 0 && si < bySentence.size()) {
                    bySentence.get(si).add(m);
                }
            }
            this.quotes = quoteRanges(body);
            this.paragraph = new int[analysis.sentences().size()];
            int p = 0;
            int prevEnd = 0;
            for (int i = 0; i < paragraph.length; i++) {
                CharSpan sp = analysis.sentences().get(i).span();
                if (i > 0 && body.substring(Math.min(prevEnd, sp.begin()), sp.begin()).contains("\n")) {
                    p++;
                }
                paragraph[i] = p;
                prevEnd = sp.end();
            }
            for (Sentence sentence : analysis.sentences()) {
                clauses.add(new ClauseTokens(sentence, bySentence.get(sentence.index()), quotes));
            }
            for (ClauseTokens c : clauses) {
                for (ClauseTokens.Placed m : c.mentions) {
                    if (m.entity().type() == EntityType.PERSON) {
                        if (TITLES.contains(c.w(m.begin() - 1)) || TITLES.contains(c.w(m.begin() - 2))
                                && c.w(m.begin() - 1).equals(",")) {
                            officials.add(m.entity().key());
                        }
                        Entity country = titleCountry(c, m);
                        if (country != null) {
                            titledCountries.computeIfAbsent(m.entity().key(), k -> new HashSet<>()).add(country.key());
                        }
                    }
                }
            }
        }

        /**
         * The country of a person's title in the text: a demonym or a possessive country among the title words
         * right before the name ("Thai acting Prime Minister X", "China's foreign ministry spokesperson X") or in
         * an apposition right after it ("X, Oman's foreign minister,"); else null.
         */
        Entity titleCountry(ClauseTokens c, ClauseTokens.Placed m) {
            // "Oman's foreign minister, Badr Albusaidi,": a title in apposition before the name
            int start = c.w(m.begin() - 1).equals(",") ? m.begin() - 2 : m.begin() - 1;
            for (int j = start; j >= Math.max(0, start - 5); j--) {
                Entity e = titleWordCountry(c, j);
                if (e != null) {
                    return e;
                }
                if (!(TITLES.contains(c.w(j)) || c.pos(j).startsWith("NNP") || c.pos(j).startsWith("JJ")
                        || Set.of("acting", "ministry", "affairs", "'s", "of").contains(c.w(j)))) {
                    break;
                }
            }
            if (c.w(m.end()).equals(",")) {
                for (int j = m.end() + 1; j < Math.min(c.size(), m.end() + 7); j++) {
                    Entity e = titleWordCountry(c, j);
                    if (e != null) {
                        return e;
                    }
                    if (c.w(j).equals(",") || c.isVerb(j)) {
                        break;
                    }
                }
            }
            return null;
        }

        /** The country a title word at j names: a demonym ("Omani") or a country's possessive ("Oman's"). */
        Entity titleWordCountry(ClauseTokens c, int j) {
            ClauseTokens.Placed p = c.mentionAt(j);
            if (p != null) {
                boolean owner = c.w(p.end()).equals("'s") || c.w(p.end()).equals("'");
                return owner && p.entity().type() == EntityType.COUNTRY && TITLES.contains(titleAfter(c, p.end() + 1))
                        ? p.entity() : null;
            }
            Entity e = demonyms.get(c.w(j));
            return e != null && TITLES.contains(titleAfter(c, j + 1)) ? e : null;
        }

        /** The first title word among the three words from i, or "". */
        private String titleAfter(ClauseTokens c, int i) {
            for (int k = i; k < Math.min(c.size(), i + 3); k++) {
                if (TITLES.contains(c.w(k))) {
                    return c.w(k);
                }
            }
            return "";
        }

        List<Statement> result() {
            drafts.sort(Comparator.comparingInt((Draft d) -> d.sentenceIndex).thenComparingInt(d -> d.triggerIndex));
            int n = 1;
            for (Draft d : drafts) {
                d.id = "s" + n++;
            }
            List<Statement> out = new ArrayList<>();
            for (Draft d : drafts) {
                List<Argument> args = new ArrayList<>();
                if (d.by != null) {
                    args.add(new Argument(ArgumentRole.BY, d.by.entity(), d.by.span(), d.by.inferred(), MAKER));
                    for (Party b : d.alsoBy) {
                        args.add(new Argument(ArgumentRole.BY, b.entity(), b.span(), b.inferred(), MAKER));
                    }
                }
                for (Party t : d.to) {
                    args.add(new Argument(ArgumentRole.TO, t.entity(), t.span(), t.inferred(), ADDRESSEE));
                }
                args.addAll(d.extra);
                List<StatementLink> links = d.links.stream()
                        .map(e -> new StatementLink(e.getKey(), e.getValue().id, LINK)).toList();
                out.add(new Statement(d.id, d.kind, d.sentenceIndex, d.evidence, d.cue, d.content, d.action, args,
                        d.flags, d.date, links, Math.max(0.05, Math.min(1.0, d.confidence)),
                        RuleId.of("statement." + d.kind.name().toLowerCase(Locale.ROOT) + ".window")));
            }
            return out;
        }

        // ---------------------------------------------------------------- one sentence

        void sentence(Sentence s) {
            int si = s.index();
            ClauseTokens c = clauses.get(si);
            if (c.size() == 0) {
                return;
            }
            Attribution att = attribution(c, si);
            Party speaker = att == null ? null : att.speaker();
            if (speaker == null && c.anyQuoted()) {
                speaker = quoteSpeaker(si);
            }
            if (speaker != null) {
                speakerOf.put(si, speaker);
            }
            String text = s.text(body).strip();
            if (text.endsWith("?") || text.endsWith("?”") || text.endsWith("?\"")) {
                return;
            }
            List<Trigger> triggers = new ArrayList<>(TriggerFinder.find(c));
            final Party sp = speaker;
            triggers.removeIf(t -> t.form() == TriggerForm.MODAL && !validModal(c, t, sp, si));
            triggers.removeIf(t -> t.kind() == StatementKind.DEMAND && t.head().equals("insist") && att != null
                    && att.verb() == t.begin() && !c.w(t.end()).equals("that") && !c.w(t.end()).equals("on"));
            List<Draft> plan = planObligations(c, si, att, triggers);
            if (!plan.isEmpty()) {
                for (Draft d : plan) {
                    d.plan = true;
                    finish(c, si, d, att);
                    drafts.add(d);
                }
                return;
            }
            if (triggers.isEmpty() && conditional(c) == null) {
                return;
            }
            List<Draft> made = new ArrayList<>();
            Condition cond = conditional(c);
            if (cond != null) {
                conditionalPair(c, si, cond, triggers, att, speaker, made);
            }
            Trigger rej = first(triggers, StatementKind.REJECTION, null);
            if (rej != null && cond != null && cond.covers(rej.begin())) {
                rej = null;
            }
            if (rej != null) {
                rejection(c, si, rej, triggers, att, speaker, made);
            }
            if (made.stream().noneMatch(d -> d.kind == StatementKind.OFFER)) {
                Trigger off = best(triggers, StatementKind.OFFER);
                if (off != null) {
                    made.add(simple(c, si, off, att, speaker, triggers));
                }
            }
            if (made.stream().noneMatch(d -> d.kind == StatementKind.DEMAND)) {
                Trigger dem = best(triggers, StatementKind.DEMAND);
                if (dem != null) {
                    made.add(simple(c, si, dem, att, speaker, triggers));
                }
            }
            relate(c, made);
            for (Draft d : made) {
                d.plan = d.kind == StatementKind.OFFER && presentsPlan(c, d.triggerIndex);
                finish(c, si, d, att);
                drafts.add(d);
                if (d.by != null && !speakerOf.containsKey(si)) {
                    speakerOf.put(si, d.by);
                }
            }
        }

        /** A plan whose terms a sentence lays out: its maker and the counterparts it is addressed to. */
        private record Plan(Party owner, List<Party> counterparts) {
        }

        /**
         * Terms of a plan: "Under the proposal, Y would release ... and X would withdraw ...". Inside a party's plan
         * its own commitments are offers and the other parties' obligations demands; when the terms bind only
         * others (two or more parties, a mediator's plan), the sentence is one offer by the plan's maker.
         */
        List<Draft> planObligations(ClauseTokens c, int si, Attribution att, List<Trigger> triggers) {
            Plan plan = planContext(c, si, triggers);
            if (plan == null) {
                return List.of();
            }
            record Term(Party subject, int modal, int verb, List<Party> coordinated) {
            }
            List<Term> terms = new ArrayList<>();
            for (int i = 1; i < c.size(); i++) {
                if (!c.w(i).equals("would") && !c.w(i).equals("will")) {
                    continue;
                }
                int j = i + 1;
                while (c.pos(j).startsWith("RB") && !NEGATIONS.contains(c.w(j))) {
                    j++;
                }
                // "would open the border": a base verb (the tagger may call "open" an adjective before its object)
                boolean base = c.pos(j).equals("VB") || Set.of("DT", "PRP$").contains(c.pos(j + 1))
                        && (c.pos(j).startsWith("JJ") || c.pos(j).startsWith("NN"));
                if (NEGATIONS.contains(c.w(j)) || !base || BE.contains(c.w(j))
                        || c.w(j).equals("have") || THREATS.contains(c.lemma(j))) {
                    continue;
                }
                ClauseTokens.Placed p = c.mentionAt(i - 1);
                if (p == null || !p.agentive() || c.afterPreposition(p) || compound(p) || c.possessive(p)) {
                    continue;
                }
                Draft probe = new Draft();
                coordinated(c, party(p), probe, true);
                // "withdraw from areas in Gaza and Hamas would ...": a place after a preposition is not a subject
                List<Party> with = probe.to.stream().filter(q -> {
                    ClauseTokens.Placed m = c.mentionAt(tokenOf(c, q.span().begin()));
                    return m != null && m.agentive() && !c.afterPreposition(m) && !compound(m);
                }).toList();
                terms.add(new Term(party(p), i, j, with.size() == probe.to.size() ? with : List.of()));
            }
            if (terms.isEmpty()) {
                return List.of();
            }
            String owner = plan.owner().entity().key();
            Set<String> subjects = new HashSet<>();
            terms.forEach(t -> subjects.add(t.subject().entity().key()));
            boolean own = subjects.contains(owner) || subjects.stream().anyMatch(k -> countriesOf(plan.owner()).contains(k));
            List<Draft> out = new ArrayList<>();
            if (!own && subjects.size() >= 2) {
                // a mediator's plan: one offer by its maker, addressed to the parties it binds
                Term first = terms.get(0);
                Draft d = draft(c, si, StatementKind.OFFER, new Trigger(StatementKind.OFFER, first.modal(),
                        first.verb() + 1, TriggerForm.VERB, "would " + c.w(first.verb())));
                d.by = plan.owner();
                for (Term t : terms) {
                    addTo(d, t.subject());
                    t.coordinated().forEach(q -> addTo(d, q));
                }
                int end = clauseEnd(c, first.verb(), att);
                d.content = c.span(first.verb(), end);
                d.confidence = 0.6;
                contentArguments(c, d, first.verb(), end);
                out.add(d);
                return out;
            }
            for (int n = 0; n < terms.size(); n++) {
                Term t = terms.get(n);
                String key = t.subject().entity().key();
                boolean mine = key.equals(owner) || countriesOf(plan.owner()).contains(key);
                StatementKind kind = mine ? StatementKind.OFFER : StatementKind.DEMAND;
                Draft d = draft(c, si, kind, new Trigger(kind, t.modal(), t.verb() + 1, TriggerForm.VERB,
                        "would " + c.w(t.verb())));
                d.by = plan.owner();
                int end = clauseEnd(c, t.verb(), att);
                if (n + 1 < terms.size()) {
                    Term next = terms.get(n + 1);
                    int cut = next.coordinated().isEmpty() ? tokenOf(c, next.subject().span().begin())
                            : next.modal() - 1;
                    for (Party q : next.coordinated()) {
                        cut = Math.min(cut, tokenOf(c, q.span().begin()));
                    }
                    while (cut > t.verb() && Set.of("and", ",", "the", "while").contains(c.w(cut - 1))) {
                        cut--;
                    }
                    end = Math.min(end, cut);
                }
                if (mine) {
                    for (Term other : terms) {
                        if (!other.subject().entity().key().equals(owner)) {
                            addTo(d, other.subject());
                        }
                    }
                    if (d.to.isEmpty()) {
                        plan.counterparts().forEach(q -> addTo(d, q));
                    }
                } else {
                    addTo(d, t.subject());
                    t.coordinated().forEach(q -> addTo(d, q));
                }
                d.content = c.span(t.verb(), end);
                d.confidence = 0.6;
                contentArguments(c, d, t.verb(), end);
                out.add(d);
            }
            return out;
        }

        /** An offer cue that is a plan noun, or a verb with a plan noun shortly before it ("the plan ... offered"). */
        boolean presentsPlan(ClauseTokens c, int t) {
            for (int j = t; j >= Math.max(0, t - 8); j--) {
                if (OFFER_NOUNS.contains(c.lemma(j)) && c.isNoun(j)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The plan a sentence describes: "Under Russia's plan, ..." / "Under the proposal, ..." (the plan of the
         * previous statement when not owned here), or, in a sentence without cues of its own, the plan offered in
         * one of the two sentences before in the same paragraph.
         */
        Plan planContext(ClauseTokens c, int si, List<Trigger> triggers) {
            Draft previous = null;
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                if (d.sentenceIndex < si - 2 || paragraph[d.sentenceIndex] != paragraph[si] && d.sentenceIndex < si - 1) {
                    break;
                }
                if (d.plan && d.by != null) {
                    previous = d;
                    break;
                }
            }
            for (int i = 0; i < Math.min(c.size(), 6); i++) {
                if (!c.w(i).equals("under") || c.quoted(i)) {
                    continue;
                }
                for (int j = i + 1; j < Math.min(c.size(), i + 6); j++) {
                    if (OFFER_NOUNS.contains(c.lemma(j)) || c.lemma(j).equals("deal") || c.lemma(j).equals("terms")) {
                        Party owner = nounOwner(c, j, si);
                        if (owner != null) {
                            return new Plan(new Party(owner.entity(), owner.span(), owner.inferred()),
                                    previous != null && previous.by.entity().key().equals(owner.entity().key())
                                            ? List.copyOf(previous.to) : List.of());
                        }
                        return previous == null ? null
                                : new Plan(new Party(previous.by.entity(), null, true), List.copyOf(previous.to));
                    }
                    if (c.w(j).equals(",")) {
                        break;
                    }
                }
            }
            if (previous == null || !triggers.isEmpty() || c.anyQuoted()) {
                return null;
            }
            return new Plan(new Party(previous.by.entity(), null, true), List.copyOf(previous.to));
        }

        /**
         * Ties the statements of one sentence: coordinated makers ("Egypt and Qatar called on"), a second verb
         * sharing the first one's subject and addressee ("rejected ... and demanded ..."), and an appended
         * rejection answering the statement before it ("..., an idea Israel has not accepted").
         */
        void relate(ClauseTokens c, List<Draft> made) {
            made.sort(Comparator.comparingInt(d -> d.triggerIndex));
            for (Draft d : made) {
                if (d.by != null && d.by.span() != null && !d.by.inferred() && d.alsoBy.isEmpty()) {
                    int j = tokenOf(c, d.by.span().begin()) - 1;
                    if (c.w(j).equals("the")) {
                        j--;
                    }
                    j = pastAppositiveTitle(c, j);
                    while (j > 0 && (c.w(j).equals("and") || c.w(j).equals(","))) {
                        int k = c.w(j - 1).equals("the") ? j - 2 : j - 1;
                        ClauseTokens.Placed q = c.mentionAt(k);
                        if (q == null || !q.agentive() || compound(q) || listedParty(c, q)) {
                            break;
                        }
                        if (!q.entity().key().equals(d.by.entity().key())) {
                            d.alsoBy.add(party(q));
                        }
                        j = q.begin() - 1;
                        if (c.w(j).equals("the")) {
                            j--;
                        }
                    }
                }
            }
            for (int b = 1; b < made.size(); b++) {
                Draft second = made.get(b);
                int t = second.triggerIndex;
                // "rejected ... while offering ...": a participle clause shares the main clause's subject
                boolean participle = c.pos(t).equals("VBG")
                        && Set.of("while", ",", "by", "after", "before", "and").contains(c.w(t - 1));
                boolean coordinated = c.w(t - 1).equals("and") || c.w(t - 2).equals("and") && c.pos(t - 1).startsWith("RB")
                        || participle;
                if (!coordinated) {
                    continue;
                }
                // a participle clause hangs on the sentence's main verb, the first statement made; a coordinated
                // verb on the closest verb before it, not on a noun inside its object ("rejected an Israeli proposal")
                Draft first = participle ? made.get(0) : made.get(b - 1);
                for (int a = b - 1; !participle && a >= 0; a--) {
                    if (!c.isNoun(made.get(a).triggerIndex)) {
                        first = made.get(a);
                        break;
                    }
                }
                // the first statement's content ends before the coordinated second verb
                int cut = c.w(t - 1).equals("and") || participle ? t - 1 : t - 2;
                while (cut > 0 && c.w(cut - 1).equals(",")) {
                    cut--;
                }
                int cutAt = c.tokens.get(cut).span().begin();
                if (first.content != null && first.content.end() > cutAt && first.content.begin() < cutAt) {
                    CharSpan trimmed = c.span(tokenOf(c, first.content.begin()), cut);
                    first.content = trimmed;
                    first.extra.removeIf(a -> a.span() != null && a.span().begin() >= cutAt);
                }
                if (second.kind == StatementKind.REJECTION && second.cue.startsWith("not")) {
                    continue;
                }
                if (first.by == null || first.links.stream().anyMatch(e -> e.getKey() == StatementLink.Type.CONDITION_OF)) {
                    continue;
                }
                if (second.by == null || second.by.inferred() || participle) {
                    second.by = first.by;
                    second.alsoBy.clear();
                    second.alsoBy.addAll(first.alsoBy);
                }
                if (second.to.isEmpty() && second.by.entity().key().equals(first.by.entity().key())) {
                    for (Party p : first.to) {
                        addTo(second, p);
                    }
                }
            }
            for (Draft r : made) {
                int echo = r.kind == StatementKind.REJECTION ? TriggerFinder.echoNounBefore(c, r.triggerIndex) : -1;
                if (echo < 0 || !r.to.isEmpty()) {
                    continue;
                }
                for (int i = made.size() - 1; i >= 0; i--) {
                    Draft d = made.get(i);
                    if (d != r && d.kind != StatementKind.REJECTION && d.triggerIndex < echo && d.by != null) {
                        addTo(r, d.by);
                        r.links.add(Map.entry(StatementLink.Type.ANSWERS, d));
                        break;
                    }
                }
            }
            for (Draft d : made) {
                if (d.by == null) {
                    continue;
                }
                Set<String> makers = new HashSet<>();
                d.alsoBy.forEach(p -> makers.add(p.entity().key()));
                d.to.removeIf(p -> makers.contains(p.entity().key()));
                d.extra.removeIf(a -> makers.contains(a.entity().key()));
                String key = d.by.entity().key();
                if (!d.alsoBy.isEmpty()) {
                    partners.put(key, List.copyOf(d.alsoBy));
                } else if (d.by.inferred() && partners.containsKey(key)) {
                    partners.get(key).forEach(p -> d.alsoBy.add(new Party(p.entity(), null, true)));
                } else if (!d.by.inferred()) {
                    partners.remove(key);
                }
            }
        }

        /**
         * "A and Greenland's premier, B": from the comma before B, the "and" before a title in apposition (a
         * possessive name, adjectives and title words), or j itself when there is none.
         */
        int pastAppositiveTitle(ClauseTokens c, int j) {
            if (!c.w(j).equals(",")) {
                return j;
            }
            int k = j - 1;
            boolean title = false;
            while (k > 0) {
                ClauseTokens.Placed m = c.mentionAt(k);
                if (m != null && (c.w(m.end()).equals("'s") || c.w(m.end()).equals("'"))) {
                    k = m.begin() - 1;
                } else if (TITLES.contains(c.w(k)) || c.pos(k).startsWith("JJ") || c.w(k).equals("'s")) {
                    title |= TITLES.contains(c.w(k));
                    k--;
                } else {
                    break;
                }
            }
            return title && c.w(k).equals("and") ? k : j;
        }

        /** The trigger of a kind with the strongest form: verbs, then nouns, then modal obligations. */
        Trigger best(List<Trigger> ts, StatementKind kind) {
            Trigger out = null;
            for (Trigger t : ts) {
                if (t.kind() == kind && (out == null || rank(t.form()) < rank(out.form()))) {
                    out = t;
                }
            }
            return out;
        }

        int rank(TriggerForm f) {
            return switch (f) {
                case VERB, PASSIVE, ADJECTIVE -> 0;
                case NOUN -> 1;
                case MODAL -> 2;
            };
        }

        /** The first trigger of a kind, preferring any form but {@code avoid}. */
        Trigger first(List<Trigger> ts, StatementKind kind, TriggerForm avoid) {
            for (Trigger t : ts) {
                if (t.kind() == kind && t.form() != avoid) {
                    return t;
                }
            }
            return null;
        }

        boolean validModal(ClauseTokens c, Trigger t, Party speaker, int si) {
            if (speaker == null) {
                return false;
            }
            int subj = subjectIndex(c, t.begin());
            if (subj >= 0 && PRONOUNS_FIRST.contains(c.w(subj))) {
                return false;
            }
            Party p = subjectBefore(c, t.begin(), si, speaker);
            return p == null || !p.entity().key().equals(speaker.entity().key());
        }

        /** Index of the word right before a modal when it is a pronoun, else -1. */
        int subjectIndex(ClauseTokens c, int modal) {
            int j = modal - 1;
            while (j >= 0 && c.pos(j).startsWith("RB")) {
                j--;
            }
            return j >= 0 && (PRONOUNS_FIRST.contains(c.w(j)) || c.w(j).equals("you")) ? j : -1;
        }

        // ---------------------------------------------------------------- statement builders

        Draft draft(ClauseTokens c, int si, StatementKind kind, Trigger t) {
            Draft d = new Draft();
            d.kind = kind;
            d.sentenceIndex = si;
            d.evidence = c.sentence.span();
            CharSpan cue = c.span(t.begin(), t.end());
            d.cue = cue == null ? t.head() : cue.of(body);
            d.triggerIndex = t.begin();
            d.confidence = switch (t.form()) {
                case VERB -> 0.8;
                case PASSIVE, ADJECTIVE -> 0.7;
                case NOUN, MODAL -> 0.6;
            };
            return d;
        }

        Draft simple(ClauseTokens c, int si, Trigger t, Attribution att, Party speaker, List<Trigger> all) {
            Draft d = draft(c, si, t.kind(), t);
            d.by = byFor(c, t, att, speaker, si);
            int from = t.end();
            if (t.form() == TriggerForm.MODAL) {
                Party subj = subjectBefore(c, t.begin(), si, speaker);
                int sb = t.begin();
                if (subj != null && subj.span() != null && !subj.inferred()) {
                    addTo(d, subj);
                    coordinated(c, subj, d, true);
                    sb = tokenOf(c, subj.span().begin());
                } else if (subj == null) {
                    // "The Israeli army must leave": the demonym's country is the party that must act
                    Entity e = demonymForce(c, Math.max(0, t.begin() - 4), t.begin());
                    if (e != null && !countriesOf(d.by == null ? new Party(e, null, true) : d.by).contains(e.key())) {
                        addTo(d, new Party(e, null, true));
                    }
                }
                from = Math.max(0, sb);
            }
            int end = clauseEnd(c, t.end(), att);
            if (t.form() != TriggerForm.MODAL) {
                // "demanded, in a speech to diplomats in Moscow, that ...": the occasion is not content
                from = Math.max(from, afterInterposed(c, t.end()));
            }
            if (t.kind() == StatementKind.DEMAND && t.form() == TriggerForm.VERB && Set.of("press", "urge", "ask",
                    "tell", "call on", "call upon", "push", "implore", "exhort").contains(t.head())) {
                // "pressed the Taliban administration in Kabul on Tuesday to give ...": the addressee is not content
                int inf = TriggerFinder.toVerbWithin(c, t.end(), 10);
                if (inf > t.end() && inf < end) {
                    from = Math.max(from, inf);
                }
            }
            d.content = c.span(from, end);
            if (t.kind() == StatementKind.DEMAND && t.form() == TriggerForm.PASSIVE) {
                // "Serbia was asked by the EU to ...": the passive subject is the party asked to act
                Party subj = subjectBefore(c, t.begin(), si, null);
                if (subj != null && !subj.inferred()) {
                    addTo(d, subj);
                    coordinated(c, subj, d, true);
                }
            } else if (t.kind() == StatementKind.DEMAND && t.form() != TriggerForm.MODAL) {
                demandTo(c, t, d, end, si);
                if (d.to.isEmpty()) {
                    for (Trigger m : all) {
                        if (m.form() == TriggerForm.MODAL && m.begin() > t.begin()) {
                            Party subj = subjectBefore(c, m.begin(), si, speaker);
                            if (subj != null && !subj.inferred()) {
                                addTo(d, subj);
                                coordinated(c, subj, d, true);
                            }
                            break;
                        }
                    }
                }
            } else if (t.kind() == StatementKind.OFFER) {
                offerTo(c, t, d, end);
            }
            contentArguments(c, d, from, end);
            return d;
        }

        /**
         * The demand a condition puts on the party that must act, by the offer's maker, linked both ways to the
         * offer; {@code addressees} names who must act before the content's places are chosen (they are left out).
         */
        private Draft conditionDemand(ClauseTokens c, int si, Condition cond, Draft offer, Consumer<Draft> addressees) {
            Draft dm = conditionDraft(c, si, cond, offer.by, 0.7, addressees);
            dm.links.add(Map.entry(StatementLink.Type.CONDITION_OF, offer));
            offer.links.add(Map.entry(StatementLink.Type.CONDITIONAL_ON, dm));
            return dm;
        }

        /**
         * The demand a condition states, made by {@code by}: its content is the condition clause; {@code addressees}
         * names who must act before the content's places are chosen (they are left out).
         */
        private Draft conditionDraft(ClauseTokens c, int si, Condition cond, Party by, double confidence,
                                     Consumer<Draft> addressees) {
            Draft dm = draft(c, si, StatementKind.DEMAND, new Trigger(StatementKind.DEMAND, cond.marker(),
                    cond.begin(), TriggerForm.VERB, "condition"));
            dm.by = by;
            addressees.accept(dm);
            dm.content = c.span(cond.begin(), cond.end());
            dm.confidence = confidence;
            contentArguments(c, dm, cond.begin(), cond.end());
            return dm;
        }

        void conditionalPair(ClauseTokens c, int si, Condition found, List<Trigger> triggers, Attribution att,
                             Party speaker, List<Draft> made) {
            // "... in return for the lifting of sanctions, Iranian officials said": the attribution is no condition
            int condEnd = Math.min(found.end(), unnamedAttribution(c, found.begin(), found.end()));
            if (att != null && att.start() > found.begin()) {
                condEnd = Math.min(condEnd, att.start());
            }
            while (condEnd > found.begin() && Set.of(",", ".").contains(c.w(condEnd - 1))) {
                condEnd--;
            }
            Condition cond = new Condition(found.marker(), found.begin(), Math.max(found.begin() + 1, condEnd));
            Trigger offer = null;
            for (Trigger t : triggers) {
                if (t.kind() == StatementKind.OFFER && !cond.covers(t.begin())) {
                    offer = t;
                    break;
                }
            }
            // "unless Panama acts, the United States would take steps": a threat, not an offer
            if (offer == null && negatedCondition(c, cond) && threatDemand(c, si, cond, speaker, made)) {
                triggers.removeIf(t -> cond.covers(t.begin()));
                return;
            }
            if (offer == null) {
                offer = willClause(c, cond, speaker);
            }
            if (offer == null) {
                return;
            }
            Draft o = draft(c, si, StatementKind.OFFER, offer);
            o.by = byFor(c, offer, att, speaker, si);
            if (speaker != null && (FUTURE.contains(offer.head()) || offer.head().equals("would"))
                    && describedSubject(c, offer.begin())) {
                o.by = speaker;
            }
            int oEnd = cond.marker() > offer.end() ? cond.marker() : clauseEnd(c, offer.end(), att);
            int oStart = FUTURE.contains(offer.head()) || offer.head().equals("would") ? offer.begin() + 1 : offer.end();
            o.content = c.span(oStart, oEnd);
            o.flags.add(StatementFlag.HYPOTHETICAL);
            o.confidence = 0.7;
            Party y = conditionSubject(c, cond, si, speaker);
            if (negatedCondition(c, cond) && !TriggerFinder.negatedBefore(c, offer.end(), offer.end() - offer.begin() + 3)) {
                // "was prepared to order more strikes if the attacks did not stop": a threat, so the demand only
                if (o.by != null) {
                    made.add(conditionDraft(c, si, cond, o.by, 0.7, dm -> {
                        if (y != null && !y.entity().key().equals(o.by.entity().key())) {
                            addTo(dm, y);
                        }
                    }));
                }
                Trigger threat = offer;
                triggers.removeIf(t -> t == threat || t.kind() == StatementKind.OFFER || cond.covers(t.begin()));
                return;
            }
            if (y != null && guarantorCondition(c, cond)) {
                // "only if A and B act as guarantors": third parties with a role, named in the demanded content
                made.add(conditionDemand(c, si, cond, o, dm -> { }));
                offerTo(c, offer, o, oEnd);
            } else if (y != null && (o.by == null || !y.entity().key().equals(o.by.entity().key()))) {
                addTo(o, y);
                made.add(conditionDemand(c, si, cond, o, dm -> {
                    addTo(dm, y);
                    coordinated(c, y, dm, false);
                }));
            } else {
                offerTo(c, offer, o, oEnd);
                boolean unnamed = y == null || o.by != null && y.entity().key().equals(o.by.entity().key());
                if (exchange(c, cond) || unnamed && finiteClause(c, cond)) {
                    // "could accept limits in return for the lifting of sanctions", "as long as the region's leaders
                    // pay": what is asked in exchange, of whoever the condition names or of the counterpart
                    List<Party> counterparts = List.copyOf(o.to);
                    made.add(conditionDemand(c, si, cond, o, dm -> counterparts.forEach(p -> addTo(dm, p))));
                }
            }
            contentArguments(c, o, oStart, oEnd);
            made.add(o);
            Trigger promised = offer;
            triggers.removeIf(t -> t.kind() == StatementKind.OFFER || cond.covers(t.begin())
                    || t.kind() == StatementKind.REJECTION && t.begin() >= promised.begin() && t.begin() < promised.end());
        }

        /**
         * "Turkey will strike Manbij if the militia does not leave": a will-clause on a negated condition is a threat,
         * so a demand on the condition's subject by the one who threatens and no offer.
         */
        boolean threatDemand(ClauseTokens c, int si, Condition cond, Party speaker, List<Draft> made) {
            for (int i = 1; i < c.size(); i++) {
                if (cond.covers(i) || !(FUTURE.contains(c.w(i)) || c.w(i).equals("would"))) {
                    continue;
                }
                int j = i + 1;
                while (c.pos(j).startsWith("RB")) {
                    j++;
                }
                // "will not recognize Kosovo unless ...": a refusal lifted on a condition is a conditional offer
                if (!c.pos(j).startsWith("VB") || NEGATIONS.contains(c.w(i + 1)) || NEGATIONS.contains(c.w(j - 1))) {
                    continue;
                }
                // the one who threatens is named or a pronoun right before the modal ("the meeting will remain" is none)
                ClauseTokens.Placed named = c.mentionAt(i - 1);
                Party by = null;
                if (named != null && named.agentive() && !c.afterPreposition(named) && !compound(named)) {
                    by = party(named);
                } else if (PRONOUNS_FIRST.contains(c.w(i - 1)) || PRONOUNS_PERSON.contains(c.w(i - 1))
                        || PRONOUNS_GROUP.contains(c.w(i - 1))) {
                    by = pronoun(c, i - 1, si, speaker);
                }
                if (by == null) {
                    return false;
                }
                Party maker = by;
                Party y = conditionSubject(c, cond, si, speaker);
                made.add(conditionDraft(c, si, cond, maker, 0.6, dm -> {
                    if (y != null && !y.entity().key().equals(maker.entity().key())) {
                        addTo(dm, y);
                    }
                }));
                return true;
            }
            return false;
        }

        /** A condition with a finite verb of its own ("as long as the leaders pay"), not "if needed". */
        boolean finiteClause(ClauseTokens c, Condition cond) {
            for (int j = cond.begin(); j < cond.end(); j++) {
                if (c.isFinite(j)) {
                    return true;
                }
            }
            return false;
        }

        /** "in exchange for", "in return for", "provided that", "on condition that": a price, not a circumstance. */
        boolean exchange(ClauseTokens c, Condition cond) {
            String m = c.w(cond.marker());
            return m.equals("in") || m.equals("provided") || m.equals("providing") || m.equals("on");
        }

        /** "unless X leaves", "if X does not leave", "if X refuses to leave": the condition asks for an act. */
        boolean negatedCondition(ClauseTokens c, Condition cond) {
            if (c.w(cond.marker()).equals("unless")) {
                return true;
            }
            for (int j = cond.begin(); j < cond.end(); j++) {
                // a negated verb, not "no" before a noun ("if there were guarantees of no further invasions")
                if (Set.of("not", "n't", "never").contains(c.w(j)) || c.lemma(j).equals("fail")
                        || c.lemma(j).equals("refuse")) {
                    return true;
                }
            }
            return false;
        }

        /** A condition asking its subjects to act as guarantors ("only if A and B act as its guarantors"). */
        boolean guarantorCondition(ClauseTokens c, Condition cond) {
            for (int j = cond.begin(); j < cond.end(); j++) {
                if (c.lemma(j).startsWith("guarantor") && !c.quoted(j) == !c.quoted(cond.begin())) {
                    for (int k = j - 1; k >= Math.max(cond.begin(), j - 4); k--) {
                        if (c.w(k).equals("as") || BE.contains(c.w(k))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /**
         * "if Y does A, X will B", "X could keep B only if Y ...": a will/would/could clause whose subject is a
         * named party or the speaker.
         */
        Trigger willClause(ClauseTokens c, Condition cond, Party speaker) {
            for (int i = 1; i < c.size(); i++) {
                // "could" only before a condition that sets a price ("could keep it only if"), not "could ... if no deal"
                boolean could = c.w(i).equals("could") && (exchange(c, cond) || c.w(cond.marker()).equals("only")
                        || c.w(cond.marker()).equals("as"));
                if (cond.covers(i) || !(FUTURE.contains(c.w(i)) || c.w(i).equals("would") || could)) {
                    continue;
                }
                int j = i + 1;
                while (c.pos(j).startsWith("RB") || NEGATIONS.contains(c.w(j))) {
                    j++;
                }
                String vp = c.pos(j);
                if (Set.of("DT", "IN", "PRP", "PRP$", "CD", ",", ".", "TO", "NNP", "MD").contains(vp)
                        || BE.contains(c.w(j)) || THREATS.contains(c.lemma(j))) {
                    continue;
                }
                ClauseTokens.Placed p = c.mentionAt(i - 1);
                boolean named = p != null && p.agentive() && !c.afterPreposition(p);
                boolean self = (c.w(i - 1).equals("we") || c.w(i - 1).equals("i")) && speaker != null
                        || Set.of("it", "they", "he", "she").contains(c.w(i - 1));
                if (named || self || speaker != null && (p == null || c.afterPreposition(p)) && describedSubject(c, i)) {
                    return new Trigger(StatementKind.OFFER, i, j + 1, TriggerForm.VERB, c.w(i));
                }
            }
            return null;
        }

        /**
         * "said the army would leave", ", the government will lift": a described subject (determiner, adjectives,
         * noun) opening a reported or main clause right before the modal at i.
         */
        boolean describedSubject(ClauseTokens c, int i) {
            Set<String> inner = Set.of("at", "in", "on", "of", "with", "over", "for");
            ClauseTokens.Placed last = c.mentionAt(i - 1);
            boolean head = last == null ? c.isNoun(i - 1) : inner.contains(c.wordBefore(last));
            if (!head) {
                return false;
            }
            // "the army", "the attacks at sea", "Pakistan's ceasefire with Afghanistan": one noun phrase, opened
            // by a determiner or a possessive name right after a comma, "that" or a reporting verb
            for (int j = i - 2; j >= Math.max(1, i - 10); j--) {
                String w = c.w(j);
                ClauseTokens.Placed m = c.mentionAt(j);
                if (m != null) {
                    if (c.w(m.end()).equals("'s") && opensClause(c.w(m.begin() - 1))) {
                        return true;
                    }
                    if (!inner.contains(c.wordBefore(m))) {
                        return false;
                    }
                    j = c.w(m.begin() - 1).equals("the") ? m.begin() - 1 : m.begin();
                } else if (Set.of("the", "its", "his", "her", "their", "our", "such", "any", "this", "these").contains(w)) {
                    String before = c.w(j - 1);
                    if (opensClause(before)) {
                        return true;
                    }
                    if (!inner.contains(before)) {
                        return false;
                    }
                    j--; // "the attacks at the sea": the determiner of an inner phrase
                } else if (!(c.pos(j).startsWith("JJ") || c.isNoun(j) || inner.contains(w) || w.equals("'s"))) {
                    return false;
                }
            }
            return false;
        }

        private static boolean opensClause(String w) {
            return w.equals(",") || w.equals("that") || SAID_FORMS.contains(w);
        }

        void rejection(ClauseTokens c, int si, Trigger rej, List<Trigger> triggers, Attribution att,
                       Party speaker, List<Draft> made) {
            Draft r = draft(c, si, StatementKind.REJECTION, rej);
            r.by = byFor(c, rej, att, speaker, si);
            int end = clauseEnd(c, rej.end(), att);
            r.content = c.span(rej.end(), end);
            // the rejected thing: a demand or offer noun right after the cue
            Draft answered = null;
            int objectNoun = -1;
            int searchFrom = rej.form() == TriggerForm.ADJECTIVE ? Math.max(0, rej.begin() - 6) : rej.end();
            for (int j = searchFrom; j < Math.min(end, rej.end() + 8); j++) {
                if (j >= rej.begin() && j < rej.end()) {
                    continue;
                }
                if (c.isNoun(j) && (ANSWERABLE_OFFER.contains(c.lemma(j)) || ANSWERABLE_DEMAND.contains(c.w(j))
                        || ANSWERABLE_DEMAND.contains(c.lemma(j)))) {
                    objectNoun = j;
                    break;
                }
            }
            if (objectNoun >= 0) {
                final int on = objectNoun;
                triggers.removeIf(t -> t.form() == TriggerForm.NOUN && t.begin() >= rej.end() && t.begin() <= on + 1);
                Party owner = nounOwner(c, objectNoun, si);
                StatementKind k = ANSWERABLE_OFFER.contains(c.lemma(objectNoun)) ? StatementKind.OFFER
                        : StatementKind.DEMAND;
                int after = objectNoun + 1;
                if (owner != null && owner.span() != null && c.w(after).equals("by")) {
                    after = tokenOf(c, owner.span().end() - 1) + 1;
                }
                boolean hasContent = Set.of("for", "to", "that", "of").contains(c.w(after));
                if (owner != null && hasContent && c.w(after).equals("of") == false) {
                    answered = draft(c, si, k, new Trigger(k, objectNoun, objectNoun + 1, TriggerForm.NOUN,
                            c.lemma(objectNoun)));
                    answered.by = owner;
                    answered.content = c.span(after + 1, end);
                    if (k == StatementKind.DEMAND) {
                        demandTo(c, new Trigger(k, after, after + 1, TriggerForm.NOUN, c.w(after)), answered, end, si);
                    }
                    if (answered.to.isEmpty() && r.by != null && !r.by.entity().key().equals(owner.entity().key())) {
                        addTo(answered, r.by);
                    }
                    contentArguments(c, answered, after + 1, end);
                    made.add(answered);
                    triggers.removeIf(t -> t.kind() == k);
                }
                // "rejected an Israeli proposal": a demonym names the one who made it
                Party maker = owner != null ? owner : demonymOwner(c, objectNoun, rej.end());
                if (maker != null) {
                    addTo(r, maker);
                }
            }
            if (answered == null) {
                answered = previousAnswered(r, objectNoun >= 0 ? c.lemma(objectNoun) : null,
                        objectNoun >= 0 ? c.w(objectNoun) : null);
            }
            if (answered != null) {
                r.links.add(Map.entry(StatementLink.Type.ANSWERS, answered));
                if (r.to.isEmpty() && answered.by != null) {
                    addTo(r, answered.by);
                }
            }
            if (r.to.isEmpty()) {
                ClauseTokens.Placed with = talksWith(c, rej.end(), end);
                if (with != null) {
                    addTo(r, party(with));
                }
            }
            if (r.to.isEmpty()) {
                for (int j = rej.end(); j < Math.min(end, rej.end() + 3); j++) {
                    ClauseTokens.Placed p = c.mentionAt(j);
                    if (p != null && p.agentive()) {
                        addTo(r, party(p));
                        break;
                    }
                }
            }
            int from = rej.end();
            if (rej.form() == TriggerForm.ADJECTIVE && rej.head().startsWith("not ")) {
                // "The status of Jerusalem is not on the table": the matter closed is the clause's subject
                from = rej.begin();
                while (from > 0 && !c.w(from - 1).equals(",") && !QUOTE_CHARS.contains(c.w(from - 1))) {
                    from--;
                }
                r.content = c.span(from, end);
            }
            contentArguments(c, r, from, end);
            made.add(r);
        }

        /** "an Israeli proposal": the country of a demonym among the adjectives before the noun at i, or null. */
        Party demonymOwner(ClauseTokens c, int i, int from) {
            for (int j = i - 1; j >= Math.max(from, i - 3); j--) {
                Entity e = demonyms.get(c.w(j));
                if (e != null && c.mentionAt(j) == null) {
                    return new Party(e, null, true);
                }
                if (!(c.pos(j).startsWith("JJ") || c.pos(j).startsWith("NN"))) {
                    return null;
                }
            }
            return null;
        }

        /** The offer or demand a rejection answers, when the article makes it clear. */
        Draft previousAnswered(Draft r, String lemma, String word) {
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                if (d.kind == StatementKind.REJECTION || d.by == null) {
                    continue;
                }
                if (!r.to.isEmpty() && r.to.get(0).entity().key().equals(d.by.entity().key())) {
                    return d;
                }
            }
            if (lemma == null || !r.to.isEmpty()) {
                return null;
            }
            StatementKind k = ANSWERABLE_OFFER.contains(lemma) ? StatementKind.OFFER : StatementKind.DEMAND;
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                if (d.kind == k && d.by != null
                        && (r.by == null || !r.by.entity().key().equals(d.by.entity().key()))) {
                    return d;
                }
            }
            return null;
        }

        // ---------------------------------------------------------------- roles

        Party byFor(ClauseTokens c, Trigger t, Attribution att, Party speaker, int si) {
            if (t.form() == TriggerForm.MODAL) {
                return speaker;
            }
            if (c.quoted(t.begin()) && speaker != null) {
                return speaker;
            }
            if (t.form() == TriggerForm.PASSIVE) {
                for (int j = t.end(); j < Math.min(c.size(), t.end() + 4); j++) {
                    if (c.w(j).equals("by")) {
                        ClauseTokens.Placed p = firstMention(c, j + 1, j + 4);
                        if (p != null && p.agentive()) {
                            return party(p);
                        }
                    }
                }
                return speaker != null ? speaker : fallbackBy(si);
            }
            if (t.form() == TriggerForm.NOUN) {
                Party owner = nounOwner(c, t.begin(), si);
                if (owner != null) {
                    return owner;
                }
                for (int j = t.begin() - 1; j >= Math.max(0, t.begin() - 5); j--) {
                    if (PRESENT_VERBS.contains(c.lemma(j)) && c.isVerb(j)) {
                        Party p = subjectBefore(c, j, si, speaker);
                        if (p != null) {
                            return p;
                        }
                        break;
                    }
                }
                // "demands that the Russian leader listed included ..."
                for (int j = t.end(); j < Math.min(c.size(), t.end() + 8); j++) {
                    if (c.w(j).equals("that") || c.w(j).equals("which")) {
                        Party p = descriptionOrMention(c, j + 1, si);
                        if (p != null) {
                            return p;
                        }
                    }
                }
                return speaker != null ? speaker : fallbackBy(si);
            }
            if (t.form() == TriggerForm.ADJECTIVE && att != null && att.verb() < t.begin() && speaker != null) {
                return speaker;
            }
            // "Peskov said Russia would agree to ...": a stance reported by a speaker is the speaker's statement
            if (att != null && att.speaker() != null && att.verb() < t.begin() && !c.quoted(t.begin())
                    && (HEDGES.contains(c.w(t.begin())) || FUTURE.contains(c.w(t.begin()))
                    || HEDGES.contains(c.w(t.begin() - 1)) || HEDGES.contains(c.w(t.begin() - 2)))) {
                return att.speaker();
            }
            Party main = sharedSubject(c, t.begin(), si, speaker);
            if (main != null) {
                return main;
            }
            Party p = subjectBefore(c, t.begin(), si, speaker);
            if (p != null) {
                return p;
            }
            Party group = demonymSubject(c, t.begin());
            if (group != null) {
                return group;
            }
            return speaker != null ? speaker : fallbackBy(si);
        }

        /**
         * "Afghan officials objected", "Russian negotiators on Monday rejected": a demonym and a group noun right
         * before the verb at i (adverbs, auxiliaries and a day between) name the country; else null.
         */
        Party demonymSubject(ClauseTokens c, int i) {
            int j = i - 1;
            while (j > 0 && (c.pos(j).startsWith("RB") || c.pos(j).equals("MD") || WEEKDAYS.contains(c.w(j))
                    || Set.of("has", "have", "had", "on").contains(c.w(j)))) {
                j--;
            }
            if (!GROUP_NOUNS.contains(c.w(j))) {
                return null;
            }
            int k = c.pos(j - 1).startsWith("JJ") && !demonyms.containsKey(c.w(j - 1)) ? j - 2 : j - 1;
            Entity e = k >= 0 && c.mentionAt(k) == null ? demonyms.get(c.w(k)) : null;
            return e == null ? null : new Party(e, null, true);
        }

        /**
         * "Islamabad blames the TTP for the attacks and has repeatedly asked ...": a verb coordinated after "and"
         * without a subject of its own shares the subject of the sentence's first verb; else null.
         */
        Party sharedSubject(ClauseTokens c, int verb, int si, Party speaker) {
            int k = verb - 1;
            while (k > 0 && (c.pos(k).startsWith("RB") || Set.of("has", "have", "had").contains(c.w(k)))) {
                k--;
            }
            if (k <= 0 || !c.w(k).equals("and") || c.mentionAt(k - 1) != null || c.pos(k + 1).equals("PRP")) {
                return null;
            }
            for (int v = 0; v < k; v++) {
                if (c.isVerb(v) && !c.quoted(v) && c.pos(v).matches("VBZ|VBD|VBP")) {
                    return subjectBefore(c, v, si, speaker);
                }
            }
            return null;
        }

        /** Owner of a demand or offer noun: "Russia's proposal", "calls by Xi", "his plan". */
        Party nounOwner(ClauseTokens c, int noun, int si) {
            ClauseTokens.Placed owner = c.possessiveOwnerBefore(noun);
            if (owner != null) {
                return party(owner);
            }
            if (c.w(noun + 1).equals("by") || c.w(noun + 1).equals("from")) {
                ClauseTokens.Placed p = firstMention(c, noun + 2, noun + 6);
                if (p != null && p.agentive()) {
                    return party(p);
                }
            }
            int pron = c.possessivePronounBefore(noun);
            if (pron >= 0) {
                return pronoun(c, pron, si, null);
            }
            return null;
        }

        /** A mention or "the X president" description starting within two tokens of i. */
        Party descriptionOrMention(ClauseTokens c, int i, int si) {
            for (int j = i; j < Math.min(c.size(), i + 4); j++) {
                ClauseTokens.Placed p = c.mentionAt(j);
                if (p != null) {
                    return p.agentive() ? party(p) : null;
                }
                if (PERSON_DESCRIPTIONS.contains(c.w(j))) {
                    return lastPerson(c, j, si);
                }
                if (c.isVerb(j)) {
                    return null;
                }
            }
            return null;
        }

        ClauseTokens.Placed firstMention(ClauseTokens c, int from, int to) {
            for (int j = from; j < Math.min(c.size(), to); j++) {
                ClauseTokens.Placed p = c.mentionAt(j);
                if (p != null && compound(p) && to < c.size()) {
                    to++;
                    continue;
                }
                if (p != null) {
                    return p;
                }
                if (c.w(j).equals(",") || c.w(j).equals(".")) {
                    return null;
                }
            }
            return null;
        }

        /**
         * The subject of a verb at idx: the closest named party before it that is not the object of a preposition,
         * a pronoun resolved in context, or a "the Ukrainian president" description.
         */
        Party subjectBefore(ClauseTokens c, int idx, int si, Party speaker) {
            boolean[] skip = relativeClauses(c, idx);
            ClauseTokens.Placed possessive = null;
            int seen = 0;
            for (int j = idx - 1; j >= 0 && seen < 18; j--) {
                String w = c.w(j);
                if (skip[j]) {
                    continue;
                }
                seen++;
                if (QUOTE_CHARS.contains(w) || w.equals(";") || w.equals(":") || c.quoted(j) != c.quoted(idx)) {
                    break;
                }
                // "DOHA, Aug 20 (Agency) - ...": nothing before a dateline's dash is the subject
                if (Set.of("-", "--", "—", "–").contains(w) && c.w(j - 1).equals(")")) {
                    break;
                }
                if (RELATIVE.contains(w) && c.w(j - 1).equals(",")) {
                    ClauseTokens.Placed a = c.mentionAt(j - 2);
                    if (a != null && a.agentive()) {
                        return party(a);
                    }
                }
                ClauseTokens.Placed p = c.mentionAt(j);
                if (p != null) {
                    j = p.begin();
                    if ((p.agentive() || p.entity().type() == EntityType.REGION) && headedBody(c, p)) {
                        return party(p);
                    }
                    if (!(p.agentive() || regionSubject(c, p)) || c.afterPreposition(p) || followedByTitle(c, p)
                            || objectOfVerb(c, p) || compound(p)) {
                        continue;
                    }
                    if (c.possessive(p)) {
                        if (possessive == null) {
                            possessive = p;
                        }
                        if (possessiveBody(c, p, idx)) {
                            // "Congo's government on Wednesday demanded": the body stands for its party
                            return party(p);
                        }
                        continue;
                    }
                    return party(p);
                }
                if ((PRONOUNS_PERSON.contains(w) || PRONOUNS_GROUP.contains(w) || PRONOUNS_FIRST.contains(w))
                        && c.pos(j).equals("PRP") && !PREPOSITIONS.contains(c.w(j - 1))) {
                    return pronoun(c, j, si, speaker);
                }
                if (PERSON_DESCRIPTIONS.contains(w) && (c.w(j - 2).equals("the") || c.w(j - 1).equals("the")
                        || c.w(j - 3).equals("the")) && c.mentionAt(j + 1) == null) {
                    return lastPerson(c, j, si);
                }
                if (j < idx - 1 && SAID_FORMS.contains(w) && c.isVerb(j)) {
                    break;
                }
            }
            return possessive == null ? null : party(possessive);
        }

        /** "Tigray demanded", ", Catalonia said": a region opening a clause stands for its government. */
        boolean regionSubject(ClauseTokens c, ClauseTokens.Placed p) {
            return p.entity().type() == EntityType.REGION && !c.possessive(p)
                    && (p.begin() == 0 || Set.of(",", "that", "and").contains(c.w(p.begin() - 1)))
                    && (c.isVerb(p.end()) || c.pos(p.end()).equals("MD") || c.w(p.end()).equals("on"));
        }

        /** "Russia's foreign ministry (on Monday) said": a possessive name, adjectives, a body noun, then idx. */
        boolean possessiveBody(ClauseTokens c, ClauseTokens.Placed p, int idx) {
            int k = c.w(p.end()).equals("'s") || c.w(p.end()).equals("'") ? p.end() + 1 : p.end();
            while (k < idx && c.pos(k).startsWith("JJ")) {
                k++;
            }
            if (k >= idx || !(BODY_HEADS.contains(c.w(k)) || Set.of("authorities", "military", "side", "delegation",
                    "negotiators", "spokesman", "spokeswoman", "spokesperson").contains(c.w(k)))) {
                return false;
            }
            for (int j = k + 1; j < idx; j++) {
                if (!(c.pos(j).startsWith("RB") || c.pos(j).equals("IN") || WEEKDAYS.contains(c.w(j))
                        || c.pos(j).equals("MD") || Set.of("has", "have", "had").contains(c.w(j)))) {
                    return false;
                }
            }
            return true;
        }

        /** "The regional government of Amhara", "the authorities in Transnistria": a body of the party heading a clause. */
        boolean headedBody(ClauseTokens c, ClauseTokens.Placed p) {
            int i = p.begin() - 1;
            if (c.w(i).equals("the")) {
                i--;
            }
            // "the authorities in Transnistria" heads a clause as the region's body; "the government in Kyiv" is a city
            boolean in = c.w(i).equals("in") && p.entity().type() != EntityType.CITY;
            if (!(c.w(i).equals("of") || in) || !BODY_HEADS.contains(c.w(i - 1))) {
                return false;
            }
            // "the leadership of the Tigray rebel group": the name only modifies another head
            int h = p.end();
            while (h < c.size() && (c.pos(h).startsWith("JJ") || c.pos(h).equals("VBN"))) {
                h++;
            }
            if (c.isNoun(h) && c.mentionAt(h) == null) {
                return false;
            }
            int j = i - 2;
            while (j >= 0 && (c.pos(j).startsWith("JJ") || c.pos(j).startsWith("NN") && c.mentionAt(j) == null)) {
                j--;
            }
            return j >= 0 && c.w(j).equals("the") && (j == 0 || c.w(j - 1).equals(",") || c.w(j - 1).equals("that")
                    || SAID_FORMS.contains(c.w(j - 1)) || Set.of("-", "--", "—", "–").contains(c.w(j - 1)));
        }

        /** "join the military alliance": a mention right after a verb (not a reporting verb) is its object. */
        boolean objectOfVerb(ClauseTokens c, ClauseTokens.Placed p) {
            int i = p.begin() - 1;
            while (i >= 0 && (c.w(i).equals("the") || c.pos(i).startsWith("JJ"))) {
                i--;
            }
            return i >= 0 && c.pos(i).startsWith("VB") && !SAID_FORMS.contains(c.w(i)) && !BE.contains(c.w(i));
        }

        boolean followedByTitle(ClauseTokens c, ClauseTokens.Placed p) {
            int k = p.end();
            if (c.w(k).equals("'s")) {
                k++;
            }
            return TITLES.contains(c.w(k)) && c.mentionAt(k) == null
                    && (c.mentionAt(k + 1) != null || c.mentionAt(k + 2) != null || c.mentionAt(k + 3) != null);
        }

        /** Tokens inside ", which ... ," relative clauses that do not hold idx. */
        boolean[] relativeClauses(ClauseTokens c, int idx) {
            boolean[] skip = new boolean[c.size()];
            for (int i = 1; i < c.size(); i++) {
                if (RELATIVE.contains(c.w(i)) && c.w(i - 1).equals(",")) {
                    int e = i;
                    while (e < c.size() && !c.w(e).equals(",")) {
                        e++;
                    }
                    if (idx >= i && idx <= e) {
                        continue;
                    }
                    for (int k = i; k < Math.min(e + 1, c.size()); k++) {
                        skip[k] = true;
                    }
                }
            }
            // appositives after a name: "Hans Grundberg, the UN special envoy for Yemen, proposed"
            for (int i = 1; i < c.size(); i++) {
                ClauseTokens.Placed before = c.mentionAt(i - 2);
                if (!c.w(i - 1).equals(",") || before == null || before.end() != i - 1 || !before.agentive()
                        || !(Set.of("the", "a", "an").contains(c.w(i)) || TITLES.contains(c.w(i)))) {
                    continue;
                }
                int e = i;
                boolean clean = true;
                while (e < c.size() && !c.w(e).equals(",")) {
                    clean &= !c.isFinite(e) && !QUOTE_CHARS.contains(c.w(e));
                    e++;
                }
                if (!clean || e >= c.size() || e - i > 14 || idx >= i && idx <= e) {
                    continue;
                }
                for (int k = i; k <= e; k++) {
                    skip[k] = true;
                }
            }
            return skip;
        }

        Party pronoun(ClauseTokens c, int j, int si, Party speaker) {
            String w = c.w(j);
            if (PRONOUNS_FIRST.contains(w)) {
                return speaker;
            }
            if (PRONOUNS_PERSON.contains(w)) {
                boolean finalAttribution = c.w(j - 1).equals(",") || QUOTE_CHARS.contains(c.w(j - 1));
                return lastPerson(c, finalAttribution ? 0 : j, si);
            }
            // "Djibouti, which ..., renewed its offer": a possessive refers to the clause's own subject first
            if ((w.equals("its") || w.equals("their")) && j > 0) {
                ClauseTokens.Placed subject = c.mentionAt(0) != null ? c.mentionAt(0)
                        : c.w(0).equals("the") ? c.mentionAt(1) : null;
                if (subject != null && subject.agentive() && subject.entity().type() != EntityType.PERSON
                        && subject.end() < j && !c.possessive(subject)) {
                    return party(subject);
                }
            }
            // it, they: the last statement's party nearby, else the last named organization or country
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                if (d.sentenceIndex < si - 3) {
                    break;
                }
                if (d.by != null && d.by.entity().type() != EntityType.PERSON) {
                    return new Party(d.by.entity(), null, true);
                }
            }
            for (int k = j - 1; k >= 0; k--) {
                ClauseTokens.Placed p = c.mentionAt(k);
                // "informed the court (ICJ) ... about its claim": the object of a verb is not what "its" refers to
                if (p != null && p.agentive() && p.entity().type() != EntityType.PERSON && !c.afterPreposition(p)
                        && !objectOfVerb(c, p) && !c.w(p.begin() - 1).equals("(")) {
                    return party(p);
                }
            }
            // "the president of Venezuela ... its claim": a country named after a preposition, when nothing else is
            for (int k = j - 1; k >= 0; k--) {
                ClauseTokens.Placed p = c.mentionAt(k);
                if (p != null && p.entity().type() == EntityType.COUNTRY && (c.w(p.begin() - 1).equals("of")
                        || c.w(p.begin() - 1).equals("the") && c.w(p.begin() - 2).equals("of"))) {
                    return party(p);
                }
            }
            for (int s = si - 1; s >= Math.max(0, si - 2); s--) {
                List<Mention> ms = bySentence.get(s);
                for (int k = 0; k < ms.size(); k++) {
                    Entity e = ms.get(k).entity();
                    if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.COUNTRY) {
                        return new Party(e, null, true);
                    }
                }
            }
            return null;
        }

        /** The most recent Person mention before token j of sentence si (this sentence, then earlier ones). */
        Party lastPerson(ClauseTokens c, int j, int si) {
            for (int k = j - 1; k >= 0; k--) {
                ClauseTokens.Placed p = c.mentionAt(k);
                if (p != null && p.entity().type() == EntityType.PERSON && !c.quoted(k)) {
                    return new Party(p.entity(), null, true);
                }
            }
            for (int s = si - 1; s >= 0; s--) {
                Party said = speakerOf.get(s);
                if (said != null && said.entity().type() == EntityType.PERSON) {
                    return new Party(said.entity(), null, true);
                }
                List<Mention> ms = bySentence.get(s);
                for (int k = ms.size() - 1; k >= 0; k--) {
                    if (ms.get(k).entity().type() == EntityType.PERSON) {
                        return new Party(ms.get(k).entity(), null, true);
                    }
                }
            }
            return null;
        }

        /** The party of the paragraph's previous statement, or of the previous sentence's. */
        Party fallbackBy(int si) {
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                boolean samePara = paragraph[d.sentenceIndex] == paragraph[si];
                if (!samePara && d.sentenceIndex < si - 1) {
                    break;
                }
                if (d.by != null) {
                    return new Party(d.by.entity(), null, true);
                }
            }
            return null;
        }

        /** After a comma-enclosed phrase right at i that is followed by "that" or "to"; else i. */
        int afterInterposed(ClauseTokens c, int i) {
            if (!c.w(i).equals(",")) {
                return i;
            }
            for (int j = i + 1; j < Math.min(c.size(), i + 14); j++) {
                if (c.w(j).equals(",")) {
                    return c.w(j + 1).equals("that") || c.w(j + 1).equals("to") ? j + 1 : i;
                }
                if (QUOTE_CHARS.contains(c.w(j)) || c.w(j).equals(";") || c.pos(j).equals("MD")) {
                    return i;
                }
            }
            return i;
        }

        void demandTo(ClauseTokens c, Trigger t, Draft d, int end, int si) {
            String head = t.head();
            int k = afterInterposed(c, t.end());
            if (PRECONDITION_MARKERS.contains(head)) {
                // "until Kosovo closes the posts": the subject of the precondition, a region's government too
                ClauseTokens.Placed subject = c.mentionAt(c.w(k).equals("the") ? k + 1 : k);
                if (subject != null && (subject.agentive() || subject.entity().type() == EntityType.REGION)
                        && !compound(subject)) {
                    addTo(d, party(subject));
                    return;
                }
            }
            // "an ultimatum to Armenia to withdraw", "pressure on Russia to ...": the one asked to act
            if ((c.w(k).equals("to") || c.w(k).equals("on") || c.w(k).equals("upon")) && c.mentionAt(k + 1) != null
                    || (c.w(k).equals("to") || c.w(k).equals("on")) && c.w(k + 1).equals("the") && c.mentionAt(k + 2) != null) {
                ClauseTokens.Placed p = c.mentionAt(c.mentionAt(k + 1) != null ? k + 1 : k + 2);
                if (p.agentive() && !compound(p) && TriggerFinder.toVerbWithin(c, p.end(), 3) >= 0) {
                    addTo(d, party(p));
                    coordinated(c, party(p), d, false);
                    return;
                }
            }
            if (t.form() == TriggerForm.NOUN && (c.w(k).equals("by") || c.w(k).equals("from"))
                    && c.mentionAt(k + 1) != null) {
                k = c.mentionAt(k + 1).end();
            }
            if (head.equals("call for") || head.equals("push") || head.equals("appeal") || c.w(k).equals("for")) {
                if (c.w(k).equals("for")) {
                    k++;
                }
                ClauseTokens.Placed p = firstMention(c, k, k + 3);
                if (p != null && p.agentive() && TriggerFinder.toVerbWithin(c, p.end(), 4) >= 0) {
                    addTo(d, party(p));
                    coordinated(c, party(p), d, false);
                }
            } else if (c.w(k).equals("that") || c.w(k).equals("on") && !head.equals("call on")) {
                ClauseTokens.Placed p = firstMention(c, k + 1, k + 5);
                if (p != null && p.agentive() && !c.afterPreposition(p)) {
                    addTo(d, party(p));
                    coordinated(c, party(p), d, false);
                }
            } else {
                ClauseTokens.Placed p = firstMention(c, k, k + 5);
                if (p != null && p.agentive() && !c.afterPreposition(p) || p != null && head.equals("call on")) {
                    addTo(d, party(p));
                    coordinated(c, party(p), d, false);
                }
            }
            if (d.to.isEmpty() && t.form() == TriggerForm.NOUN) {
                // "demands ... included Ukraine's neutrality"
                for (int j = t.end(); j < end; j++) {
                    if (Set.of("include", "includes", "included", "including", "are", "were", ":").contains(c.w(j))) {
                        ClauseTokens.Placed p = firstMention(c, j + 1, j + 3);
                        if (p != null && p.agentive() && c.possessive(p)) {
                            addTo(d, party(p));
                        }
                        break;
                    }
                }
            }
            if (d.to.isEmpty() && t.form() == TriggerForm.VERB) {
                fromTo(c, d, t.end(), end);
            }
            if (d.to.isEmpty()) {
                demonymTo(c, d, t.end(), end);
            }
        }

        /**
         * "demanded security guarantees from the United States": the party something is asked from, when the
         * object is a thing to be given (no withdrawal, no forces, no verb between).
         */
        void fromTo(ClauseTokens c, Draft d, int from, int end) {
            for (int j = from; j < Math.min(end, from + 7); j++) {
                String w = c.w(j);
                if (c.isVerb(j) || FORCE_NOUNS.contains(w) || w.startsWith("withdraw") || w.equals("out")
                        || w.equals(",") || c.mentionAt(j) != null || w.equals("that")) {
                    return;
                }
                if (w.equals("from") && j > from) {
                    int k = c.w(j + 1).equals("the") ? j + 2 : j + 1;
                    ClauseTokens.Placed p = c.mentionAt(k);
                    if (p != null && p.agentive() && !compound(p) && !c.possessive(p)) {
                        addTo(d, party(p));
                        coordinated(c, party(p), d, false);
                    }
                    return;
                }
            }
        }

        void offerTo(ClauseTokens c, Trigger t, Draft d, int end) {
            ClauseTokens.Placed p = firstMention(c, t.end(), t.end() + 2);
            if (p != null && p.agentive() && !c.afterPreposition(p) && !c.possessive(p)) {
                addTo(d, party(p));
                return;
            }
            // "proposed that Ukraine hold the next round": the subject of the proposed clause is to accept
            if (c.w(t.end()).equals("that") && t.form() == TriggerForm.VERB) {
                int k = c.w(t.end() + 1).equals("the") ? t.end() + 2 : t.end() + 1;
                ClauseTokens.Placed s = c.mentionAt(k);
                if (s != null && s.agentive() && !compound(s) && !c.possessive(s) && c.isVerb(s.end())) {
                    addTo(d, party(s));
                    coordinated(c, party(s), d, false);
                    return;
                }
            }
            ClauseTokens.Placed q = talksWith(c, t.end(), end);
            if (q == null) {
                q = offeredWith(c, t.end(), end);
            }
            if (q != null) {
                addTo(d, party(q));
            }
        }

        /** "a joint border commission with Azerbaijan": the counterpart after a noun and "with" in an offer. */
        ClauseTokens.Placed offeredWith(ClauseTokens c, int from, int end) {
            for (int k = from + 1; k < Math.min(end, from + 10); k++) {
                if (c.w(k).equals(",") || c.w(k).equals("if") || c.w(k).equals("that")) {
                    return null;
                }
                if (c.w(k).equals("with") && c.isNoun(k - 1) && !Set.of("along", "together", "cooperation",
                        "coordination", "partnership", "consultation").contains(c.w(k - 1))) {
                    ClauseTokens.Placed q = firstMention(c, k + 1, k + 3);
                    return q != null && q.agentive() && !compound(q) && !c.possessive(q) ? q : null;
                }
            }
            return null;
        }

        /** The counterpart of talks in tokens [from, end): "talks with the M23", "consultations with Armenia". */
        ClauseTokens.Placed talksWith(ClauseTokens c, int from, int end) {
            for (int j = from; j < end; j++) {
                String w = c.lemma(j);
                if (w.startsWith("talk") || w.startsWith("negotiat") || w.startsWith("dialog") || w.equals("peace")
                        || w.equals("meet") || w.equals("deal") || w.startsWith("consult")) {
                    for (int k = j + 1; k < Math.min(end, j + 4); k++) {
                        if (c.w(k).equals("with")) {
                            ClauseTokens.Placed q = firstMention(c, k + 1, k + 4);
                            if (q != null && q.agentive()) {
                                return q;
                            }
                        }
                    }
                }
            }
            return null;
        }

        /** "withdrawal of Eritrean troops": the country of a demonym before a force noun must act. */
        void demonymTo(ClauseTokens c, Draft d, int from, int end) {
            for (int j = from; j < end; j++) {
                Entity e = demonyms.get(c.w(j));
                if (e != null && c.mentionAt(j) == null
                        && (FORCE_NOUNS.contains(c.w(j + 1)) || FORCE_NOUNS.contains(c.w(j + 2)))) {
                    if (d.by == null || !e.key().equals(d.by.entity().key())
                            && !countriesOf(d.by).contains(e.key())) {
                        addTo(d, new Party(e, null, true));
                        return;
                    }
                }
            }
        }

        /** The country of a demonym followed by a force noun in tokens [from, to) ("Lebanese forces"), or null. */
        Entity demonymForce(ClauseTokens c, int from, int to) {
            for (int j = from; j < to; j++) {
                Entity e = demonyms.get(c.w(j));
                if (e != null && c.mentionAt(j) == null && FORCE_NOUNS.contains(c.w(j + 1))) {
                    return e;
                }
            }
            return null;
        }

        /** Adds the parties coordinated with p ("Amhara and Eritrea") as further addressees. */
        void coordinated(ClauseTokens c, Party p, Draft d, boolean leftward) {
            if (p.span() == null) {
                return;
            }
            int b = tokenOf(c, p.span().begin());
            int e = tokenOf(c, p.span().end() - 1) + 1;
            if (leftward) {
                int j = b - 1;
                while (j > 0 && (c.w(j).equals("and") || c.w(j).equals(",")) && c.mentionAt(j - 1) != null) {
                    ClauseTokens.Placed q = c.mentionAt(j - 1);
                    addTo(d, party(q));
                    j = q.begin() - 1;
                }
            } else {
                int j = e;
                while ((c.w(j).equals("and") || c.w(j).equals(",")) && c.mentionAt(j + 1) != null) {
                    ClauseTokens.Placed q = c.mentionAt(j + 1);
                    addTo(d, party(q));
                    j = q.end();
                }
            }
        }

        void addTo(Draft d, Party p) {
            if (p == null) {
                return;
            }
            if (d.by != null && d.by.entity().key().equals(p.entity().key())) {
                return;
            }
            for (Party b : d.alsoBy) {
                if (b.entity().key().equals(p.entity().key())) {
                    return;
                }
            }
            for (Party t : d.to) {
                if (t.entity().key().equals(p.entity().key())) {
                    return;
                }
            }
            d.to.add(p);
        }

        Party conditionSubject(ClauseTokens c, Condition cond, int si, Party speaker) {
            for (int j = cond.begin(); j < Math.min(cond.end(), cond.begin() + 10); j++) {
                ClauseTokens.Placed p = c.mentionAt(j);
                if (p != null && j >= cond.begin() + 5 && !(c.w(p.begin() - 1).equals("of")
                        || c.w(p.begin() - 1).equals("the") && c.w(p.begin() - 2).equals("of"))) {
                    return null;
                }
                if (p != null && p.agentive() && (c.w(p.begin() - 1).equals("of")
                        || c.w(p.begin() - 1).equals("the") && c.w(p.begin() - 2).equals("of"))
                        && !c.w(p.begin() - 2).equals("withdrawal") && !c.w(p.begin() - 3).equals("withdrawal")) {
                    // "once fighters and cadres of the PKK had left": the group whose members must act
                    return party(p);
                }
                if (p != null) {
                    return p.agentive() && !c.afterPreposition(p) || p.agentive() && c.possessive(p) ? party(p) : null;
                }
                if ((PRONOUNS_GROUP.contains(c.w(j)) || PRONOUNS_PERSON.contains(c.w(j))) && c.pos(j).startsWith("PRP")) {
                    return pronoun(c, j, si, speaker);
                }
                Entity forces = demonymForce(c, j, j + 1);
                if (forces != null) {
                    return new Party(forces, null, true);
                }
                if (c.isVerb(j)) {
                    return null;
                }
            }
            return null;
        }

        // ---------------------------------------------------------------- content

        /** REGION and ORGANIZATION arguments for the places and organizations named in tokens [from, to). */
        void contentArguments(ClauseTokens c, Draft d, int from, int to) {
            Set<String> excluded = new HashSet<>();
            if (d.by != null) {
                excluded.add(d.by.entity().key());
                excluded.addAll(countriesOf(d.by));
            }
            for (Party b : d.alsoBy) {
                excluded.add(b.entity().key());
            }
            for (Party t : d.to) {
                excluded.add(t.entity().key());
            }
            Set<String> seen = new HashSet<>();
            boolean withdrawal = false;
            for (int j = Math.max(0, from); j < Math.min(to, c.size()); j++) {
                withdrawal |= withdrawalWord(c, j);
            }
            for (ClauseTokens.Placed p : c.mentions) {
                if (p.begin() < from || p.end() > to) {
                    continue;
                }
                Entity e = p.entity();
                if (excluded.contains(e.key()) || seen.contains(e.key()) || listedParty(c, p) || followedByTitle(c, p)
                        || e.type() == EntityType.PERSON || compound(p) || actorMetonym(p) || steeredParty(c, p)) {
                    continue;
                }
                if (withdrawal && forceOwner(c, p)) {
                    // "the withdrawal of the fighters of the state of Amhara": whose forces must leave
                    if (d.kind == StatementKind.DEMAND && e.type() != EntityType.CITY) {
                        addTo(d, party(p));
                    }
                    continue;
                }
                if (Set.of("government", "administration", "authorities", "regime", "leadership")
                        .contains(c.w(p.begin() - 2)) && (c.w(p.begin() - 1).equals("in") || c.w(p.begin() - 1).equals("of"))) {
                    // "the Taliban government in Kabul take action", "attacking the government of Pakistan": the
                    // seat or the state of a government, a party rather than a place at issue
                    continue;
                }
                if (e.type() == EntityType.COUNTRY && Set.of("let", "allow", "allowing", "letting", "help", "helping")
                        .contains(c.w(p.begin() - 1))) {
                    // "an offer to let Ethiopia use the port": the one let or helped is a party, not a place
                    if (d.kind != StatementKind.REJECTION && d.to.isEmpty()) {
                        addTo(d, party(p));
                    }
                    continue;
                }
                if (c.possessive(p) && bodyAfter(c, p)) {
                    // "approved by Greenland's own parliament": a party's body, not a place at issue
                    continue;
                }
                if (c.possessive(p) && e.type() == EntityType.COUNTRY && !ownsPlace(c, p)) {
                    // "Iran's nuclear installations would be dismantled": the owner is a party, not a place
                    if (d.kind == StatementKind.DEMAND && d.to.isEmpty()) {
                        addTo(d, party(p));
                    }
                    continue;
                }
                if (holdsPlaceBefore(c, p)) {
                    // "the Essequibo region of Guyana": the country holding the place at issue is the party to answer
                    if (d.kind == StatementKind.DEMAND && d.to.isEmpty()) {
                        addTo(d, party(p));
                    }
                    continue;
                }
                if (ownsPlace(c, p)) {
                    // "Russia's Kursk region": the owner locates the place at issue; it is the party to answer
                    if (d.kind != StatementKind.REJECTION && d.to.isEmpty() && e.type() == EntityType.COUNTRY) {
                        addTo(d, party(p));
                    }
                    continue;
                }
                seen.add(e.key());
                ArgumentRole role = e.type() == EntityType.ORGANIZATION ? ArgumentRole.ORGANIZATION : ArgumentRole.REGION;
                d.extra.add(new Argument(role, e, p.mention().span(), false, CONTENT));
            }
            List<String> words = new ArrayList<>(c.words(from, to));
            for (int j = Math.max(0, from); j < Math.min(to, c.size()); j++) {
                words.add(c.lemma(j));
            }
            d.action = d.action != null ? d.action : ProposalActions.actionOf(words);
            for (Entity e : annexed(words)) {
                if (seen.add(e.key()) && !excluded.contains(e.key())) {
                    d.extra.add(new Argument(ArgumentRole.REGION, e, null, true, IMPLIED));
                }
            }
        }

        /** A name inside a compound modifier ("Rwanda-backed", "US-led"): never a role of its own. */
        boolean compound(ClauseTokens.Placed p) {
            if (p.mention().kind() == MentionKind.COMPOUND) {
                return true;
            }
            int e = p.mention().span().end();
            return e + 1 < body.length() && body.charAt(e) == '-' && Character.isLetter(body.charAt(e + 1));
        }

        /** A capital or building standing for a government ("provoking Beijing"): an actor, not a place. */
        boolean actorMetonym(ClauseTokens.Placed p) {
            return p.mention().kind() == MentionKind.METONYM && p.entity().type() == EntityType.COUNTRY;
        }

        /**
         * "to make Israel stick to the timetable", "hold Ethiopia to the deal": a country right after a verb that
         * steers another party's conduct is a party acted upon, not a place at issue.
         */
        boolean steeredParty(ClauseTokens c, ClauseTokens.Placed p) {
            if (p.entity().type() != EntityType.COUNTRY || p.mention().kind() == MentionKind.METONYM) {
                return false;
            }
            int i = p.begin() - 1;
            if (i >= 0 && c.w(i).equals("the")) {
                i--;
            }
            return i >= 0 && c.pos(i).startsWith("VB") && STEERING_VERBS.contains(c.lemma(i).toLowerCase(Locale.ROOT));
        }

        /** "Armenia's Syunik province": a possessive name followed closely by a region or city it contains. */
        boolean ownsPlace(ClauseTokens c, ClauseTokens.Placed p) {
            if (!c.possessive(p)) {
                return false;
            }
            int k = c.w(p.end()).equals("'s") || c.w(p.end()).equals("'") ? p.end() + 1 : p.end();
            for (int j = k; j < Math.min(c.size(), k + 3); j++) {
                ClauseTokens.Placed q = c.mentionAt(j);
                if (q != null && q != p) {
                    return q.entity().type() == EntityType.REGION || q.entity().type() == EntityType.CITY;
                }
                if (c.isVerb(j) || !Character.isLetterOrDigit(c.w(j).isEmpty() ? ' ' : c.w(j).charAt(0))) {
                    return false;
                }
            }
            return false;
        }

        /**
         * "Amhara forces", "Eritrea's troops", "the fighters of the neighbouring state of Amhara", "forces from
         * Amhara (must leave Tigray)": the owner of armed forces. "The withdrawal of forces from Kherson" names the
         * place left, unless a second "from"/"out" follows ("forces from Amhara from Western Tigray").
         */
        boolean forceOwner(ClauseTokens c, ClauseTokens.Placed p) {
            int k = c.w(p.end()).equals("'s") || c.w(p.end()).equals("'") ? p.end() + 1 : p.end();
            if (ARMED_NOUNS.contains(c.w(k))) {
                return true;
            }
            for (int j = p.begin() - 1; j >= Math.max(1, p.begin() - 9); j--) {
                String w = c.w(j);
                if ((w.equals("of") || w.equals("from")) && ARMED_NOUNS.contains(c.w(j - 1))) {
                    return w.equals("of") || !withdrawnBefore(c, j - 1)
                            || c.find(p.end(), c.size(), Set.of("from", "out")) >= 0;
                }
                boolean filler = w.equals("the") || w.equals("of") || w.equals("and") || w.equals(",")
                        || c.pos(j).startsWith("JJ") || TERRITORY_NOUNS.contains(w) || demonyms.containsKey(w)
                        || c.mentionAt(j) != null;
                if (!filler) {
                    return false;
                }
            }
            return false;
        }

        /** "Greenland's own parliament", "Russia's government": a possessive name followed by a body noun. */
        boolean bodyAfter(ClauseTokens c, ClauseTokens.Placed p) {
            int k = c.w(p.end()).equals("'s") || c.w(p.end()).equals("'") ? p.end() + 1 : p.end();
            while (k < c.size() && (c.w(k).equals("own") || c.pos(k).startsWith("JJ"))) {
                k++;
            }
            return BODY_HEADS.contains(c.w(k));
        }

        /** A withdrawal word among the four tokens before a force noun at i ("the withdrawal of all forces"). */
        boolean withdrawnBefore(ClauseTokens c, int i) {
            for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
                if (withdrawalWord(c, j)) {
                    return true;
                }
            }
            return false;
        }

        /** "withdrawal", "pulled", "leave": a word of forces leaving, as written or by lemma. */
        private static boolean withdrawalWord(ClauseTokens c, int j) {
            return WITHDRAWAL_WORDS.contains(c.w(j)) || WITHDRAWAL_WORDS.contains(c.lemma(j));
        }

        /** "the Essequibo region of Guyana": a country after "of" that holds the region or city just named. */
        boolean holdsPlaceBefore(ClauseTokens c, ClauseTokens.Placed p) {
            if (p.entity().type() != EntityType.COUNTRY || p.begin() < 2 || !c.w(p.begin() - 1).equals("of")) {
                return false;
            }
            int j = TERRITORY_NOUNS.contains(c.w(p.begin() - 2)) ? p.begin() - 3 : p.begin() - 2;
            ClauseTokens.Placed q = j >= 0 ? c.mentionAt(j) : null;
            return q != null && (q.entity().type() == EntityType.REGION || q.entity().type() == EntityType.CITY);
        }

        /** "a ceasefire between Russia and Ukraine": parties merely listed after "between". */
        boolean listedParty(ClauseTokens c, ClauseTokens.Placed p) {
            // "the war in Ukraine": where the conflict is, not a place at issue
            if (c.w(p.begin() - 1).equals("in") && CONFLICT_NOUNS.contains(c.w(p.begin() - 2))) {
                return true;
            }
            for (int j = p.begin() - 1; j >= Math.max(0, p.begin() - 6); j--) {
                if (c.w(j).equals("between")) {
                    return true;
                }
                if (!(c.w(j).equals("and") || c.w(j).equals(",") || c.w(j).equals("the") || c.mentionAt(j) != null)) {
                    return false;
                }
            }
            return false;
        }

        /** "the four regions annexed by Moscow in 2022": the catalog group, when exactly one fits. */
        List<Entity> annexed(List<String> words) {
            if (annexGroups.isEmpty()) {
                return List.of();
            }
            int annex = -1;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).startsWith("annex")) {
                    annex = i;
                    break;
                }
            }
            if (annex < 0) {
                return List.of();
            }
            boolean regions = false;
            String count = null;
            String year = null;
            for (int i = Math.max(0, annex - 4); i < Math.min(words.size(), annex + 8); i++) {
                String w = words.get(i);
                if (Set.of("regions", "oblasts", "territories", "provinces", "areas").contains(w)) {
                    regions = true;
                }
                if (NUMBERS.containsKey(w)) {
                    count = w;
                }
                if (w.matches("(19|20)\\d\\d")) {
                    year = w;
                }
            }
            if (!regions) {
                return List.of();
            }
            List<List<Entity>> fits = new ArrayList<>();
            for (Map.Entry<String, List<Entity>> g : annexGroups.entrySet()) {
                if (year != null && !g.getKey().contains(year)) {
                    continue;
                }
                if (count != null && NUMBERS.get(count) != g.getValue().size()) {
                    continue;
                }
                fits.add(g.getValue());
            }
            return fits.size() == 1 && (count != null || year != null) ? fits.get(0) : List.of();
        }

        Set<String> countriesOf(Party p) {
            Set<String> titled = titledCountries.get(p.entity().key());
            Set<String> known = personCountries.getOrDefault(p.entity().key(), Set.of());
            if (titled == null) {
                return known;
            }
            Set<String> all = new HashSet<>(known);
            all.addAll(titled);
            return all;
        }

        void finish(ClauseTokens c, int si, Draft d, Attribution att) {
            int t = Math.min(d.triggerIndex, c.size() - 1);
            // "Peskov said Russia would agree to ...", "Oman was ready to ..., he added": a person reporting their own
            // side's stance makes the statement (not "Beijing's call ..., Xi said": a noun's owner stays); an
            // official whose state the article does not name ("Prime Minister X said Thailand will ...") speaks for
            // the state they report on
            if (d.by != null && att != null && att.speaker() != null && !c.quoted(t) && !c.isNoun(t)
                    && att.speaker().entity().type() == EntityType.PERSON
                    && (countriesOf(att.speaker()).contains(d.by.entity().key())
                    || countriesOf(att.speaker()).isEmpty() && officials.contains(att.speaker().entity().key())
                    && d.by.entity().type() == EntityType.COUNTRY)) {
                d.by = att.speaker();
                d.alsoBy.clear();
            }
            if (d.kind != StatementKind.REJECTION && TriggerFinder.negatedBefore(c, t, 3)
                    && !d.cue.toLowerCase(Locale.ROOT).startsWith("not")
                    && !PRECONDITION_MARKERS.contains(d.cue.toLowerCase(Locale.ROOT))) {
                d.flags.add(StatementFlag.NEGATED);
            }
            for (int j = Math.max(0, t - 3); j < t; j++) {
                if (FUTURE.contains(c.w(j)) || c.w(j).equals("going") && c.w(j + 1).equals("to")) {
                    d.flags.add(StatementFlag.FUTURE);
                }
                if (HEDGES.contains(c.w(j))) {
                    d.flags.add(StatementFlag.HYPOTHETICAL);
                }
            }
            if (att != null && att.reported()) {
                d.flags.add(StatementFlag.REPORTED);
            }
            for (int j = 0; j < c.size(); j++) {
                if (!c.quoted(j) && REPORTED_CUES.contains(c.w(j))) {
                    d.flags.add(StatementFlag.REPORTED);
                }
            }
            List<String> outside = new ArrayList<>();
            for (int j = 0; j < c.size(); j++) {
                if (!c.quoted(j)) {
                    outside.add(c.w(j));
                }
            }
            d.date = StatementDates.resolve(article.published(), outside);
            if (d.by == null) {
                d.confidence -= 0.2;
            }
        }

        // ---------------------------------------------------------------- attribution and quotes

        Attribution attribution(ClauseTokens c, int si) {
            for (int i = 0; i < c.size(); i++) {
                if (c.quoted(i)) {
                    continue;
                }
                String w = c.w(i);
                if (w.equals("according") && c.w(i + 1).equals("to")) {
                    ClauseTokens.Placed p = firstMention(c, i + 2, i + 5);
                    if (p != null && p.agentive()) {
                        return new Attribution(party(p), i, i, true);
                    }
                    return new Attribution(null, i, i, true);
                }
                boolean thatReport = THAT_REPORTING.contains(w) && c.w(i + 1).equals("that") && c.isVerb(i);
                if (!thatReport && (!SAID_FORMS.contains(w) || !(c.isVerb(i) || c.pos(i).isEmpty()))) {
                    continue;
                }
                if (reportInBackground(c, i)) {
                    continue;
                }
                String before = c.w(i - 1);
                if (before.equals(",") || QUOTE_CHARS.contains(before)) {
                    // ", said Putin" / ", she said"
                    ClauseTokens.Placed p = firstMention(c, i + 1, i + 4);
                    // ", said Putin." names the speaker; ", said Lai must ..." opens reported speech about Lai
                    if (p != null && p.agentive() && !c.isVerb(p.end()) && !c.w(p.end()).equals("'s")) {
                        return new Attribution(party(p), i, i, false);
                    }
                    if (c.pos(i + 1).equals("PRP")) {
                        return new Attribution(pronoun(c, i + 1, si, null), i, i, false);
                    }
                }
                Party p = subjectBefore(c, i, si, null);
                if (p != null) {
                    int start = p.span() != null ? Math.min(i, tokenOf(c, p.span().begin())) : i;
                    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                        if (c.pos(k).equals("PRP") || PERSON_DESCRIPTIONS.contains(c.w(k))) {
                            start = Math.min(start, k);
                        }
                    }
                    int s = start;
                    while (s > 0 && (c.w(s - 1).equals("the") || c.pos(s - 1).startsWith("JJ")
                            || TITLES.contains(c.w(s - 1)) || c.pos(s - 1).equals("NNP") || c.w(s - 1).equals("a"))) {
                        s--;
                    }
                    return new Attribution(p, s, i, false);
                }
            }
            return null;
        }

        /**
         * ", where aid agencies say ...": a report inside a background or relative clause after a comma; it
         * attributes that clause only, not the sentence.
         */
        boolean reportInBackground(ClauseTokens c, int i) {
            for (int k = i - 1; k >= Math.max(1, i - 8); k--) {
                if (QUOTE_CHARS.contains(c.w(k))) {
                    return false;
                }
                if (c.w(k).equals(",")) {
                    return k + 1 < i && REPORT_CLAUSE_OPENERS.contains(c.w(k + 1));
                }
            }
            return false;
        }

        /** The speaker of a quote without attribution: where the quote ends, else the paragraph's last speaker. */
        Party quoteSpeaker(int si) {
            Sentence s = analysis.sentences().get(si);
            for (CharSpan q : quotes) {
                if (q.overlaps(s.span()) && q.end() > s.span().end()) {
                    for (int k = si + 1; k < Math.min(analysis.sentences().size(), si + 5); k++) {
                        Sentence n = analysis.sentences().get(k);
                        if (n.span().begin() >= q.end() + 2) {
                            break;
                        }
                        Attribution a = attribution(clauses.get(k), k);
                        if (a != null && a.speaker() != null) {
                            return a.speaker();
                        }
                    }
                }
            }
            for (int k = si - 1; k >= 0; k--) {
                if (paragraph[k] != paragraph[si] && k < si - 1) {
                    break;
                }
                Party p = speakerOf.get(k);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }

        int clauseEnd(ClauseTokens c, int from, Attribution att) {
            int end = c.size();
            if (att != null && att.start() >= from) {
                end = att.start();
            }
            int last = c.size() - 1;
            while (last > from && Set.of(".", "!", "\"", "”").contains(c.w(last))) {
                last--;
            }
            if (SAID_FORMS.contains(c.w(last)) || c.w(last).equals("reported")) {
                for (int j = last - 1; j > from && j >= last - 6; j--) {
                    if (c.w(j).equals(",")) {
                        end = Math.min(end, j);
                        break;
                    }
                }
            }
            for (int j = from; j < end; j++) {
                if (c.w(j).equals(";")) {
                    end = j;
                    break;
                }
            }
            end = Math.min(end, unnamedAttribution(c, from, end));
            for (int j = from + 1; j < end; j++) {
                if (c.w(j).equals(",") && c.quoted(j) == c.quoted(from) && trailingBackground(c, j + 1)) {
                    end = j;
                    break;
                }
            }
            while (end > from && (QUOTE_CHARS.contains(c.w(end - 1)) || Set.of(",", ".", "!", "?", "'", "--", "—")
                    .contains(c.w(end - 1)))) {
                end--;
            }
            return end;
        }

        /**
         * ", Iranian officials said on Sunday, a day after talks in Muscat": an attribution to unnamed speakers
         * closes the content; the index of its comma in [from, end), else end.
         */
        int unnamedAttribution(ClauseTokens c, int from, int end) {
            for (int j = from + 1; j < end; j++) {
                if (!c.w(j).equals(",") || c.quoted(j) != c.quoted(from)) {
                    continue;
                }
                for (int k = j + 1; k < Math.min(c.size(), j + 6); k++) {
                    if (SAID_FORMS.contains(c.w(k)) && c.isVerb(k) && k > j + 1) {
                        return j;
                    }
                    if (!(c.pos(k).startsWith("JJ") || c.isNoun(k) || c.pos(k).equals("DT") || c.mentionAt(k) != null
                            || demonyms.containsKey(c.w(k)))) {
                        break;
                    }
                }
            }
            return end;
        }

        /**
         * A comma-led phrase at i that is not part of the content: background ("as talks resumed", "six months
         * after ..."), the speaker's occasion ("in his first speech ..."), or a restatement ("a request ...").
         */
        boolean trailingBackground(ClauseTokens c, int i) {
            String w = c.w(i);
            if (BACKGROUND_OPENERS.contains(w) && !(w.equals("as") && c.w(i + 1).equals("well"))) {
                return true;
            }
            // "six months after ...", "a day after ...", "hours before ..."
            boolean amount = c.pos(i).equals("CD") || w.equals("a") || w.equals("an") || w.equals("hours")
                    || w.equals("days") || w.equals("weeks");
            int unit = Set.of("hours", "days", "weeks").contains(w) ? i : i + 1;
            if (amount && Set.of("hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years")
                    .contains(c.w(unit)) && Set.of("after", "before", "since").contains(c.w(unit + 1))) {
                return true;
            }
            if ((w.equals("a") || w.equals("an")) && ECHO_NOUNS.contains(c.w(i + 1))) {
                return true;
            }
            return w.equals("in") && Set.of("his", "her", "its", "their", "a", "an").contains(c.w(i + 1))
                    && (OCCASIONS.contains(c.w(i + 2)) || OCCASIONS.contains(c.w(i + 3))
                    || OCCASIONS.contains(c.w(i + 4)));
        }

        Condition conditional(ClauseTokens c) {
            for (int i = 0; i < c.size(); i++) {
                String w = c.w(i);
                int len = 0;
                if (w.equals("if") || w.equals("unless")) {
                    len = 1;
                } else if (w.equals("once") && !c.w(i + 1).equals("again") && !c.w(i + 1).equals("more")
                        && !c.w(i - 1).equals("at") && (c.pos(i).equals("IN") || c.mentionAt(i + 1) != null
                        || Set.of("PRP", "DT", "PRP$", "JJ", "NN", "NNS", "NNP", "CD").contains(c.pos(i + 1)))) {
                    // "once Armenia had withdrawn": the tagger may call the conjunction an adverb
                    len = 1;
                } else if (w.equals("as") && c.w(i + 1).equals("soon") && c.w(i + 2).equals("as")
                        || w.equals("as") && c.w(i + 1).equals("long") && c.w(i + 2).equals("as")) {
                    len = 3;
                } else if ((w.equals("provided") || w.equals("providing")) && c.w(i + 1).equals("that")) {
                    len = 2;
                } else if ((w.equals("provided") || w.equals("providing")) && bareConditionAfter(c, i)) {
                    // "would observe a ceasefire provided the army did the same"
                    len = 1;
                } else if (w.equals("on") && c.w(i + 1).equals("condition") && c.w(i + 2).equals("that")) {
                    len = 3;
                } else if (w.equals("on") && c.w(i + 1).equals("the") && c.w(i + 2).equals("condition")
                        && c.w(i + 3).equals("that")) {
                    len = 4;
                } else if ((w.equals("in") && (c.w(i + 1).equals("exchange") || c.w(i + 1).equals("return"))
                        && c.w(i + 2).equals("for"))) {
                    len = 3;
                } else if (w.equals("only") && (c.w(i + 1).equals("when") || c.w(i + 1).equals("if")
                        || c.w(i + 1).equals("after"))) {
                    len = 2;
                }
                if (len == 0) {
                    continue;
                }
                int b = i + len;
                boolean fronted = i == 0 || c.w(i - 1).equals(",") || QUOTE_CHARS.contains(c.w(i - 1))
                        || c.w(i - 1).equals("but") || c.w(i - 1).equals("and") || c.w(i - 1).equals("that");
                int e = b;
                if (fronted) {
                    while (e < c.size() && !c.w(e).equals(",") && !c.w(e).equals(";")) {
                        e++;
                    }
                } else {
                    e = c.size();
                    for (int j = b; j < c.size(); j++) {
                        if (c.w(j).equals(";") || c.w(j).equals(",") && QUOTE_CHARS.contains(c.w(j + 1))
                                || c.w(j).equals(",") && (c.w(j + 1).equals("a") || c.w(j + 1).equals("an"))
                                && ECHO_NOUNS.contains(c.w(j + 2))
                                || QUOTE_CHARS.contains(c.w(j)) && c.quoted(j) != c.quoted(b)) {
                            e = j;
                            break;
                        }
                    }
                    while (e > b && Set.of(".", ",", "!").contains(c.w(e - 1))) {
                        e--;
                    }
                }
                return new Condition(i, b, e);
            }
            return null;
        }

        /**
         * "provided the army did the same", "provided they withdraw": a subject then a finite verb right after i,
         * with no preposition between ("provided Ukraine with missiles" is no condition).
         */
        boolean bareConditionAfter(ClauseTokens c, int i) {
            if (c.pos(i - 1).startsWith("VB") || BE.contains(c.w(i - 1)) || Set.of("has", "have", "had").contains(c.w(i - 1))) {
                return false;
            }
            for (int j = i + 1; j < Math.min(c.size(), i + 5); j++) {
                if (c.isFinite(j)) {
                    return j > i + 1;
                }
                if (PREPOSITIONS.contains(c.w(j)) || c.w(j).equals(",") || c.w(j).equals(".")) {
                    return false;
                }
            }
            return false;
        }

        Party party(ClauseTokens.Placed p) {
            return new Party(p.entity(), p.mention().span(), false);
        }

        int tokenOf(ClauseTokens c, int offset) {
            for (int i = 0; i < c.size(); i++) {
                CharSpan s = c.tokens.get(i).span();
                if (s.begin() <= offset && offset < s.end()) {
                    return i;
                }
            }
            return 0;
        }
    }

    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "2", 2, "3", 3, "4", 4, "5", 5);

    /** Verbs whose object is a party made, kept or helped to act: "make", "hold ... to", "stop", "press". */
    private static final Set<String> STEERING_VERBS = Set.of("make", "hold", "stop", "force", "compel", "oblige",
            "persuade", "convince", "pressure", "press", "push", "urge", "help", "prevent", "deter", "encourage");
    /** Words opening a clause whose own report ("where officials say") is not the sentence's attribution. */
    private static final Set<String> REPORT_CLAUSE_OPENERS = Set.of("where", "whereas", "which", "who");
    private static final Set<String> CONFLICT_NOUNS = Set.of("war", "conflict", "fighting", "crisis", "invasion",
            "aggression", "bloodshed", "hostilities");

    private static final Set<String> THREATS = Set.of("strike", "attack", "respond", "retaliate", "fight", "destroy",
            "see", "remain", "suffer", "pay", "face", "punish", "hit", "continue");

    /** Quoted character ranges of a text: “...” and "...", closed at the end of a paragraph. */
    static List<CharSpan> quoteRanges(String text) {
        List<CharSpan> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '“' || ch == '«') {
                if (open < 0) {
                    open = i;
                }
            } else if (ch == '”' || ch == '»') {
                if (open >= 0) {
                    out.add(new CharSpan(open, i + 1));
                    open = -1;
                }
            } else if (ch == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    out.add(new CharSpan(open, i + 1));
                    open = -1;
                }
            } else if (ch == '\n' && open >= 0) {
                out.add(new CharSpan(open, i));
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new CharSpan(open, text.length()));
        }
        return out;
    }
}
