package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.Entity;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.core.StatementLink;

/**
 * Settles the frames of one sentence:
 * <ul>
 *   <li>frames that say nothing are dropped: a trigger with no maker and nothing named in its content ("the plan",
 *       "as resolutions demand"), an obligation nobody states of anybody ("the bridge should reopen"), a label nobody
 *       gives, a proposal noun in a remark appended after a comma (", a request X has declined": it refers back to
 *       what was said); a verb whose subject describes people no party names ("officials demanded a vote") is kept,
 *       with no maker;</li>
 *   <li>terms set out after a colon ("Hamas set out its conditions: Israel must ...") are the statement of whoever
 *       set out the noun before it; a verb coordinated with another trigger verb of the same maker and naming no
 *       addressee of its own takes that verb's ("rejected Egypt's proposal and demanded a withdrawal");</li>
 *   <li>one statement per kind and maker: two triggers of the same statement ("called for a truce and demanded
 *       talks") are merged;</li>
 *   <li>each rejection is linked to what it answers: a proposal or demand named inside its content, else one stated
 *       earlier in the sentence, else the latest earlier statement of a party not on its own side (not the same
 *       party, nor a person the article or the catalog puts on the rejecter's state's side) when the rejection points
 *       back to something said ({@link BackReferences}: "rejected it", "dismissed the idea"). A rejection that names
 *       no addressee takes the maker of what it answers; what it answers keeps only the addressees its own words
 *       name (giving it the rejecter was wrong 7 times in 8 on the development sets: a proposal a party rejects was
 *       seldom made to it alone).</li>
 * </ul>
 */
final class SentenceFrames {

    private static final RuleId ANSWERS_CONTENT = RuleId.of("link.answers.content");
    private static final RuleId ANSWERS_SENTENCE = RuleId.of("link.answers.same-sentence");
    private static final RuleId ANSWERS_ADDRESSEE = RuleId.of("link.answers.addressee");
    private static final RuleId ANSWERS_LATEST = RuleId.of("link.answers.latest");
    private static final RuleId ANSWERED_MAKER = RuleId.of("addressee.answered-maker");
    private static final RuleId COLON_TERMS = RuleId.of("maker.terms-after-colon");
    private static final RuleId CONJUNCT = RuleId.of("addressee.conjunct");

    private SentenceFrames() {
    }

    static List<Frame> settle(SentenceView s, List<Frame> frames, Discourse discourse, ArticleContext context) {
        List<Frame> kept = new ArrayList<>();
        for (Frame f : termsAfterColon(s, frames)) {
            if (!empty(s, f)) {
                kept.add(f);
            }
        }
        List<Frame> merged = merge(sharedAddressees(s, kept));
        List<Frame> out = new ArrayList<>();
        for (Frame f : merged) {
            out.add(f.kind() == StatementKind.REJECTION ? link(s, f, merged, discourse, context) : f);
        }
        return out;
    }

    /** A frame that states nothing a reader could use. */
    private static boolean empty(SentenceView s, Frame f) {
        boolean noMaker = f.maker() == null;
        boolean nothingNamed = f.places().isEmpty() && f.orgs().isEmpty() && f.implied().isEmpty();
        if (noMaker && (s.isNoun(f.head()) || f.addressees().isEmpty()) && nothingNamed && !describedMaker(s, f)) {
            return true; // "the plan", "as resolutions demand": nobody states anything of anybody
        }
        if (noMaker && f.addressees().isEmpty() && f.rule().id().startsWith("statement.demand.obligation")) {
            return true;
        }
        if (noMaker && Clauses.appendedRemark(s, f.head())) {
            return true; // "..., a request Kosovo has declined": the noun refers back to what was said
        }
        return noMaker && f.rule().id().equals("statement.rejection.label");
    }

    /** "officials demanded", "the delegates rejected": a verb whose subject describes people the text does not name. */
    private static boolean describedMaker(SentenceView s, Frame f) {
        if (s.isNoun(f.head()) || f.rule().id().startsWith("statement.demand.obligation")) {
            return false;
        }
        int subject = s.child(Clauses.verb(s, f.head()), "nsubj");
        return subject >= 0 && s.mentionAt(subject) == null && Parties.people(s, subject);
    }

    /**
     * "Hamas set out its conditions: Israel must pull out": a frame with no maker after a colon takes the maker of a
     * nominal trigger of its kind before the colon (the two are then merged as one statement).
     */
    private static List<Frame> termsAfterColon(SentenceView s, List<Frame> frames) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            Frame set = null;
            for (Frame n : frames) {
                boolean before = n.head() < f.head() && s.isNoun(n.head()) && n.kind() == f.kind() && n.maker() != null;
                if (f.maker() == null && before && colonBetween(s, n.head(), f.head())) {
                    set = n;
                }
            }
            out.add(set == null ? f : f.withMakers(List.of(set.maker().by(COLON_TERMS))));
        }
        return out;
    }

    private static boolean colonBetween(SentenceView s, int from, int to) {
        int colons = 0;
        for (int i = from + 1; i < to; i++) {
            colons += s.word(i).equals(":") ? 1 : 0;
        }
        return colons == 1;
    }

    /**
     * "Hezbollah rejected an Israeli proposal and demanded a withdrawal": a trigger verb coordinated with another
     * of the same maker, with no addressee of its own, takes the other's; that party is then no place of it.
     */
    private static List<Frame> sharedAddressees(SentenceView s, List<Frame> frames) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            Frame first = null;
            for (Frame g : frames) {
                boolean coordinated = s.relation(f.head()).equals("conj") && s.head(f.head()) == g.head()
                        && s.isVerb(f.head()) && s.isVerb(g.head());
                if (coordinated && f.addressees().isEmpty() && !g.addressees().isEmpty() && f.maker() != null
                        && f.maker().same(g.maker())) {
                    first = g;
                }
            }
            if (first == null) {
                out.add(f);
                continue;
            }
            List<Party> to = first.addressees().stream().map(p -> p.by(CONJUNCT)).toList();
            List<Party> places = f.places().stream().filter(p -> to.stream().noneMatch(p::same)).toList();
            List<Party> orgs = f.orgs().stream().filter(p -> to.stream().noneMatch(p::same)).toList();
            out.add(f.withAddressees(to).withNamed(places, orgs, f.implied()));
        }
        return out;
    }

    private static List<Frame> merge(List<Frame> frames) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                Frame o = out.get(i);
                if (o.kind() == f.kind() && o.maker() != null && o.maker().same(f.maker()) && o.links().isEmpty()
                        && f.links().isEmpty()) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(f);
            } else {
                out.set(same, union(out.get(same), f));
            }
        }
        return out;
    }

    /** The first frame with what the second adds: addressees, content, places and organizations. */
    private static Frame union(Frame a, Frame b) {
        List<Party> to = new ArrayList<>(a.addressees());
        b.addressees().stream().filter(p -> to.stream().noneMatch(p::same)).forEach(to::add);
        List<Party> places = new ArrayList<>(a.places());
        b.places().stream().filter(p -> places.stream().noneMatch(p::same)).forEach(places::add);
        List<Party> orgs = new ArrayList<>(a.orgs());
        b.orgs().stream().filter(p -> orgs.stream().noneMatch(p::same)).forEach(orgs::add);
        List<Integer> content = new ArrayList<>(a.content());
        b.content().stream().filter(i -> !content.contains(i)).forEach(content::add);
        content.sort(Integer::compare);
        return a.withAddressees(to).withContent(content).withNamed(places, orgs, a.implied());
    }

    private static Frame link(SentenceView s, Frame rejection, List<Frame> sentence, Discourse discourse,
            ArticleContext context) {
        Frame target = null;
        RuleId rule = null;
        for (Frame f : sentence) {
            if (f.kind() != StatementKind.REJECTION && rejection.content().contains(f.head())) {
                target = f;
                rule = ANSWERS_CONTENT;
            }
        }
        for (Frame f : sentence) {
            if (target == null && f.kind() != StatementKind.REJECTION && f.head() < rejection.head() && f.maker() != null
                    && (rejection.maker() == null || !sameSide(f.maker(), rejection.maker(), context))) {
                target = f; // "Turkey offered to host the talks, an idea Greece has not accepted"
                rule = ANSWERS_SENTENCE;
            }
        }
        List<Frame> earlier = discourse.frames();
        for (int i = earlier.size() - 1; i >= 0 && target == null; i--) {
            Frame f = earlier.get(i);
            if (f.kind() != StatementKind.REJECTION && f.maker() != null
                    && rejection.addressees().stream().anyMatch(p -> p.same(f.maker()))) {
                target = f;
                rule = ANSWERS_ADDRESSEE;
            }
        }
        if (target == null && rejection.addressees().isEmpty() && BackReferences.refersBack(s, rejection.head())) {
            for (int i = earlier.size() - 1; i >= 0 && target == null; i--) {
                Frame f = earlier.get(i);
                if (f.kind() != StatementKind.REJECTION && f.maker() != null && rejection.maker() != null
                        && !sameSide(f.maker(), rejection.maker(), context)) {
                    target = f;
                    rule = ANSWERS_LATEST;
                }
            }
        }
        if (target == null) {
            return rejection;
        }
        Frame linked = rejection.withLink(new Frame.Link(StatementLink.Type.ANSWERS, target, rule));
        if (linked.addressees().isEmpty() && target.maker() != null
                && (linked.maker() == null || !linked.maker().same(target.maker()))) {
            Party answered = target.maker().by(ANSWERED_MAKER);
            linked = linked.withAddressees(List.of(answered));
            // the addressee is no place or organization of what is rejected ("rejected the ultimatum from Tonga")
            linked = linked.withNamed(without(linked.places(), answered), without(linked.orgs(), answered),
                    linked.implied());
        }
        return linked;
    }

    /**
     * One party, or the state a person speaks for and that state or another of its people: the Kremlin's spokesman
     * does not answer his own foreign minister ("Lavrov said Moscow wanted ... Peskov dismissed the offer").
     */
    private static boolean sameSide(Party a, Party b, ArticleContext context) {
        if (a.same(b)) {
            return true;
        }
        Entity sideA = context.side(a.entity());
        return sideA != null && sideA.equals(context.side(b.entity()));
    }

    private static List<Party> without(List<Party> named, Party party) {
        return named.stream().filter(p -> !p.entity().equals(party.entity())).toList();
    }
}
