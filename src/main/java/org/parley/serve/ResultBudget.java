package org.parley.serve;

import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * How much of one answer may still be sent: a number of rows (or triples) and a number of characters of RDF terms.
 * Not thread-safe: one per request.
 */
final class ResultBudget {

    private final int maxRows;
    private final long maxChars;
    private int rows;
    private long chars;
    private String exhausted;

    ResultBudget(int maxRows, long maxChars) {
        this.maxRows = maxRows;
        this.maxChars = maxChars;
    }

    /** Takes one row of the given size if the budget allows; false once it is spent (the row is not sent). */
    boolean take(long rowChars) {
        if (exhausted != null) {
            return false;
        }
        if (rows >= maxRows) {
            exhausted = "answer cut at " + maxRows + " rows, the server's limit per request;"
                    + " page through the rest with LIMIT and OFFSET";
            return false;
        }
        if (chars + rowChars > maxChars) {
            exhausted = "answer cut at " + rows + " rows, the server's limit of " + maxChars
                    + " characters of terms per request; page through the rest with LIMIT and OFFSET";
            return false;
        }
        rows++;
        chars += rowChars;
        return true;
    }

    /** Why the answer was cut, or empty when it was not. */
    Optional<String> truncation() {
        return Optional.ofNullable(exhausted);
    }

    static long size(Binding b) {
        long n = 0;
        for (Iterator<Var> vars = b.vars(); vars.hasNext(); ) {
            Var v = vars.next();
            n += v.getVarName().length() + size(b.get(v));
        }
        return n;
    }

    static long size(Triple t) {
        return size(t.getSubject()) + size(t.getPredicate()) + size(t.getObject());
    }

    static long size(Quad q) {
        return size(q.getGraph()) + size(q.getSubject()) + size(q.getPredicate()) + size(q.getObject());
    }

    /** The characters of a term as written in N-Triples, near enough. */
    static long size(Node n) {
        if (n == null) {
            return 0;
        }
        if (n.isURI()) {
            return n.getURI().length() + 2L;
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            return n.getLiteralLexicalForm().length() + 2L
                    + (lang.isEmpty() ? n.getLiteralDatatypeURI().length() + 4L : lang.length() + 1L);
        }
        if (n.isBlank()) {
            return n.getBlankNodeLabel().length() + 2L;
        }
        if (n.isTripleTerm()) {
            return size(n.getTriple()) + 6L;
        }
        return n.toString().length();
    }
}
