package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.core.StatementLink;

/**
 * Settles the frames of one sentence:
 * <ul>
 *   <li>frames that say nothing are dropped: a trigger with no maker and nothing named in its content ("the plan",
 *       "as resolutions demand"), an obligation nobody states of anybody ("the bridge should reopen"), a label nobody
 *       gives;</li>
 *   <li>one statement per kind and maker: two triggers of the same statement ("called for a truce and demanded
 *       talks") are merged;</li>
 *   <li>each rejection is linked to what it answers: a proposal or demand named inside its content, else one stated
 *       earlier in the sentence, else the latest earlier statement of the party it rejects. A rejection that names
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

    private SentenceFrames() {
    }

    static List<Frame> settle(SentenceView s, List<Frame> frames, Discourse discourse) {
        List<Frame> kept = new ArrayList<>();
        for (Frame f : frames) {
            if (!empty(s, f)) {
                kept.add(f);
            }
        }
        List<Frame> merged = merge(kept);
        List<Frame> out = new ArrayList<>();
        for (Frame f : merged) {
            out.add(f.kind() == StatementKind.REJECTION ? link(f, merged, discourse) : f);
        }
        return out;
    }

    /** A frame that states nothing a reader could use. */
    private static boolean empty(SentenceView s, Frame f) {
        boolean noMaker = f.maker() == null;
        boolean nothingNamed = f.places().isEmpty() && f.orgs().isEmpty() && f.implied().isEmpty();
        if (noMaker && (s.isNoun(f.head()) || f.addressees().isEmpty()) && nothingNamed) {
            return true; // "the plan", "as resolutions demand": nobody states anything of anybody
        }
        if (noMaker && f.addressees().isEmpty() && f.rule().id().startsWith("statement.demand.obligation")) {
            return true;
        }
        return noMaker && f.rule().id().equals("statement.rejection.label");
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

    private static Frame link(Frame rejection, List<Frame> sentence, Discourse discourse) {
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
                    && (rejection.maker() == null || !f.maker().same(rejection.maker()))) {
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
        if (target == null && rejection.addressees().isEmpty()) {
            for (int i = earlier.size() - 1; i >= 0 && target == null; i--) {
                Frame f = earlier.get(i);
                if (f.kind() != StatementKind.REJECTION && f.maker() != null && rejection.maker() != null
                        && !f.maker().same(rejection.maker())) {
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

    private static List<Party> without(List<Party> named, Party party) {
        return named.stream().filter(p -> !p.entity().equals(party.entity())).toList();
    }
}
