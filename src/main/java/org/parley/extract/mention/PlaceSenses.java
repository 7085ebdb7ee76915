package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.parley.catalog.CatalogEntry;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * One sense per article for a place name. A name typed a city by a weak cue ("in Surin") is the region the article
 * types by a strong cue elsewhere ("the Surin and Sisaket provinces"); a strong cue for each sense keeps both ("the
 * city of Raqa", "the Raqa region"). A bare name the catalog lists as a city is the region of that name when the
 * article names the region with its noun ("Idlib province") and never the city by a cue. Immutable and thread-safe.
 */
final class PlaceSenses {

    /** The confidence from which a typing cue is strong (a place noun or head word, not a preposition or a list). */
    static final double STRONG_CUE = 0.7;

    private final NameIndex index;

    PlaceSenses(NameIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** {@code found} with each place moved to the sense the rest of the article gives its name. */
    List<Candidate> oneSensePerArticle(List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate f : found) {
            Entity strong = f.confidence() < STRONG_CUE && f.kind() == MentionKind.NAME ? strongSense(found, f.entity()) : null;
            Entity region = strong == null && bareName(f) ? regionNamed(found, f.entity()) : null;
            Entity bare = strong == null && region == null && bareName(f) ? bareDivision(found, f.entity()) : null;
            if (strong != null) {
                out.add(f.as(strong, MentionKind.NAME, Rules.STRONGER_PLACE_CUE));
            } else if (region != null) {
                out.add(f.as(region, MentionKind.NAME, Rules.REGION_NAMED_IN_ARTICLE));
            } else if (bare != null) {
                out.add(f.as(bare, MentionKind.NAME, Rules.BARE_DIVISION_NAME));
            } else {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    private static Entity strongSense(List<Candidate> found, Entity weak) {
        if (!weak.type().isPlace() || weak.type() == EntityType.COUNTRY || !weak.equals(Entity.minted(weak.type(), weak.label()))) {
            return null;
        }
        Set<Entity> strong = new LinkedHashSet<>();
        for (Candidate c : found) {
            Entity o = c.entity();
            if (o.type() != weak.type() && o.type().isPlace() && o.type() != EntityType.COUNTRY
                    && c.confidence() >= STRONG_CUE && o.equals(Entity.minted(o.type(), weak.label()))) {
                strong.add(o);
            }
        }
        return strong.size() == 1 ? strong.iterator().next() : null;
    }

    /**
     * The region the article names as "{name} province" (or another region noun) when {@code city} is a catalog
     * city of that name the article never names by a city cue; else null.
     */
    private Entity regionNamed(List<Candidate> found, Entity city) {
        if (city.type() != EntityType.CITY) {
            return null;
        }
        Set<String> inArticle = new LinkedHashSet<>();
        for (Candidate c : found) {
            if (c.entity().equals(city) && !bareName(c)) {
                return null; // "the city of Idlib", "Idlib city": the article says the city
            }
            if (!c.rule().equals(Rules.PLACE_BEFORE_REGION_OFFICE)) {
                inArticle.add(c.entity().key()); // "the Mandera governor" names no region noun
            }
        }
        String name = NameText.key(NameText.surfacePieces(city.label()));
        Set<Entity> regions = new LinkedHashSet<>();
        for (NameIndex.Form f : index.forms(name)) { // "Nakhchivan, its exclave": the region of the name itself
            if (f.entry().type() == EntityType.REGION && inArticle.contains(f.entry().key())) {
                regions.add(f.entry().toEntity());
            }
        }
        for (String noun : Words.REGION_NOUNS_AFTER_NAMES.entries()) {
            for (NameIndex.Form f : index.forms(name + " " + noun)) {
                if (f.entry().type() == EntityType.REGION && inArticle.contains(f.entry().key())) {
                    regions.add(f.entry().toEntity());
                }
            }
        }
        return regions.size() == 1 ? regions.iterator().next() : null;
    }

    /**
     * "fighting in Surin": the division a catalog town lies in and shares its name with (the name and a region noun),
     * when the town's country names its divisions bare ({@code bare-division-countries}) and the article never names
     * the town by a cue ("Surin town"); else null.
     */
    private Entity bareDivision(List<Candidate> found, Entity city) {
        if (city.type() != EntityType.CITY || saidAsCity(found, city)) {
            return null;
        }
        String name = NameText.key(NameText.surfacePieces(city.label()));
        CatalogEntry town = index.forms(name).stream().map(NameIndex.Form::entry)
                .filter(e -> e.key().equals(city.key())).findFirst().orElse(null);
        if (town == null || town.partOf() == null || town.place().locatedIn() == null
                || !Words.BARE_DIVISION_COUNTRIES.contains(town.partOf().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (String noun : Words.REGION_NOUNS_AFTER_NAMES.entries()) {
            for (NameIndex.Form f : index.forms(name + " " + noun)) {
                if (f.entry().type() == EntityType.REGION && f.entry().key().equals(town.place().locatedIn())) {
                    return f.entry().toEntity();
                }
            }
        }
        return null;
    }

    /** The article names the city by a cue somewhere ("the city of Idlib", "Idlib city"). */
    private static boolean saidAsCity(List<Candidate> found, Entity city) {
        return found.stream().anyMatch(c -> c.entity().equals(city) && !bareName(c));
    }

    /** A catalog name with no cue, as the catalog writes it or in another romanization ("Sisaket"). */
    private static boolean bareName(Candidate c) {
        return c.rule().equals(Rules.CATALOG_NAME) || c.rule().equals(Rules.SPELLING_VARIANT);
    }

    /**
     * Whether a phrase typed by {@code t} is the entity the article named before with the same words: yes for the
     * same type, for a country, an organization or a person, and when only a weak cue (confidence under 0.7: a
     * preposition, a list) types it otherwise ("several cities of Punjab" after "Punjab province"); no when a strong
     * cue names the other sense of a place ("the Raqa region" after "the city of Raqa").
     */
    static boolean reusable(Entity known, PhraseTyping t) {
        return known != null && (known.type() == t.type() || !known.type().isPlace()
                || known.type() == EntityType.COUNTRY || t.confidence() < STRONG_CUE);
    }
}
