package org.parley.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Scores every extraction rule by its id against a {@link GoldSet}: how often what it made is right and how often
 * wrong, so that a rule wrong more often than right shows up by name. Reads the rows of
 * {@code queries/rule-provenance.rq} and {@code queries/mention-rules.rq}. Stateless.
 *
 * <ul>
 *   <li>A statement is right when the gold has a statement of the same kind read from the same sentence (the gold
 *       evidence is a part of the sentence, or the sentence a part of it, or most of its words are in it).</li>
 *   <li>An argument is right when its statement is right and one of those gold statements has the argument's entity
 *       in the same role; entities are matched as {@link GoldScorer} matches them. A wrong argument of a wrong
 *       statement is counted apart ({@link Tally#statementWrong()}): that error is the trigger's, not the argument
 *       rule's own.</li>
 *   <li>A mention is right when its entity is one of the gold entities of the article.</li>
 *   <li>A drop (a trigger a {@code statement.skip.*} rule dropped) is wrong when the gold has a statement of the
 *       trigger's kind read from its sentence and the system made none of that kind from it (a statement the drop
 *       may have lost), and right otherwise.</li>
 * </ul>
 */
public final class RuleScorer {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    /**
     * What one rule made, right and wrong; {@code statementWrong} of the wrong ones belong to a statement that is
     * itself wrong (always 0 for statement and mention rules), the rest are the rule's own errors.
     */
    public record Tally(String rule, int right, int wrong, int statementWrong) {
        /** The header of {@link #csvRow()}. */
        public static final String CSV_HEADER = "rule,right,wrong,precision";

        /** A tally with no wrong output of a wrong statement. */
        public Tally(String rule, int right, int wrong) {
            this(rule, right, wrong, 0);
        }

        public double precision() {
            return right + wrong == 0 ? 0.0 : (double) right / (right + wrong);
        }

        /** The rule's own wrong outputs: wrong although their statement is right. */
        public int ownWrong() {
            return wrong - statementWrong;
        }

        /** The precision of the outputs whose statement is right (0 when there are none). */
        public double ownPrecision() {
            return right + ownWrong() == 0 ? 0.0 : (double) right / (right + ownWrong());
        }

        /** One line: id, counts, precision (and the own precision of an argument rule), and a warning. */
        public String line() {
            String own = statementWrong == 0 ? ""
                    : String.format(Locale.ROOT, "  (statement wrong %4d, own %.2f)", statementWrong, ownPrecision());
            return String.format(Locale.ROOT, "  %-46s right %4d  wrong %4d  precision %.2f%s%s", rule, right, wrong,
                    precision(), own, wrong > right ? "   <-- wrong more often than right" : "");
        }

        /** One CSV row: id, counts, precision (rule ids hold no commas or quotes). */
        public String csvRow() {
            return String.format(Locale.ROOT, "%s,%d,%d,%.3f", rule, right, wrong, precision());
        }
    }

    private RuleScorer() {
    }

    /** Tallies statement and argument rules over the rows of {@code queries/rule-provenance.rq}. */
    public static List<Tally> statements(GoldSet gold, List<Map<String, String>> rows) {
        Map<String, int[]> counts = new TreeMap<>();
        Set<String> statementsSeen = new HashSet<>();
        for (Map<String, String> r : rows) {
            GoldSet.Doc doc = gold.docs().get(r.get("doc"));
            if (doc == null) {
                continue;
            }
            List<GoldSet.Statement> matched = matching(doc, r.get("kind"), r.get("evidence"));
            if (statementsSeen.add(r.get("statement"))) {
                count(counts, r.get("statementRule"), !matched.isEmpty());
            }
            String role = r.getOrDefault("role", "");
            if (role.isEmpty()) {
                continue;
            }
            List<GoldSet.Entity> cand = GoldScorer.candidates(doc, r.get("label"), GoldScorer.qid(r.get("wikidata")), null);
            String entity = cand.isEmpty() ? null : cand.get(0).label();
            boolean right = entity != null && matched.stream().anyMatch(g -> role(g, role).contains(entity));
            int[] c = count(counts, r.get("argumentRule"), right);
            if (!right && matched.isEmpty()) {
                c[2]++;
            }
        }
        return tallies(counts);
    }

    /**
     * Tallies drop rules over the rows of {@link GoldRun#drops()} ({@code doc}, {@code rule}, {@code kind},
     * {@code evidence}), given the statements made ({@code doc}, {@code kind}, {@code evidence} of the rows of
     * {@code queries/rule-provenance.rq}).
     */
    public static List<Tally> drops(GoldSet gold, List<Map<String, String>> rows, List<Map<String, String>> made) {
        Set<List<String>> madeFrom = new HashSet<>();
        made.forEach(m -> madeFrom.add(List.of(m.get("doc"), m.get("kind"), m.get("evidence"))));
        Map<String, int[]> counts = new TreeMap<>();
        for (Map<String, String> r : rows) {
            GoldSet.Doc doc = gold.docs().get(r.get("doc"));
            if (doc != null) {
                boolean lost = !matching(doc, r.get("kind"), r.get("evidence")).isEmpty()
                        && !madeFrom.contains(List.of(r.get("doc"), r.get("kind"), r.get("evidence")));
                count(counts, r.get("rule"), !lost);
            }
        }
        return tallies(counts);
    }

    /** Tallies mention rules over the rows of {@code queries/mention-rules.rq}. */
    public static List<Tally> mentions(GoldSet gold, List<Map<String, String>> rows) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Map<String, String> r : rows) {
            GoldSet.Doc doc = gold.docs().get(r.get("doc"));
            if (doc != null) {
                boolean right = !GoldScorer.candidates(doc, r.get("label"), GoldScorer.qid(r.get("wikidata")), null).isEmpty()
                        || !GoldScorer.candidates(doc, r.get("text"), null, null).isEmpty()
                        && GoldScorer.qid(r.get("wikidata")) == null;
                count(counts, r.get("rule"), right);
            }
        }
        return tallies(counts);
    }

    /** The gold statements of {@code kind} read from the sentence {@code evidence}. */
    static List<GoldSet.Statement> matching(GoldSet.Doc doc, String kind, String evidence) {
        String sentence = norm(evidence);
        List<GoldSet.Statement> out = new ArrayList<>();
        for (GoldSet.Statement g : doc.statements()) {
            if (g.kind().equals(kind) && g.evidence() != null && sameSentence(sentence, norm(g.evidence()))) {
                out.add(g);
            }
        }
        return out;
    }

    private static boolean sameSentence(String sentence, String goldEvidence) {
        if (sentence.isEmpty() || goldEvidence.isEmpty()) {
            return false;
        }
        if (sentence.contains(goldEvidence) || goldEvidence.contains(sentence)) {
            return true;
        }
        Set<String> words = new HashSet<>(List.of(WORD.split(sentence)));
        String[] goldWords = WORD.split(goldEvidence);
        int in = 0;
        for (String w : goldWords) {
            if (words.contains(w)) {
                in++;
            }
        }
        return goldWords.length > 0 && in >= 0.8 * goldWords.length;
    }

    private static List<String> role(GoldSet.Statement g, String role) {
        return switch (role) {
            case "by" -> g.by();
            case "to" -> g.to();
            case "region" -> g.regions();
            case "organization" -> g.organizations();
            case "implied-region" -> g.regionsImplied();
            default -> List.of();
        };
    }

    private static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    private static int[] count(Map<String, int[]> counts, String rule, boolean right) {
        int[] c = counts.computeIfAbsent(rule == null || rule.isEmpty() ? "(none)" : rule, k -> new int[3]);
        c[right ? 0 : 1]++;
        return c;
    }

    private static List<Tally> tallies(Map<String, int[]> counts) {
        List<Tally> out = new ArrayList<>();
        counts.forEach((rule, c) -> out.add(new Tally(rule, c[0], c[1], c[2])));
        return out;
    }
}
