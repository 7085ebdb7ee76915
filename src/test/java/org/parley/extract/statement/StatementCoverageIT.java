package org.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parley.core.Argument;
import org.parley.core.ArgumentRole;
import org.parley.core.Statement;
import org.parley.extract.ResourceFolder;

/**
 * Coverage of the common ways news phrases each statement kind, with the real analyzer and parser: short sentences of
 * our own in every {@code .cov} file of the {@code coverage} folder (phrasings.cov, phrasings2.cov, ...), each with
 * the frames it must give (kind, maker, addressee, places) or {@code none}. Unlike the rule rows they name no rule and
 * carry no tree: they test that a phrasing is read, whatever rule reads it. A row is a block of lines:
 *
 * <pre>
 * == demand: "pressed for"
 * text: Azerbaijan pressed for the withdrawal of Armenian troops from Lachin.
 * marks: Azerbaijan = Country | Armenian = Country:Armenia | Lachin = Region
 * want: demand | by Azerbaijan | to Armenia | region Lachin
 * gap: why it is not read yet (optional: a known gap, the row is skipped)
 * </pre>
 *
 * {@code marks} are read as in {@link StatementRuleRows}; {@code want} lines list every statement expected, each as its
 * kind and its makers, addressees and places sorted by role and label (organizations are not compared), in any order.
 */
class StatementCoverageIT {

    record Row(String file, int line, String title, String text, List<String> marks, List<String> want,
            List<String> gap) {
        @Override
        public String toString() {
            return file + ":" + line + " " + title;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPhrasingGivesItsFrames() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
            Assumptions.assumeTrue(row.gap().isEmpty(), () -> "known gap: " + String.join(" ", row.gap()));
            assertFalse(row.want().isEmpty(), row + ": a row needs its want lines");
            StatementRuleRows asRow = new StatementRuleRows(row.file(), row.line(), row.title(), row.text(),
                    row.marks(), List.of(), List.of(), List.of());
            List<Statement> found = asRow.fixture().extract();
            assertEquals(sorted(row.want()), frames(found),
                    () -> row + "\n" + String.join("\n", StatementRuleRows.describe(found)));
        }));
    }

    /** Each statement as a want line writes it, in sorted order; "none" for no statement. */
    static List<String> frames(List<Statement> statements) {
        if (statements.isEmpty()) {
            return List.of("none");
        }
        List<String> out = new ArrayList<>();
        for (Statement s : statements) {
            StringBuilder b = new StringBuilder(s.kind().label());
            s.arguments().stream().filter(a -> a.role() != ArgumentRole.ORGANIZATION)
                    .sorted(Comparator.comparing((Argument a) -> a.role().ordinal())
                            .thenComparing(a -> a.entity().label()))
                    .forEach(a -> b.append(" | ").append(a.role().label()).append(' ').append(a.entity().label()));
            out.add(b.toString());
        }
        return sorted(out);
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    /** The rows of every coverage file, file by file in name order. */
    static List<Row> rows() throws IOException {
        List<Row> out = new ArrayList<>();
        for (String file : coverageFiles()) {
            out.addAll(rows(file));
        }
        return out;
    }

    /** The names of the {@code *.cov} files in the coverage folder beside this class, sorted. */
    static List<String> coverageFiles() {
        List<String> names = List.copyOf(ResourceFolder.read(StatementCoverageIT.class, "coverage", ".cov").keySet());
        if (names.isEmpty()) {
            throw new IllegalStateException("no *.cov file in the coverage folder beside "
                    + StatementCoverageIT.class.getName());
        }
        return names;
    }

    static List<Row> rows(String file) throws IOException {
        List<String> lines;
        try (InputStream in = StatementCoverageIT.class.getResourceAsStream("coverage/" + file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "no coverage/" + file + " beside " + StatementCoverageIT.class.getName());
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("==")) {
                out.add(new Row(file, i + 1, l.substring(2).strip(), null, new ArrayList<>(), new ArrayList<>(),
                        new ArrayList<>()));
                continue;
            }
            int colon = l.indexOf(':');
            if (out.isEmpty() || colon < 0) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected '== title' or 'field: value'");
            }
            Row row = out.get(out.size() - 1);
            String value = l.substring(colon + 1).strip();
            switch (l.substring(0, colon)) {
                case "text" -> out.set(out.size() - 1,
                        new Row(file, row.line(), row.title(), value, row.marks(), row.want(), row.gap()));
                case "marks" -> row.marks().addAll(List.of(value.split("\\s*\\|\\s*")));
                case "want" -> row.want().add(value);
                case "gap" -> row.gap().add(value);
                default -> throw new IllegalStateException(file + ":" + (i + 1) + ": unknown field "
                        + l.substring(0, colon));
            }
        }
        return out;
    }
}
