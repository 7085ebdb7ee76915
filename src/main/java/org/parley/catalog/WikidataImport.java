package org.parley.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.EntityType;

/**
 * Turns the JSON result of a Wikidata SPARQL query (SPARQL 1.1 JSON results, as returned by
 * query.wikidata.org for {@code queries/wikidata-catalog-import.rq}) into catalog entries.
 *
 * <p>Variables: {@code item} (entity IRI, required), {@code itemLabel} (required), and optionally
 * {@code altLabels} and {@code demonyms} ({@code |}-separated), {@code country} (entity IRI, becomes
 * {@code part_of}). Rows of one item are merged. Items without a label of their own (Wikidata then
 * returns the Q-identifier as the label) are skipped. Stateless and thread-safe.
 */
public final class WikidataImport {

    private static final Pattern ENTITY = Pattern.compile("^https?://www\\.wikidata\\.org/entity/(Q[1-9][0-9]*)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private WikidataImport() {
    }

    /**
     * @param name file name for error messages
     * @param in   the JSON document
     * @param type entity type given to every imported entry
     * @throws CatalogException naming the file and the binding when the document is not a SPARQL
     *                          JSON result or a required variable is missing or malformed
     */
    public static List<CatalogEntry> fromSparqlJson(String name, InputStream in, EntityType type)
            throws CatalogException, IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new CatalogException(name + ":" + e.getLocation().getLineNr() + ": not JSON: "
                    + e.getOriginalMessage());
        }
        JsonNode bindings = root == null ? null : root.path("results").get("bindings");
        if (bindings == null || !bindings.isArray()) {
            throw new CatalogException(name + ": not a SPARQL JSON result: no results.bindings array");
        }
        Map<String, Builder> items = new LinkedHashMap<>();
        for (int i = 0; i < bindings.size(); i++) {
            JsonNode b = bindings.get(i);
            String where = name + ": binding " + (i + 1);
            String qid = entityId(where, "item", value(b, "item"));
            if (qid == null) {
                throw new CatalogException(where + ": variable ?item is missing");
            }
            String label = value(b, "itemLabel");
            if (label == null) {
                throw new CatalogException(where + ": variable ?itemLabel is missing");
            }
            label = clean(label);
            if (label.isEmpty() || label.equals(qid)) {
                continue; // no label in the requested language
            }
            Builder builder = items.computeIfAbsent(qid, q -> new Builder());
            builder.label = builder.label == null ? label : builder.label;
            builder.aliases.addAll(split(value(b, "altLabels")));
            builder.demonyms.addAll(split(value(b, "demonyms")));
            String country = entityId(where, "country", value(b, "country"));
            if (builder.partOf == null && country != null && !country.equals(qid)) {
                builder.partOf = country;
            }
        }
        List<CatalogEntry> out = new ArrayList<>();
        items.forEach((qid, b) -> {
            b.aliases.remove(b.label);
            out.add(new CatalogEntry(qid, type, b.label, qid, List.copyOf(b.aliases), List.copyOf(b.demonyms),
                    List.of(), b.partOf, List.of(), List.of()));
        });
        return out;
    }

    private static String value(JsonNode binding, String var) {
        JsonNode v = binding.get(var);
        return v == null || v.get("value") == null ? null : v.get("value").asText();
    }

    private static String entityId(String where, String var, String iri) throws CatalogException {
        if (iri == null) {
            return null;
        }
        Matcher m = ENTITY.matcher(iri.strip());
        if (!m.matches()) {
            throw new CatalogException(where + ": ?" + var + " \"" + iri + "\" is not a Wikidata entity IRI"
                    + " (http://www.wikidata.org/entity/Q...)");
        }
        return m.group(1);
    }

    private static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            String c = clean(s);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Tabs, newlines and list separators would break the TSV format. */
    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n|;]+", " ").strip();
    }

    private static final class Builder {
        String label;
        String partOf;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> demonyms = new LinkedHashSet<>();
    }
}
