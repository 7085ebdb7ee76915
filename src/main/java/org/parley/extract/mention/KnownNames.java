package org.parley.extract.mention;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.Entity;

/**
 * What an article has named so far: each name's look-up key with the entity it named first, and each person's
 * surname with the people the article has named in full. Immutable: the {@code with...} methods return a new
 * value (an article names a few dozen entities, so copying is cheap).
 *
 * @param names       look-up key of a name as written ("marvan liberation front", "mlf") to its entity
 * @param surnames    normalized surname to the people the article named in full with it, in order
 * @param acronyms    acronym the article defined in parentheses after a name, to that name's entity: it beats the
 *                    catalog's reading of the acronym in this article
 * @param notEntities look-up keys of acronyms the article gave to things that are no entities ("GERD" for a dam)
 * @param places      keys of the countries and regions the article named: the evidence for a place of the same
 *                    name in one of them
 * @param firstNames  normalized first piece of a full name to the people the article named in full with it
 */
record KnownNames(Map<String, Entity> names, Map<String, Set<Entity>> surnames, Map<String, Entity> acronyms,
                  Set<String> notEntities, Set<String> places, Map<String, Set<Entity>> firstNames) {

    static final KnownNames NONE = new KnownNames(Map.of(), Map.of(), Map.of(), Set.of(), Set.of(), Map.of());

    KnownNames {
        names = Collections.unmodifiableMap(new HashMap<>(names));
        acronyms = Map.copyOf(acronyms);
        notEntities = Set.copyOf(notEntities);
        places = Set.copyOf(places);
        surnames = frozen(surnames);
        firstNames = frozen(firstNames);
    }

    private static Map<String, Set<Entity>> frozen(Map<String, Set<Entity>> m) {
        Map<String, Set<Entity>> copy = new HashMap<>();
        m.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        return Collections.unmodifiableMap(copy);
    }

    /** The entity a name with this look-up key named first, or null. */
    Entity entity(String key) {
        return names.get(key);
    }

    /** The people named in full with this surname, possibly empty. */
    Set<Entity> withSurname(String norm) {
        return surnames.getOrDefault(norm, Set.of());
    }

    /** The people named in full with this first piece ("Liu" of "Liu Wenbo"), possibly empty. */
    Set<Entity> withFirstName(String norm) {
        return firstNames.getOrDefault(norm, Set.of());
    }

    boolean isSurname(String norm) {
        return surnames.containsKey(norm);
    }

    /** Whether the article named a person in full with this surname or this first piece. */
    boolean isNamePart(String norm) {
        return surnames.containsKey(norm) || firstNames.containsKey(norm);
    }

    /** The one person named in full with this surname, or null when none or several are. */
    Entity onlyWithSurname(String norm) {
        Set<Entity> s = surnames.get(norm);
        return s != null && s.size() == 1 ? s.iterator().next() : null;
    }

    /** These names with {@code key} naming {@code entity}, unless the key already names something. */
    KnownNames withName(String key, Entity entity) {
        if (names.containsKey(key)) {
            return this;
        }
        Map<String, Entity> n = new HashMap<>(names);
        n.put(key, entity);
        return new KnownNames(n, surnames, acronyms, notEntities, places, firstNames);
    }

    /** The entity an acronym the article defined names, or null. */
    Entity acronym(String key) {
        return acronyms.get(key);
    }

    boolean isNotAnEntity(String key) {
        return notEntities.contains(key);
    }

    /** These names with the acronym {@code key} defined as a short name of {@code entity}. */
    KnownNames withAcronym(String key, Entity entity) {
        Map<String, Entity> a = new HashMap<>(acronyms);
        a.putIfAbsent(key, entity);
        return new KnownNames(names, surnames, a, notEntities, places, firstNames);
    }

    /** These names with the acronym or name {@code key} given to something that is no entity. */
    KnownNames withNotAnEntity(String key) {
        Set<String> n = new java.util.HashSet<>(notEntities);
        n.add(key);
        return new KnownNames(names, surnames, acronyms, n, places, firstNames);
    }

    /** These names with the country or region {@code key} named. */
    KnownNames withPlace(String key) {
        if (places.contains(key)) {
            return this;
        }
        Set<String> n = new java.util.HashSet<>(places);
        n.add(key);
        return new KnownNames(names, surnames, acronyms, notEntities, n, firstNames);
    }

    /**
     * These names with {@code person} written in full as {@code name}: its last piece becomes a surname, its first
     * piece a first name.
     */
    KnownNames withPerson(Entity person, String name) {
        List<String> ps = NameText.surfacePieces(name);
        if (ps.size() < 2) {
            return this;
        }
        String surname = NameText.norm(ps.get(ps.size() - 1));
        String first = NameText.norm(ps.get(0));
        if (withSurname(surname).contains(person) && withFirstName(first).contains(person)) {
            return this;
        }
        return new KnownNames(names, adding(surnames, surname, person), acronyms, notEntities, places,
                adding(firstNames, first, person));
    }

    private static Map<String, Set<Entity>> adding(Map<String, Set<Entity>> m, String key, Entity person) {
        Map<String, Set<Entity>> out = new HashMap<>(m);
        Set<Entity> people = new LinkedHashSet<>(m.getOrDefault(key, Set.of()));
        people.add(person);
        out.put(key, people);
        return out;
    }
}
