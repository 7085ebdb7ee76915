package org.parley.extract.statement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.core.AnalyzedText;

/**
 * Drafts statement rule rows: reads a file of rows that have only a title, a text and marks, parses each text with
 * the real analyzer and parser, and prints the whole rows, with their {@code tree} lines and the {@code want} lines
 * the rules give over those trees today. A draft is not a test until its trees and wants have been checked by hand and
 * corrected where the parser or the rules are wrong. Where the rules give something else over the real models' own
 * tags than over the row's single tag per token, a comment line says so.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.parley.extract.statement.StatementRowDrafter drafts.rows
 * </pre>
 */
public final class StatementRowDrafter {

    private StatementRowDrafter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: StatementRowDrafter DRAFTS.rows");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        for (StatementRuleRows draft : StatementRuleRows.parse(file.getFileName().toString(),
                Files.readAllLines(file, StandardCharsets.UTF_8))) {
            System.out.println(draft(draft));
        }
    }

    static String draft(StatementRuleRows draft) {
        StatementFixture fixture = draft.fixture();
        AnalyzedText parsed = fixture.analysis();
        StringBuilder b = new StringBuilder("== ").append(draft.title()).append('\n')
                .append("text: ").append(draft.text()).append('\n');
        if (!draft.marks().isEmpty()) {
            b.append("marks: ").append(String.join(" | ", draft.marks())).append('\n');
        }
        List<String> lines = parsed.sentences().stream().map(StatementRuleRows::sentenceLine).toList();
        lines.forEach(l -> b.append(l).append('\n'));
        StatementRuleRows row = new StatementRuleRows(draft.file(), draft.line(), draft.title(), draft.text(),
                draft.marks(), lines.stream().map(l -> l.replaceFirst(":", "")).toList(), List.of(), List.of());
        List<String> want = StatementRuleRows.describe(fixture.extract(row.analysis()));
        List<String> withModels = StatementRuleRows.describe(fixture.extract(parsed));
        if (!want.equals(withModels)) {
            b.append("# with the models' own tags: ").append(String.join(" || ", withModels)).append('\n');
        }
        want.forEach(w -> b.append("want: ").append(w).append('\n'));
        return b.toString();
    }
}
