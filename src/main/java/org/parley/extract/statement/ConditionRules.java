package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.core.StatementLink;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Conditions: a clause opened by "if", "unless", "only once", or "until" after a refusal or a going-on, on a party's
 * clause ("Russia is ready to rejoin the deal if its demands are met", "will keep striking until the war ends") is a
 * demand by that party on the condition's subject, linked as the condition of the statement the main clause makes.
 * A refusal under a condition ("could not return if ...") and an offer made only on one ("would negotiate only if
 * ...") are that demand only.
 */
final class ConditionRules {

    static final RuleId CONDITION = RuleId.of("condition.if-clause");
    private static final RuleId LINK = RuleId.of("link.condition.if-clause");
    private static final RuleId MAKER_MAIN = RuleId.of("maker.condition-main-clause");
    private static final Set<String> MARKERS = Set.of("if", "unless");
    private static final WordList CONTINUATION = Lexicon.bundled().list("continuation-verbs");

    private ConditionRules() {
    }

    static List<Frame> apply(SentenceView s, List<Frame> frames, Parties parties, Discourse discourse) {
        List<Frame> out = new ArrayList<>(frames);
        for (int c = 0; c < s.size(); c++) {
            if (!(s.relation(c).equals("advcl") || s.relation(c).equals("ccomp") && s.child(c, "mark") >= 0)
                    || !opensCondition(s, c)) {
                continue;
            }
            int main = s.head(c);
            int subject = Clauses.subject(s, c);
            if (subject < 0) {
                continue;
            }
            Frame mainFrame = frameAt(s, out, main);
            List<Party> makers = mainFrame != null && mainFrame.maker() != null ? mainFrame.makers()
                    : mainMaker(s, main, parties, discourse);
            if (makers.isEmpty()) {
                continue;
            }
            Party to = parties.resolve(s, subject, "addressee.condition-subject");
            Frame demand = new Frame(s.index(), StatementKind.DEMAND, CONDITION, s.word(markerOf(s, c)), c, makers,
                    to == null || makers.stream().anyMatch(to::same) ? List.of() : List.of(to), content(s, c),
                    List.of(), List.of(), List.of(), Set.of(), List.of());
            if (mainFrame != null && mainFrame.kind() != StatementKind.DEMAND) {
                demand = demand.withLink(new Frame.Link(StatementLink.Type.CONDITION_OF, mainFrame, LINK));
            }
            boolean only = s.word(markerOf(s, c) - 1).equals("only");
            if (mainFrame != null && (mainFrame.rule().id().equals("statement.rejection.refusable-act")
                    || only && mainFrame.kind() == StatementKind.OFFER)) {
                out.remove(mainFrame); // "would negotiate only if ...", "could not return if ...": the condition is the point
            }
            out.add(PlaceRules.apply(s, demand, parties.context()));
        }
        return out;
    }

    /**
     * "if", "unless"; "only once"; and "until" after a refusal or a going-on ("will keep striking until", "will not
     * talk until").
     */
    private static boolean opensCondition(SentenceView s, int clause) {
        int marker = markerOf(s, clause);
        String w = s.word(marker);
        if (MARKERS.contains(w)) {
            return true;
        }
        if (w.equals("once")) {
            return s.word(marker - 1).equals("only");
        }
        if (w.equals("until") || w.equals("till")) {
            int main = s.head(clause);
            return Conditions.negated(s, main) || CONTINUATION.contains(s.lemma(main))
                    || CONTINUATION.contains(s.lemma(s.head(main)));
        }
        return false;
    }

    private static int markerOf(SentenceView s, int clause) {
        int mark = s.child(clause, "mark");
        return mark >= 0 ? mark : s.child(clause, "advmod");
    }

    /** The frame whose trigger heads the clause of {@code verb}, or null. */
    private static Frame frameAt(SentenceView s, List<Frame> frames, int verb) {
        for (Frame f : frames) {
            if (f.head() == verb || Clauses.verb(s, f.head()) == verb) {
                return f;
            }
        }
        return null;
    }

    /**
     * Who sets the condition: the party who reports it ("Netanyahu said Israel would strike if ..."), else the main
     * clause's subject.
     */
    private static List<Party> mainMaker(SentenceView s, int main, Parties parties, Discourse discourse) {
        int reporter = Clauses.reporter(s, main);
        int rs = reporter < 0 ? -1 : Clauses.inheritedSubject(s, reporter);
        Party p = rs < 0 ? null : parties.resolve(s, rs, "maker.condition-reporter");
        if (p == null) {
            int subject = Clauses.inheritedSubject(s, main);
            p = subject < 0 ? null : parties.resolve(s, subject, MAKER_MAIN.id());
        }
        if (p == null && s.quoted(main) && discourse.speaker() != null) {
            p = discourse.speaker().by(RuleId.of("maker.condition-speaker"));
        }
        return p == null ? List.of() : List.of(p);
    }

    private static List<Integer> content(SentenceView s, int clause) {
        Set<Integer> out = new TreeSet<>(s.subtree(clause));
        out.remove(markerOf(s, clause));
        out.removeIf(i -> s.relation(i).equals("punct"));
        return new ArrayList<>(out);
    }
}
