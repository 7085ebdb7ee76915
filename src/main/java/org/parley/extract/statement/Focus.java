package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.RuleId;

/**
 * The parties a sentence puts in focus for the next ones to refer back to, most prominent first: the subjects of
 * its clauses (the main clause's first), the makers of its statements, then the other parties it names (merely named,
 * {@link Discourse#NAMED_ONLY}, unless the sentence was not parsed).
 */
final class Focus {

    private static final RuleId UNPARSED = RuleId.of("focus.mention-unparsed");

    private Focus() {
    }

    static List<Party> of(SentenceView s, Parties parties, List<Frame> frames) {
        List<Party> out = new ArrayList<>();
        List<Integer> subjects = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.relation(i).equals("nsubj") || s.relation(i).equals("nsubjpass")) {
                subjects.add(i);
            }
        }
        subjects.sort((a, b) -> Integer.compare(depth(s, a), depth(s, b)));
        for (int i : subjects) {
            add(out, parties.resolve(s, i, "focus.subject"));
        }
        for (Frame f : frames) {
            f.makers().forEach(p -> add(out, p));
        }
        // a sentence left unparsed has no subjects to tell: its parties may be what a pronoun carries on
        RuleId named = s.parsed() ? Discourse.NAMED_ONLY : UNPARSED;
        for (SentenceView.Placed m : s.mentions()) {
            if (m.agentive()) {
                add(out, Party.named(m, named));
            }
        }
        return out;
    }

    private static void add(List<Party> out, Party p) {
        if (p != null && out.stream().noneMatch(p::same)) {
            out.add(p);
        }
    }

    private static int depth(SentenceView s, int i) {
        int d = 0;
        for (int h = s.head(i); h >= 0 && d < 50; h = s.head(h)) {
            d++;
        }
        return d;
    }
}
