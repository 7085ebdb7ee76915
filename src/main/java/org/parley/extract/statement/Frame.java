package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.core.CharSpan;
import org.parley.core.Entity;
import org.parley.core.RuleId;
import org.parley.core.StatementFlag;
import org.parley.core.StatementKind;
import org.parley.core.StatementLink;

/**
 * A statement while its rules fill it in: the trigger, who makes it, to whom, the content's tokens, the places and
 * organizations named there, flags and links to earlier frames. Immutable: each rule family returns a new frame.
 *
 * @param sentence   the evidence sentence's index
 * @param kind       demand, offer or rejection
 * @param rule       the rule that recognized it
 * @param cue        the trigger words as written
 * @param head       the trigger's head token (orders the frames of a sentence)
 * @param makers     who makes it, the first being the main one
 * @param addressees to whom
 * @param content    the content's tokens, in text order (may be empty)
 * @param places     places named in the content
 * @param orgs       organizations named in the content
 * @param implied    places the content refers to without naming them
 * @param flags      negated, hypothetical, reported, future
 * @param links      links to other frames of the article
 */
record Frame(int sentence, StatementKind kind, RuleId rule, String cue, int head, List<Party> makers,
             List<Party> addressees, List<Integer> content, List<Party> places, List<Party> orgs, List<Party> implied,
             Set<StatementFlag> flags, List<Link> links) {

    /** A link to another frame, with the rule that made it. */
    record Link(StatementLink.Type type, Frame target, RuleId rule) {
        Link {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(rule, "rule");
        }
    }

    Frame {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cue, "cue");
        makers = List.copyOf(makers);
        addressees = List.copyOf(addressees);
        content = List.copyOf(content);
        places = List.copyOf(places);
        orgs = List.copyOf(orgs);
        implied = List.copyOf(implied);
        flags = StatementFlag.inOrder(flags);
        links = List.copyOf(links);
    }

    /** A frame with only its trigger known. */
    static Frame of(int sentence, Trigger t, SentenceView s) {
        return new Frame(sentence, t.kind(), t.rule(), t.cue(s), t.head(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), Set.of(), List.of());
    }

    Party maker() {
        return makers.isEmpty() ? null : makers.get(0);
    }

    Frame withMakers(List<Party> m) {
        return new Frame(sentence, kind, rule, cue, head, m, addressees, content, places, orgs, implied, flags, links);
    }

    Frame withAddressees(List<Party> a) {
        return new Frame(sentence, kind, rule, cue, head, makers, a, content, places, orgs, implied, flags, links);
    }

    Frame withContent(List<Integer> c) {
        return new Frame(sentence, kind, rule, cue, head, makers, addressees, c, places, orgs, implied, flags, links);
    }

    Frame withNamed(List<Party> p, List<Party> o, List<Party> i) {
        return new Frame(sentence, kind, rule, cue, head, makers, addressees, content, p, o, i, flags, links);
    }

    Frame withFlags(Set<StatementFlag> f) {
        return new Frame(sentence, kind, rule, cue, head, makers, addressees, content, places, orgs, implied, f, links);
    }

    Frame withLink(Link l) {
        List<Link> ls = new ArrayList<>(links);
        ls.add(l);
        return new Frame(sentence, kind, rule, cue, head, makers, addressees, content, places, orgs, implied, flags, ls);
    }

    /**
     * Whether {@code e} is the maker, an addressee, or the state a person among them serves: the conventions leave the
     * parties out of a statement's places and organizations.
     */
    boolean isParty(Entity e, ArticleContext context) {
        for (List<Party> parties : List.of(makers, addressees)) {
            for (Party p : parties) {
                if (p.entity().equals(e) || e.equals(context.side(p.entity()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The content's character span: from its first to its last token; null when there is no content. */
    CharSpan contentSpan(SentenceView s) {
        return content.isEmpty() ? null : s.span(content.get(0), content.get(content.size() - 1) + 1);
    }
}
