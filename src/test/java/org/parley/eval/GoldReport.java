package org.parley.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parley.catalog.CatalogException;

/**
 * The development report over folders of gold-annotated articles: the evaluation's figures (with {@code --misses}
 * every miss and spurious item), every rule's right and wrong counts ({@code --rules}; with {@code --rules-csv FILE}
 * also as one CSV over all folders, with {@code --rules-doc FILE} written into the tables of the rule catalogue
 * {@code docs/RULES.md}), and with {@code --diff} each article's gold statements beside the system's, sentence by
 * sentence, with the triggers a {@code statement.skip.*} rule dropped ("D" lines).
 * Also writes the two contract CSVs per folder under {@code target/eval/} for {@code score.py}, with the rule
 * provenance and the dropped triggers ({@code drops.csv}).
 *
 * <pre>
 * mvn -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.parley.eval.GoldReport [--diff] [--rules] [--rules-csv FILE] [--rules-doc FILE] [--misses] DIR...
 * </pre>
 */
public final class GoldReport {

    private GoldReport() {
    }

    public static void main(String[] args) throws IOException, CatalogException {
        boolean diff = false;
        boolean rules = false;
        boolean misses = false;
        Path rulesCsv = null;
        Path rulesDoc = null;
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--diff" -> diff = true;
                case "--rules" -> rules = true;
                case "--rules-csv" -> rulesCsv = Path.of(args[++i]);
                case "--rules-doc" -> rulesDoc = Path.of(args[++i]);
                case "--misses" -> misses = true;
                default -> folders.add(Path.of(args[i]));
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<RuleScorer.Tally> all = new ArrayList<>();
        for (Path folder : folders) {
            GoldRun run = GoldRun.of(folder);
            writeCsv(run);
            if (diff) {
                printDiff(run, out);
            }
            out.println(folder + ":");
            run.problems().forEach(p -> out.println("  skipped: " + p));
            run.scores().report().forEach(out::println);
            if (misses) {
                run.scores().details().forEach(out::println);
            }
            all.addAll(run.statementRules());
            all.addAll(run.mentionRules());
            all.addAll(run.dropRules());
        }
        if (rules) {
            out.println("rules over all folders:");
            merge(all).forEach(t -> out.println(t.line()));
        }
        if (rulesCsv != null) {
            writeRulesCsv(merge(all), rulesCsv);
            out.println("rule tallies over all folders written to " + rulesCsv);
        }
        if (rulesDoc != null) {
            Files.write(rulesDoc, RuleFigures.fill(Files.readAllLines(rulesDoc, StandardCharsets.UTF_8), merge(all)),
                    StandardCharsets.UTF_8);
            out.println("rule figures written into " + rulesDoc);
        }
    }

    /**
     * The tallies as {@code rule,right,wrong,statementWrong} (the wrong outputs whose statement is itself wrong), one
     * rule a row, sorted by rule.
     */
    private static void writeRulesCsv(List<RuleScorer.Tally> tallies, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("rule,right,wrong,statementWrong");
        tallies.forEach(t -> lines.add(t.rule() + "," + t.right() + "," + t.wrong() + "," + t.statementWrong()));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static List<RuleScorer.Tally> merge(List<RuleScorer.Tally> tallies) {
        Map<String, int[]> m = new TreeMap<>();
        for (RuleScorer.Tally t : tallies) {
            int[] c = m.computeIfAbsent(t.rule(), k -> new int[3]);
            c[0] += t.right();
            c[1] += t.wrong();
            c[2] += t.statementWrong();
        }
        List<RuleScorer.Tally> out = new ArrayList<>();
        m.forEach((rule, c) -> out.add(new RuleScorer.Tally(rule, c[0], c[1], c[2])));
        return out;
    }

    /** Per article: the gold statements, then the system's, each with kind, arguments and evidence. */
    private static void printDiff(GoldRun run, PrintStream out) {
        Map<String, Map<String, List<Map<String, String>>>> byDoc = new TreeMap<>();
        for (Map<String, String> r : run.provenance()) {
            byDoc.computeIfAbsent(r.get("doc"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.get("statement"), k -> new ArrayList<>()).add(r);
        }
        run.gold().docs().forEach((doc, g) -> {
            out.println("## " + doc);
            for (GoldSet.Statement s : g.statements()) {
                out.printf("  G %-9s by=%s to=%s reg=%s org=%s | %s%n", s.kind(), s.by(), s.to(), s.regions(),
                        s.organizations(), clip(s.evidence()));
            }
            byDoc.getOrDefault(doc, Map.of()).forEach((statement, rows) -> {
                Map<String, String> first = rows.get(0);
                String args = rows.stream().filter(r -> !r.get("role").isEmpty())
                        .map(r -> r.get("role") + "=" + r.get("label") + "{" + r.get("argumentRule") + "}")
                        .collect(Collectors.joining(" "));
                out.printf("  S %-9s %s {%s} | %s%n", first.get("kind"), args, first.get("statementRule"),
                        clip(first.get("evidence")));
            });
            run.drops().stream().filter(d -> d.get("doc").equals(doc)).forEach(d -> out.printf(
                    "  D %-9s '%s' {%s} | %s%n", d.get("kind"), d.get("cue"), d.get("rule"), clip(d.get("evidence"))));
        });
    }

    private static String clip(String s) {
        if (s == null) {
            return "";
        }
        int width = Integer.getInteger("parley.diff.width", 160);
        return s.length() > width ? s.substring(0, width - 3) + "..." : s;
    }

    private static void writeCsv(GoldRun run) throws IOException {
        Path dir = run.outputFolder();
        Files.createDirectories(dir);
        Files.write(dir.resolve("entities.csv"), csv(run.entities(), GoldScorer.ENTITY_COLUMNS), StandardCharsets.UTF_8);
        Files.write(dir.resolve("statements.csv"), csv(run.statements(), GoldScorer.STATEMENT_COLUMNS),
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("provenance.csv"), csv(run.provenance(), List.of("doc", "statement", "kind",
                "statementRule", "role", "entity", "label", "wikidata", "argumentRule", "evidence")), StandardCharsets.UTF_8);
        Files.write(dir.resolve("drops.csv"), csv(run.drops(), List.of("doc", "rule", "kind", "cue", "evidence")),
                StandardCharsets.UTF_8);
    }

    private static List<String> csv(List<Map<String, String>> rows, List<String> columns) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", columns));
        for (Map<String, String> r : rows) {
            lines.add(columns.stream().map(c -> quote(r.getOrDefault(c, ""))).collect(Collectors.joining(",")));
        }
        return lines;
    }

    private static String quote(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
