package org.parley.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.parley.export.JsonLdWriter;

/**
 * Query results as a plain table for a terminal: values as a person reads them (a date as {@code 2025-05-19}, a
 * string without quotes, an IRI with the prefixes of {@code ontology/context.jsonld}), the widest columns cut with
 * "…" so the table fits a width.
 */
final class TextTable {

    private static final int MIN_COLUMN = 6;

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(List<String> header) {
        this.header = header;
    }

    /** The rows of {@code results} in the columns {@code vars}. */
    static TextTable of(RowSet results, List<Var> vars) {
        TextTable t = new TextTable(vars.stream().map(Var::getVarName).toList());
        while (results.hasNext()) {
            Binding b = results.next();
            t.rows.add(vars.stream().map(v -> text(b.get(v))).toList());
        }
        return t;
    }

    /** How a person reads one value. */
    static String text(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm().replaceAll("\\s+", " ");
        }
        if (n.isURI()) {
            return JsonLdWriter.compact(n.getURI());
        }
        return n.toString();
    }

    int rowCount() {
        return rows.size();
    }

    /** Prints the table, at most {@code width} characters a line. */
    void print(PrintStream out, int width) {
        int[] widths = fit(width);
        out.println(line(header, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
    }

    /** Column widths: each as wide as its widest value, then the widest cut down until the line fits. */
    int[] fit(int width) {
        int n = header.size();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = header.get(i).length();
            for (List<String> row : rows) {
                w[i] = Math.max(w[i], row.get(i).length());
            }
        }
        int available = width - 2 * (n - 1);
        while (sum(w) > available) {
            int widest = 0;
            for (int i = 1; i < n; i++) {
                if (w[i] > w[widest]) {
                    widest = i;
                }
            }
            if (w[widest] <= MIN_COLUMN) {
                break;
            }
            w[widest]--;
        }
        return w;
    }

    private static int sum(int[] w) {
        int s = 0;
        for (int x : w) {
            s += x;
        }
        return s;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String c = cells.get(i);
            if (c.length() > widths[i]) {
                c = c.substring(0, widths[i] - 1) + "…";
            }
            b.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(widths[i] - c.length()));
        }
        return b.toString().stripTrailing();
    }
}
