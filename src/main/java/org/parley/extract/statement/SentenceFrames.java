package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.core.StatementLink;

/**
 * Settles the frames of one sentence: one statement per kind and maker (two triggers of the same statement, "called
 * for a truce and demanded talks", are merged), and each rejection linked to what it answers: a proposal or demand
 * named inside its content in the same sentence, else the latest earlier statement of the party it rejects. A
 * rejection that names no addressee takes the maker of what it answers.
 */
final class SentenceFrames {

    private static final RuleId ANSWERS_CONTENT = RuleId.of("link.answers.content");
    private static final RuleId ANSWERS_ADDRESSEE = RuleId.of("link.answers.addressee");
    private static final RuleId ANSWERS_LATEST = RuleId.of("link.answers.latest");
    private static final RuleId ANSWERED_MAKER = RuleId.of("addressee.answered-maker");

    private SentenceFrames() {
    }

    static List<Frame> settle(SentenceView s, List<Frame> frames, Discourse discourse) {
        List<Frame> merged = merge(frames);
        List<Frame> out = new ArrayList<>();
        for (Frame f : merged) {
            out.add(f.kind() == StatementKind.REJECTION ? link(f, merged, discourse) : f);
        }
        return out;
    }

    private static List<Frame> merge(List<Frame> frames) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                Frame o = out.get(i);
                if (o.kind() == f.kind() && o.maker() != null && o.maker().same(f.maker())) {
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
            if (f != rejection && f.kind() != StatementKind.REJECTION && rejection.content().contains(f.head())) {
                target = f;
                rule = ANSWERS_CONTENT;
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
            linked = linked.withAddressees(List.of(target.maker().by(ANSWERED_MAKER)));
        }
        return linked;
    }
}
