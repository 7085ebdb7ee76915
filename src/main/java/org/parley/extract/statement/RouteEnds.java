package org.parley.extract.statement;

import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Recognizes a country named at one end of a route ({@code route-nouns}: corridor, road, railway, pipeline) in the
 * "between" phrase of the route's noun, when another end in that phrase is a region or a city: "open a railway
 * between Azerbaijan and Nakhchivan", "a land corridor between Russia and Crimea". The route runs through the
 * country's territory to a place that is no state, so the country is a place of the content, not a side listed
 * with another ("talks between Serbia and Kosovo", "a pipeline between Russia and Germany": two states, the sides
 * of a relation, stay out).
 */
final class RouteEnds {

    private static final WordList ROUTE_NOUNS = Lexicon.bundled().list("route-nouns");

    private RouteEnds() {
    }

    /** Whether a country stands in the "between" phrase of a route noun with a region or a city beside it. */
    static boolean end(SentenceView s, SentenceView.Placed m) {
        if (m.type() != EntityType.COUNTRY) {
            return false;
        }
        int first = PlaceRules.listHead(s, m.head());
        int between = s.head(first);
        if (!s.relation(first).equals("pobj") || between < 0 || !s.word(between).equalsIgnoreCase("between")
                || s.head(between) < 0 || !s.listed(ROUTE_NOUNS, s.head(between))) {
            return false;
        }
        for (int t : s.subtree(first)) {
            SentenceView.Placed other = s.mentionAt(t);
            if (other != null && other != m && other.isPlace() && other.type() != EntityType.COUNTRY
                    && PlaceRules.listHead(s, other.head()) == first) {
                return true;
            }
        }
        return false;
    }
}
