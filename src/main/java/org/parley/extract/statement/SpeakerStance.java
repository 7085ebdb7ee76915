package org.parley.extract.statement;

import java.util.List;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The speaker who reports a party's stance ({@code maker.speaker-stance}): "Putin said Russia is ready to" is Putin's
 * statement, while a past act the speaker reports ("Umerov said Ukraine had proposed") stays its subject's, and so
 * does the stance of another state a state reports ("Moscow said Kyiv would be ready").
 */
final class SpeakerStance {

    private static final WordList TITLES = Lexicon.bundled().list("titles");
    private static final WordList HONORIFICS = Lexicon.bundled().list("honorifics");

    private SpeakerStance() {
    }

    /**
     * "Putin said Russia is ready to", "Sefcovic insisted the EU will not move", "She said Taiwan was willing to": a
     * stance (a modal, the present, a predicate adjective) reported by a party is that speaker's statement; a past act
     * ("Umerov said Ukraine had proposed", "the ministry said Turkey had demanded") stays its subject's, the party the
     * text names as acting, even when the speaker serves it.
     */
    static List<Party> maker(Site x) {
        if (!MakerRules.verbal(x) || MakerRules.modal(x)) {
            return null;
        }
        int verb = Clauses.verb(x.s(), x.head());
        int reporter = Clauses.reporter(x.s(), copulaOfAttribute(x.s(), verb));
        int subject = reporter < 0 ? -1 : StrandedReporters.subject(x.s(), reporter);
        List<Party> speaker = subject < 0 ? null : MakerRules.found(x, subject, "maker.speaker-stance");
        if (speaker != null && yields(x.s(), Clauses.subject(x.s(), verb), speaker)) {
            return null;
        }
        if (speaker == null || Clauses.stance(x.s(), verb, x.head()) || deniedAttribute(x.s(), verb)) {
            return speaker;
        }
        int owner = subjectOwner(x.s(), verb);
        return owner >= 0 && Clauses.stance(x.s(), owner, owner)
                ? MakerRules.found(x, subject, "maker.speaker-stance-controlled") : null;
    }

    /**
     * "was not something the front would entertain": the copula whose attribute a relative clause with the trigger
     * verb describes, whose clause is the one a speaker reports; else the verb itself.
     */
    private static int copulaOfAttribute(SentenceView s, int verb) {
        int attribute = s.relation(verb).equals("relcl") ? s.head(verb) : -1;
        int copula = attribute >= 0 && s.relation(attribute).equals("attr") ? s.head(attribute) : -1;
        return copula >= 0 && s.lemma(copula).equals("be") ? copula : verb;
    }

    /**
     * "Disarmament, she added, was not something the front had ever agreed to discuss": a denied copula whose
     * attribute the trigger's relative clause describes is the speaker's judgement, whatever the tense of that clause.
     */
    private static boolean deniedAttribute(SentenceView s, int verb) {
        int copula = copulaOfAttribute(s, verb);
        return copula != verb && s.children(copula, "neg").size() > 0;
    }

    /**
     * "Ruiz said Lima would keep urging Chile to ...", "Ruiz said Lima supported a truce and urged ...": a trigger
     * verb with no subject of its own (controlled or coordinated) states the stance of the verb that gives it its
     * subject, so that verb's modal, present or stative past makes it the speaker's; -1 when the trigger verb has a
     * subject of its own or takes none from a verb of its clause.
     */
    private static int subjectOwner(SentenceView s, int verb) {
        if (Clauses.subject(s, verb) >= 0) {
            return -1;
        }
        int subject = InheritedSubjects.of(s, verb);
        return subject >= 0 && s.relation(subject).equals("nsubj") && s.head(subject) != verb ? s.head(subject) : -1;
    }

    /**
     * Whether the speakers leave the stance to the party named at {@code actor} (the subject of the clause they
     * report, or another party it names as acting): "officials in Brussels said the EU still expected" is the EU's,
     * not Belgium's; "Moscow said Kyiv would be ready to sign" is Ukraine's readiness, not Russia's; "a government
     * spokesman said President Ana Ruiz was ready to" is Ruiz's.
     */
    static boolean yields(SentenceView s, int actor, List<Party> speakers) {
        return seatOnly(speakers) && namedOther(s, actor, speakers.get(0)) || otherState(s, actor, speakers)
                || titledPerson(s, actor, speakers);
    }

    /**
     * Whether the token at {@code actor} names, under a title or an honorific written before the name ("President Ana
     * Ruiz", "Mr. Ruiz"), a person who is none of the speakers: the team's gold credits the leader the speaker names
     * with the stance, not the speaker or the speaker's state.
     */
    private static boolean titledPerson(SentenceView s, int actor, List<Party> speakers) {
        SentenceView.Placed m = actor < 0 ? null : s.mentionAt(actor);
        if (m == null || !m.agentive() || m.type() != EntityType.PERSON
                || speakers.stream().anyMatch(p -> p.entity().equals(m.entity()))) {
            return false;
        }
        for (int c : s.children(actor, "compound")) {
            String lemma = s.lemma(c);
            String w = lemma.endsWith(".") ? lemma.substring(0, lemma.length() - 1) : lemma;
            if (c < actor && (TITLES.contains(w) || HONORIFICS.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the speakers were found only as the state of the place they speak in ("officials in Brussels"). */
    private static boolean seatOnly(List<Party> speakers) {
        return speakers.stream().allMatch(p -> p.rule().id().endsWith("-seat"));
    }

    /** Whether the token at {@code actor} names a party other than {@code speaker}. */
    private static boolean namedOther(SentenceView s, int actor, Party speaker) {
        SentenceView.Placed m = actor < 0 ? null : s.mentionAt(actor);
        return m != null && m.agentive() && !m.entity().equals(speaker.entity());
    }

    /**
     * Whether every speaker is a state ("Moscow", "the Turkish president" read as Turkey) and the token at
     * {@code actor} names another state. A person or a body that speaks keeps the stance: the team's gold credits
     * spokespersons, ministries and offices with their own state's stance even where its capital names it.
     */
    private static boolean otherState(SentenceView s, int actor, List<Party> speakers) {
        SentenceView.Placed m = actor < 0 ? null : s.mentionAt(actor);
        if (m == null || !m.agentive() || m.type() != EntityType.COUNTRY) {
            return false;
        }
        for (Party p : speakers) {
            Entity side = p.entity();
            if (side.type() != EntityType.COUNTRY || side.equals(m.entity())) {
                return false;
            }
        }
        return true;
    }
}
