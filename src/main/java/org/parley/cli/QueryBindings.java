package org.parley.cli;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * The values of {@code parley query --bind VAR=TERM}: each term an IRI or a literal in Turtle syntax, each variable
 * one the query has. Anything else is refused in one line.
 */
final class QueryBindings {

    private QueryBindings() {
    }

    /** Variable name (without '?') to value, checked against {@code query}, which came from {@code source}. */
    static Map<String, Node> parse(Map<String, String> given, Query query, String source) {
        Set<String> vars = new HashSet<>();
        OpVars.mentionedVars(Algebra.compile(query)).forEach(v -> vars.add(v.getVarName()));
        if (query.isSelectType()) {
            query.getProjectVars().forEach(v -> vars.add(v.getVarName()));
        }
        Map<String, Node> values = new LinkedHashMap<>();
        given.forEach((key, turtle) -> {
            String name = key.startsWith("?") || key.startsWith("$") ? key.substring(1) : key;
            if (!vars.contains(name)) {
                throw new BadInputException("--bind " + key + ": " + source + " has no variable ?" + name
                        + (vars.isEmpty() ? "" : " (it has ?" + String.join(", ?", vars.stream().sorted().toList()) + ")"));
            }
            values.put(name, term(key, turtle));
        });
        return values;
    }

    private static Node term(String var, String turtle) {
        Node n;
        try {
            n = NodeFactoryExtra.parseNode(turtle);
        } catch (RuntimeException e) {
            throw new BadInputException("--bind " + var + ": not an RDF term in Turtle syntax: " + turtle
                    + " (an IRI is written <...>, a string \"...\")");
        }
        if (n instanceof Var || n.isVariable()) {
            throw new BadInputException("--bind " + var + ": " + turtle + " is a variable, not a value"
                    + " (give an IRI <...> or a literal \"...\")");
        }
        if (n.isBlank()) {
            throw new BadInputException("--bind " + var + ": " + turtle + " is a blank node, which names nothing"
                    + " outside one document (give an IRI <...> or a literal \"...\")");
        }
        return n;
    }
}
