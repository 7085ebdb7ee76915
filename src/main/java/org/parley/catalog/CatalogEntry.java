package org.parley.catalog;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.parley.core.Entity;
import org.parley.core.EntityType;

/**
 * One entity of the catalog with the facts that help find and resolve its mentions.
 *
 * @param key        unique key: the Wikidata id when known, else {@code type/slug}
 * @param type       entity type
 * @param label      preferred label
 * @param wikidataId Q-identifier, or null when not certain
 * @param aliases    other names in common use ("Kiev", "U.S.", "DRC")
 * @param demonyms   adjectives and demonyms ("Russian"); never mentions, but they tell who is meant
 * @param metonyms   names that stand for the government of a country or the head of an organization
 *                   ("Kremlin", "Moscow", "White House")
 * @param partOf     key of the country a region or city is in, or of a parent organization, or null
 * @param offices    offices held (people)
 * @param groups     group tags for unnamed references ({@code annexed-by-russia-2022})
 * @param place      population, division and cue names of a place; {@link PlaceFacts#NONE} when unknown
 */
public record CatalogEntry(String key, EntityType type, String label, String wikidataId, List<String> aliases,
                           List<String> demonyms, List<String> metonyms, String partOf, List<Office> offices,
                           List<String> groups, PlaceFacts place) {

    public CatalogEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        metonyms = List.copyOf(metonyms);
        offices = List.copyOf(offices);
        groups = List.copyOf(groups);
        Objects.requireNonNull(place, "place");
    }

    /** An entry without place facts, as the ten base columns of a catalog file give it. */
    public CatalogEntry(String key, EntityType type, String label, String wikidataId, List<String> aliases,
                        List<String> demonyms, List<String> metonyms, String partOf, List<Office> offices,
                        List<String> groups) {
        this(key, type, label, wikidataId, aliases, demonyms, metonyms, partOf, offices, groups, PlaceFacts.NONE);
    }

    /** Every name of the entry: its label, aliases and metonyms (a demonym is no name). */
    public Stream<String> names() {
        return Stream.of(List.of(label), aliases, metonyms).flatMap(List::stream);
    }

    public Entity toEntity() {
        return new Entity(key, type, label, wikidataId);
    }
}
