package org.parley.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A real-world entity as Parley knows it.
 *
 * @param key        stable identity across articles: the Wikidata id ({@code Q7747}) when linked,
 *                   else {@code type/normalized-name} ({@code person/jane-doe}); never null
 * @param type       never null
 * @param label      preferred label; never null
 * @param wikidataId Wikidata Q-identifier, or null when not linked
 */
public record Entity(String key, EntityType type, String label, String wikidataId) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (wikidataId != null && !wikidataId.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata id: " + wikidataId);
        }
    }

    /** An entity not in the catalog, keyed by its type and normalized name. */
    public static Entity minted(EntityType type, String label) {
        return new Entity(type.label().toLowerCase() + "/" + slug(label), type, label, null);
    }

    /**
     * A name as two names are compared: lower case, no diacritics, every run of other characters than letters and
     * digits one space ("Zaporizhzhia Oblast" and "zaporizhzhia-oblast" give "zaporizhzhia oblast").
     */
    public static String fold(String name) {
        String d = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return NON_LETTERS.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Lower-case ASCII letters and digits joined by hyphens: "Côte d'Ivoire" gives {@code cote-d-ivoire}. */
    public static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase()
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return s.isEmpty() ? "x" : s;
    }
}
