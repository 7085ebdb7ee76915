package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * Which of a catalog name's entries and senses a sentence uses: a region or a city by a place noun ("the Kherson
 * region", "the city of Kherson"), the government or the city for a capital ({@link CapitalSense}), a city among
 * cities, or nothing when the name only qualifies a facility or a noun ("the Zaporizhzhia nuclear power plant",
 * "Rwandan army advisers"). Stateless.
 */
final class CatalogSenses {

    private CatalogSenses() {
    }

    /** The sense of catalog match {@code c}, or null when the name makes no mention here. */
    static Sense choose(SentencePieces p, CatalogMatch c, CatalogMatcher matcher, List<Candidate> found,
                        Set<String> places) {
        if (facilityAfter(p, c.end()) && c.allPlaces()) {
            NameIndex.Form city = servedCity(p, c);
            return city == null ? null : Sense.of(city.entry(), MentionKind.NAME, c.exact() ? 0.9 : 0.8,
                    Rules.CITY_BEFORE_FACILITY); // "the Zaporizhzhia nuclear power plant" names a facility
        }
        if (demonymModifier(p, c, matcher) || legislatureOfTitle(p, c) || riverAfter(p, c)) {
            return null;
        }
        Piece next = p.at(c.end());
        String nextNorm = next != null && p.joined(c.end()) && next.lower() ? next.norm() : "";
        boolean compoundAfter = p.hyphenBefore(c.end()) && next != null && next.lower();
        boolean compound = compoundAfter || p.hyphenBefore(c.begin()) && p.lower(c.begin() - 1);
        String prev = p.lowerNorm(c.begin() - 1);
        String prev2 = p.norm(c.begin() - 2);
        boolean regionCue = Words.REGION_NOUNS_AFTER_NAMES.contains(nextNorm)
                || Words.DIVISION_NOUNS_AFTER_CITY_NAMES.contains(nextNorm)
                || prev.equals("of") && Words.REGION_NOUNS_BEFORE_OF.contains(prev2)
                || PlaceCues.sharedPluralRegionNoun(p, c.end()) || PlaceCues.enclaveAppositionAfter(p, c.end());
        boolean cityCue = nextNorm.equals("city") || nextNorm.equals("town")
                || prev.equals("of") && Words.CITY_NOUNS_BEFORE_OF.contains(prev2)
                || compoundAfter && nextNorm.equals("based")
                || !regionCue && PlaceCues.settlementAppositionAfter(p, c.end()); // "Mandalay, the second city"
        List<NameIndex.Form> forms = byEvidence(p, c, places, matcher);
        regionCue = regionCue || !cityCue && townNameAmongDivisions(p, c, forms); // "the city of X and the other areas"
        cityCue = cityCue || !regionCue && townAndRegion(p, c, forms, matcher)
                && TownCues.groundVerbBefore(p, c.begin(), c.end());
        if (!regionCue && !cityCue && areaOfNoNamedState(p, c, forms, places)) {
            return null;
        }
        double conf = c.exact() ? 0.95 : 0.85;
        MentionKind nameKind = compound ? MentionKind.COMPOUND : MentionKind.NAME;
        Sense cued = regionCue || cityCue ? cuedSense(p, c, forms, matcher, regionCue, nextNorm, nameKind, conf)
                : regionOfOffice(p, c, forms, matcher, nameKind, conf);
        if (cued != null) {
            return cued;
        }
        NameIndex.Form metonym = first(forms, MentionKind.METONYM, null);
        NameIndex.Form name = first(forms, MentionKind.NAME, null);
        NameIndex.Form cityName = first(forms, MentionKind.NAME, EntityType.CITY);
        if (metonym != null) {
            return capital(p, c, metonym, name, cityName, cityCue || CapitalSense.isCity(p, c.begin(), c.end(), matcher, found),
                    compound, conf);
        }
        if (cityName != null && name != null && name.entry().type() == EntityType.REGION
                && (CapitalSense.previousListItemIsCity(p, c.begin(), c.end(), found)
                || PlaceLists.forwardNeighbour(p, c.end(), matcher) == EntityType.CITY)) {
            return Sense.of(cityName.entry(), nameKind, conf, Rules.CITY_AMONG_CITIES); // "Odesa, Kherson and Mykolaiv"
        }
        if (name == null) {
            return null;
        }
        return Sense.of(name.entry(), nameKind, conf, !name.cueOnly() ? Rules.CATALOG_NAME
                : name.entry() == c.pairedRegion() ? Rules.PAIRED_REGION : Rules.CUE_NAME);
    }

    /**
     * "Cox's Bazar district", "in Kasur district": a name the catalog lists only as a city, right before a singular
     * division noun, names the division, which the catalog lacks: a region minted as "Cox's Bazar District". Null
     * for a name that is no catalog city or that has a region entry, for other region cues, and after "the" ("the
     * Cite Soleil district", "the Karrada district of Baghdad": often a city's quarter, which keeps the city's name);
     * other division nouns name no quarter, after "the" too ("the Kohat division commissioner").
     */
    private static Sense divisionOfCityName(SentencePieces p, CatalogMatch c, List<NameIndex.Form> forms,
                                            String noun, double conf) {
        if (!Words.DIVISION_NOUNS_AFTER_CITY_NAMES.contains(noun)
                || p.lowerNorm(c.begin() - 1).equals("the") && noun.equals("district")
                || first(forms, MentionKind.NAME, EntityType.CITY) == null
                || forms.stream().anyMatch(f -> f.entry().type() == EntityType.REGION)) {
            return null;
        }
        String label = p.text(c.begin(), c.end()) + " " + Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        return new Sense(null, Entity.minted(EntityType.REGION, label), MentionKind.NAME, conf - 0.1,
                Rules.CITY_NAME_BEFORE_DIVISION_NOUN);
    }

    /**
     * "Kidal": the name of a catalog town and of a catalog region (by itself or with a region noun: "Kidal Region"),
     * whose sense a cue chooses ("the army retook Kidal"); a capital's name goes to {@link CapitalSense}.
     */
    private static boolean townAndRegion(SentencePieces p, CatalogMatch c, List<NameIndex.Form> forms,
                                         CatalogMatcher matcher) {
        return first(forms, MentionKind.NAME, EntityType.CITY) != null
                && first(forms, MentionKind.METONYM, null) == null
                && (first(forms, MentionKind.NAME, EntityType.REGION) != null
                        || regionByNoun(matcher.index(), p.key(c.begin(), c.end())) != null);
    }

    /**
     * "the provinces of Quneitra, Daraa and Sweida", "Jaffna, Batticaloa and the other districts", "Cibitoke, one
     * of the provinces": a name the catalog lists as a town, and as no country, counted among divisions.
     */
    private static boolean townNameAmongDivisions(SentencePieces p, CatalogMatch c, List<NameIndex.Form> forms) {
        return first(forms, MentionKind.NAME, EntityType.CITY) != null
                && forms.stream().noneMatch(f -> f.entry().type() == EntityType.COUNTRY)
                && (PlaceCues.oneOfDivisionsAfter(p, c.end()) || PlaceLists.regionList(p, c.begin(), c.end()));
    }

    /**
     * The region a region cue gives a name whose matched forms hold none: the catalog region named by it and a region
     * noun ("Jaffna" for Jaffna District), else the division a division noun after a town's name names, minted.
     */
    private static Sense regionOfTownName(SentencePieces p, CatalogMatch c, List<NameIndex.Form> forms,
                                          CatalogMatcher matcher, String nextNorm, MentionKind nameKind, double conf) {
        NameIndex.Form region = regionByNoun(matcher.index(), p.key(c.begin(), c.end()));
        if (region != null) {
            return Sense.of(region.entry(), nameKind, conf, Rules.PLACE_BY_CUE);
        }
        return divisionOfCityName(p, c, forms, nextNorm, conf);
    }

    /** The sense a region cue or a city cue gives: the catalog place of that type, else a region of a town's name. */
    private static Sense cuedSense(SentencePieces p, CatalogMatch c, List<NameIndex.Form> forms, CatalogMatcher matcher,
                                   boolean regionCue, String nextNorm, MentionKind nameKind, double conf) {
        NameIndex.Form cued = first(forms, MentionKind.NAME, regionCue ? EntityType.REGION : EntityType.CITY);
        if (cued != null) {
            return Sense.of(cued.entry(), nameKind, conf, Rules.PLACE_BY_CUE);
        }
        return regionCue ? regionOfTownName(p, c, forms, matcher, nextNorm, nameKind, conf) : null;
    }

    /**
     * "Okinawa Governor Denny Tamaki", "the Mandera governor", "Batna's governor", "the governor of Batna": a name the
     * catalog lists as a town, and as no country, beside the title of a region's office ({@code region-office-titles})
     * is the region of that name, listed under the name itself or under the name and a region noun ("Mandera
     * County"); null when the catalog has none.
     */
    private static Sense regionOfOffice(SentencePieces p, CatalogMatch c, List<NameIndex.Form> forms,
                                        CatalogMatcher matcher, MentionKind nameKind, double conf) {
        if (!besideRegionOffice(p, c)
                || first(forms, MentionKind.NAME, EntityType.CITY) == null
                || forms.stream().anyMatch(f -> f.entry().type() == EntityType.COUNTRY)) {
            return null;
        }
        NameIndex.Form region = first(forms, MentionKind.NAME, EntityType.REGION);
        if (region == null) {
            region = regionByNoun(matcher.index(), p.key(c.begin(), c.end()));
        }
        return region == null ? null : Sense.of(region.entry(), nameKind, conf, Rules.PLACE_BEFORE_REGION_OFFICE);
    }

    /**
     * The title of a region's office right after the name, after its possessive ("Batna's governor"), or before it
     * and "of" ("the governor of Batna"); not in a compound ("the Batna-governor race").
     */
    private static boolean besideRegionOffice(SentencePieces p, CatalogMatch c) {
        int t = c.end();
        if (p.at(t) != null && p.at(t).possessive()) {
            t++;
        }
        Piece next = p.at(t);
        boolean after = next != null && p.joined(t) && !p.hyphenBefore(c.end())
                && Words.REGION_OFFICE_TITLES.contains(next.norm());
        return after || p.lowerNorm(c.begin() - 1).equals("of") && p.joined(c.begin()) && p.joined(c.begin() - 1)
                && Words.REGION_OFFICE_TITLES.contains(p.norm(c.begin() - 2));
    }

    /** The one catalog region named by {@code key} and a region noun ("Jaffna District" for "Jaffna"), or null. */
    private static NameIndex.Form regionByNoun(NameIndex index, String key) {
        NameIndex.Form found = null;
        for (String noun : Words.REGION_NOUNS_AFTER_NAMES.entries()) {
            for (NameIndex.Form f : index.forms(key + " " + noun)) {
                if (f.entry().type() == EntityType.REGION && f.kind() == MentionKind.NAME) {
                    if (found != null && !found.entry().key().equals(f.entry().key())) {
                        return null;
                    }
                    found = f;
                }
            }
        }
        return found;
    }

    /** A capital or seat of government: the government, else the city (listed or minted) or the building. */
    private static Sense capital(SentencePieces p, CatalogMatch c, NameIndex.Form metonym, NameIndex.Form name,
                                 NameIndex.Form cityName, boolean city, boolean compound, double conf) {
        if (!city) {
            return Sense.of(metonym.entry(), compound ? MentionKind.COMPOUND : MentionKind.METONYM, conf - 0.1,
                    Rules.METONYM_GOVERNMENT);
        }
        MentionKind nameKind = compound ? MentionKind.COMPOUND : MentionKind.NAME;
        if (cityName != null) {
            return Sense.of(cityName.entry(), nameKind, conf, Rules.METONYM_CITY);
        }
        if (name != null) {
            return Sense.of(name.entry(), nameKind, conf, Rules.METONYM_CITY);
        }
        if (c.length() > 1 || p.norm(c.begin() - 1).equals("the")) {
            return Sense.of(metonym.entry(), MentionKind.METONYM, conf - 0.1, Rules.METONYM_BUILDING);
        }
        Entity unlisted = Entity.minted(EntityType.CITY, p.text(c.begin(), c.end()));
        return new Sense(null, unlisted, MentionKind.NAME, 0.6, Rules.METONYM_UNLISTED_CITY);
    }

    /**
     * The forms with the evidence of the article first: an entry in the place named right after it and a comma ("San
     * Jose, California"), then those written as the text writes them (accents aside: "San Jose" writes San José as
     * well as another town's cue name), then entries in a country or region the article named, then the places where
     * more people live; otherwise in catalog order. A country's own name leaves out the cue names of places in other
     * countries: a town named like a foreign country is not that country's name in an article that named the town's.
     */
    private static List<NameIndex.Form> byEvidence(SentencePieces p, CatalogMatch c, Set<String> places,
                                                   CatalogMatcher matcher) {
        List<NameIndex.Form> sorted = new ArrayList<>(c.forms());
        if (sorted.size() > 1) { // a single form has no other country's town to drop
            dropForeignCueNames(sorted);
        }
        // the place after the name is matched once, not at every comparison (a single form is never compared)
        Set<String> apposed = sorted.size() > 1 ? PlaceApposition.placesAfter(p, c.end(), matcher) : Set.of();
        sorted.sort(Comparator.<NameIndex.Form>comparingInt(f -> PlaceApposition.locatedIn(f.entry(), apposed) ? 0 : 1)
                .thenComparingInt(f -> c.writtenAlike(f, p) ? 0 : 1)
                .thenComparingInt(f -> f.entry().partOf() != null && CatalogMatcher.inNamedPlace(f.entry(), places) ? 0 : 1)
                .thenComparingInt(f -> f.cueOnly() ? 1 : 0) // a place's own name before another's cue name
                .thenComparingLong(f -> -f.entry().place().population())); // a stable sort keeps catalog order
        return sorted;
    }

    /**
     * Drops the cue names of places outside every country {@code forms} names by its own name: the country, not a
     * town of another country named so.
     */
    private static void dropForeignCueNames(List<NameIndex.Form> forms) {
        Set<String> countries = new HashSet<>();
        for (NameIndex.Form f : forms) {
            if (!f.cueOnly() && f.entry().type() == EntityType.COUNTRY) {
                countries.add(f.entry().key());
            }
        }
        if (!countries.isEmpty()) {
            forms.removeIf(f -> f.cueOnly() && f.entry().partOf() != null && !countries.contains(f.entry().partOf()));
        }
    }

    /**
     * "jihadists in the Sahel": a name of an area larger than a country ({@code supranational-areas}) that the
     * catalog also gives a province, in an article that named none of that province's countries, is the area.
     */
    private static boolean areaOfNoNamedState(SentencePieces p, CatalogMatch c, List<NameIndex.Form> forms,
                                              Set<String> places) {
        return places != null && Words.SUPRANATIONAL_AREAS.contains(p.key(c.begin(), c.end()))
                && forms.stream().allMatch(f -> f.entry().partOf() != null
                        && !CatalogMatcher.inNamedPlace(f.entry(), places));
    }

    private static NameIndex.Form first(List<NameIndex.Form> forms, MentionKind kind, EntityType type) {
        for (NameIndex.Form f : forms) {
            if (f.kind() == kind && (type == null || f.entry().type() == type)) {
                return f;
            }
        }
        return null;
    }

    /** "the Lebanese Parliament Speaker": a legislature's name before a capitalized title names the office. */
    private static boolean legislatureOfTitle(SentencePieces p, CatalogMatch c) {
        Piece next = p.at(c.end());
        return next != null && p.joined(c.end()) && next.cap() && Words.TITLES.contains(next.norm())
                && c.forms().stream().allMatch(f -> CatalogMatcher.legislative(f.entry()));
    }

    /** "Ruritanian military advisers": a demonym-led alias that only qualifies the noun after it. */
    private static boolean demonymModifier(SentencePieces p, CatalogMatch c, CatalogMatcher matcher) {
        Piece first = p.get(c.begin());
        Piece last = p.get(c.end() - 1);
        Piece next = p.at(c.end());
        return c.length() >= 2 && matcher.index().isDemonym(first.norm()) && last.lower()
                && next != null && p.joined(c.end()) && next.lower() && next.pos().startsWith("NN");
    }

    /**
     * "Sanaa airport", "the Odesa port": a city's airport or port lies in the city, so the name is the city's
     * (a plant or a dam named after a place is often far from it). Null unless such a word follows at once.
     */
    private static NameIndex.Form servedCity(SentencePieces p, CatalogMatch c) {
        Piece next = p.at(c.end());
        if (next == null || !p.joined(c.end()) || p.hyphenBefore(c.end()) || !next.lower()
                || !Words.CITY_FACILITIES.contains(next.norm())) {
            return null;
        }
        return c.first(MentionKind.NAME, EntityType.CITY);
    }

    /**
     * "the Gao river", "along the Velmar river": a place's name right before a lower-case river noun
     * ({@code river-nouns}) names the river, a water body the gold leaves out, not the place.
     */
    private static boolean riverAfter(SentencePieces p, CatalogMatch c) {
        Piece next = p.at(c.end());
        return c.allPlaces() && next != null && p.joined(c.end()) && !p.hyphenBefore(c.end()) && next.lower()
                && Words.RIVER_NOUNS.contains(next.norm());
    }

    /**
     * A facility word within the three lower-case nouns and adjectives after the name: "the Velmar nuclear power
     * plant", not "Velmar said the plant".
     */
    private static boolean facilityAfter(SentencePieces p, int e) {
        for (int k = e; k < Math.min(p.size(), e + 3); k++) {
            Piece x = p.get(k);
            if (!p.joined(k) || !x.lower() || p.hyphenBefore(k) || !x.pos().startsWith("NN") && !x.pos().startsWith("JJ")) {
                return false;
            }
            if (Words.FACILITY_HEADS.contains(x.norm())) {
                return true;
            }
        }
        return false;
    }
}
