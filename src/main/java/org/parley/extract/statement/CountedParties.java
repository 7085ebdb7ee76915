package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;

/**
 * A counted plural description ("the three countries", "the four governments") stands for a list of exactly that
 * many parties the article named together ("Britain, France and Germany"): the latest such list of fitting parties in
 * the description's sentence before it or in the {@link #WINDOW} sentences before. A count no list matches is none:
 * the latest parties in focus are no answer, since a count of three or more rarely follows them one by one.
 */
final class CountedParties {

    /** How many sentences before the description's own a list may stand in. */
    static final int WINDOW = 4;

    private static final List<String> COUNTS = List.copyOf(Lexicon.bundled().list("list-counts").entries());

    private CountedParties() {
    }

    /** The count of a plural description ("three" in "the three countries"), or 0 when it has none of three or more. */
    static int count(SentenceView s, int token) {
        int n = countOf(s.word(token - 1));
        for (int c : s.children(token)) {
            n = Math.max(n, s.pos(c).equals("CD") || s.relation(c).equals("nummod") ? countOf(s.word(c)) : 0);
        }
        return n;
    }

    private static int countOf(String word) {
        int at = COUNTS.indexOf(word);
        return at < 0 ? 0 : at + 3;
    }

    /**
     * The parties of the latest list of exactly {@code n} parties that {@code fits} accepts, each with the rule
     * {@code rule-listed}; empty when no list of that size stands near.
     */
    static List<Party> listed(ArticleContext context, SentenceView s, int token, int n, Predicate<Party> fits,
            String rule) {
        return latest(context, s, token, n, fits, RuleId.of(rule + "-listed"), false);
    }

    /**
     * "Pashinyan and Aliyev signed a declaration ... The two leaders also asked": the parties of the latest pair of
     * fitting parties named together as a clause's subject, each with the rule {@code rule-paired}; empty when no
     * such pair stands near. A pair named elsewhere ("their ministers, Mirzoyan and Bayramov") is not taken.
     */
    static List<Party> pairedSubjects(ArticleContext context, SentenceView s, int token, Predicate<Party> fits,
            String rule) {
        return latest(context, s, token, 2, fits, RuleId.of(rule + "-paired"), true);
    }

    private static List<Party> latest(ArticleContext context, SentenceView s, int token, int n, Predicate<Party> fits,
            RuleId id, boolean subjects) {
        for (int back = 0; back <= WINDOW; back++) {
            SentenceView v = back == 0 ? s : context.view(s.index() - back);
            if (v == null) {
                break;
            }
            List<Party> latest = List.of();
            for (SentenceView.Placed m : v.mentions()) {
                if (back == 0 && m.end() > token) {
                    break;
                }
                boolean subject = v.relation(m.head()).startsWith("nsubj");
                List<Party> list = subjects && !subject ? List.of() : list(v, m.head(), fits, id);
                latest = list.size() == n ? list : latest;
            }
            if (!latest.isEmpty()) {
                return latest;
            }
        }
        return List.of();
    }

    /**
     * The parties listed from the mention headed by {@code head}, the first of a coordination: itself and its
     * conjuncts, all of them fitting party mentions; empty when it is no list's first or a member is no such party.
     */
    private static List<Party> list(SentenceView v, int head, Predicate<Party> fits, RuleId id) {
        List<Integer> conjuncts = v.relation(head).equals("conj") ? List.of() : Clauses.conjuncts(v, head);
        if (conjuncts.isEmpty()) {
            return List.of();
        }
        List<Integer> members = new ArrayList<>(List.of(head));
        members.addAll(conjuncts);
        List<Party> out = new ArrayList<>();
        for (int t : members) {
            SentenceView.Placed m = v.mentionAt(t);
            Party p = m == null || !m.agentive() ? null : Party.named(m, id);
            if (p == null || !fits.test(p)) {
                return List.of();
            }
            if (out.stream().noneMatch(p::same)) {
                out.add(new Party(p.entity(), null, true, id));
            }
        }
        return out;
    }
}
