package org.parley.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parley.export.EntityLookup;
import org.parley.export.LinkKind;
import org.parley.export.NetworkFilter;

/**
 * The actor-network filter of a request: {@code since}, {@code until} (YYYY-MM-DD), {@code kind} (repeatable or
 * comma-separated), {@code around} (a Wikidata id, an IRI or a name) and {@code depth}. Bad values are
 * {@link IllegalArgumentException}s whose message is fit for the client.
 */
final class NetworkParams {

    static final int MAX_DEPTH = 5;

    private NetworkParams() {
    }

    static NetworkFilter filter(HttpServletRequest req, EntityLookup entities) {
        LocalDate since = date(req, "since");
        LocalDate until = date(req, "until");
        Set<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
        String[] kindValues = req.getParameterValues("kind");
        for (String value : kindValues == null ? new String[0] : kindValues) {
            for (String k : value.split(",")) {
                if (!k.isBlank()) {
                    kinds.add(LinkKind.parse(k));
                }
            }
        }
        NetworkFilter filter = new NetworkFilter(since, until, kinds, null, 1);
        String around = blankToNull(req.getParameter("around"));
        if (around == null) {
            return filter;
        }
        int depth = number(req, "depth", 1, 1, MAX_DEPTH);
        List<EntityLookup.Found> found = entities.find(around);
        if (found.size() != 1) {
            throw new IllegalArgumentException("around=" + around + ": " + (found.isEmpty()
                    ? "no entity has that IRI, Wikidata id or name" : "names " + found.size() + " entities; give an IRI"));
        }
        return filter.withAround(found.get(0).iri(), depth);
    }

    /** An integer parameter within {@code [min, max]}, or {@code fallback} when absent. */
    static int number(HttpServletRequest req, String name, int fallback, int min, int max) {
        String v = blankToNull(req.getParameter(name));
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + "=" + v + ": expected " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + v + ": not a whole number");
        }
    }

    private static LocalDate date(HttpServletRequest req, String name) {
        String v = blankToNull(req.getParameter(name));
        try {
            return v == null ? null : LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + "=" + v + ": not a date YYYY-MM-DD");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
