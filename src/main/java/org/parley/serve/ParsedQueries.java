package org.parley.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * The queries a server has parsed, by their text: a named query sent again and again is parsed once (0.1 to 9 ms of
 * ARQ's parser a request, by the query's length) and each request gets a copy of the parsed query ({@link
 * Query#cloneQuery()}, a hundredth of the parse), so no two requests share a query object. Parsed as Fuseki parses a
 * request (ARQ syntax, Fuseki's base IRI); a text that does not parse is not kept, and the parser's exception is
 * thrown as before. At most {@value #MAX_ENTRIES} texts of up to {@value #MAX_TEXT_CHARS} characters are kept, the
 * least recently used dropped first; a longer text is parsed every time.
 */
final class ParsedQueries {

    /** Texts kept at most: the named queries with their values filled in, and room for clients' own. */
    static final int MAX_ENTRIES = 64;
    /**
     * The longest text kept: the named queries are under 6,000 characters; with this bound what is kept stays under
     * about 10 MB of heap whatever clients send (64 texts of 16,000 characters, a VALUES block of IRIs, took 19 MB).
     */
    static final int MAX_TEXT_CHARS = 8_192;
    /** The base IRI Fuseki's query operation parses a request with. */
    static final String FUSEKI_BASE = "http://server/unset-base/";

    /**
     * A parsed query and the one-line form Fuseki logs and passes on for it.
     *
     * @param parsed the query as parsed; never executed, only copied
     * @param logForm the query written on one line, as Fuseki's query operation writes it
     */
    record Parsed(Query parsed, String logForm) {

        /** A copy of the query for one request. */
        Query copy() {
            return parsed.cloneQuery();
        }
    }

    private final Map<String, Parsed> byText = new LinkedHashMap<>(MAX_ENTRIES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /**
     * The parsed query of {@code text}, from the texts kept or parsed now (and kept).
     *
     * @throws org.apache.jena.query.QueryException as {@link QueryFactory#create(String, String, Syntax)} throws it
     */
    Parsed of(String text) {
        synchronized (byText) {
            Parsed kept = byText.get(text);
            if (kept != null) {
                return kept;
            }
        }
        Query query = QueryFactory.create(text, FUSEKI_BASE, Syntax.syntaxARQ);
        query.getResultVars();
        Parsed parsed = new Parsed(query, oneLine(query));
        if (text.length() <= MAX_TEXT_CHARS) {
            synchronized (byText) {
                byText.put(text, parsed);
            }
        }
        return parsed;
    }

    /** How many texts are kept. */
    int size() {
        synchronized (byText) {
            return byText.size();
        }
    }

    /** The query on one line, as Fuseki's query operation writes it for its log. */
    static String oneLine(Query query) {
        IndentedLineBuffer out = new IndentedLineBuffer();
        out.setFlatMode(true);
        query.serialize(out);
        return out.asString();
    }
}
