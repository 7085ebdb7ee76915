package org.parley.extract.mention;

import org.parley.core.RuleId;

/**
 * The ids of the mention rules written in Java: each names how a span was found and why it refers to its entity.
 * The rules that type an unknown phrase by its context have their ids in the table {@code phrase-types.tsv}.
 */
final class Rules {

    private Rules() {
    }

    /** A catalog name or alias, the only reading the context leaves. */
    static final RuleId CATALOG_NAME = RuleId.of("mention.catalog.name");
    /** A catalog person's name or alias. */
    static final RuleId CATALOG_PERSON = RuleId.of("mention.catalog.person");
    /**
     * A catalog cue name (a common word or a famous place's name) under a place cue, or after the article named the
     * place in full, in a place the article named.
     */
    static final RuleId CUE_NAME = RuleId.of("mention.catalog.cue-name");
    /**
     * A region's cue name that is also its country's name, paired with another region of that country by a word of a
     * pair or a movement ("between Britain and Northern Ireland"): the region, not the country ({@link SiblingRegions}).
     */
    static final RuleId PAIRED_REGION = RuleId.of("mention.catalog.paired-region");
    /** A catalog region's cue name that its context typed a region, in a country the article named. */
    static final RuleId TYPED_CUE_NAME = RuleId.of("mention.catalog.typed-cue-name");
    /** The name of a body opening the name of a negotiation format it set up ("the Bodyname Contact Group"). */
    static final RuleId FORMAT_BODY = RuleId.of("mention.catalog.format-body");
    /** A place or person the catalog writes in another romanization ("Deir Ezzor" for "Deir ez-Zor"). */
    static final RuleId SPELLING_VARIANT = RuleId.of("mention.catalog.spelling-variant");
    /** A name that a region or city cue around it types ("Luhansk region", "the city of Kherson"). */
    static final RuleId PLACE_BY_CUE = RuleId.of("mention.catalog.place-by-cue");
    /** A name shared by a city and its region, read as the city among other cities in a list. */
    static final RuleId CITY_AMONG_CITIES = RuleId.of("mention.catalog.city-among-cities");
    /** A catalog city's name before a division noun the catalog has no region for ("Kasur district"): that division. */
    static final RuleId CITY_NAME_BEFORE_DIVISION_NOUN = RuleId.of("mention.catalog.city-name-before-division-noun");
    /** A town's and region's name right before a region's office ("Okinawa Governor", "the Mandera governor"). */
    static final RuleId PLACE_BEFORE_REGION_OFFICE = RuleId.of("mention.catalog.place-before-region-office");
    /** A city named before a facility noun ("the Zaporizhzhia nuclear power plant" gives no place but the city). */
    static final RuleId CITY_BEFORE_FACILITY = RuleId.of("mention.catalog.city-before-facility");
    /** The first of two coordinated place names sharing their last words ("North and South Kivu"). */
    static final RuleId ELIDED_NAME = RuleId.of("mention.catalog.elided-name");
    /** A capitalized compass point before a catalog town's name ("West Velmar"): a part of the town, a region. */
    static final RuleId COMPASS_PART = RuleId.of("mention.catalog.compass-part");
    /** A capital or seat standing for its government ("Kyiv said", "the Kremlin"). */
    static final RuleId METONYM_GOVERNMENT = RuleId.of("mention.metonym.government");
    /** A capital in a place phrase ("talks in Kyiv"): the city. */
    static final RuleId METONYM_CITY = RuleId.of("mention.metonym.city");
    /** A seat-of-government building named as a place ("at the White House"). */
    static final RuleId METONYM_BUILDING = RuleId.of("mention.metonym.building");
    /** A metonym used as a place where the catalog has no city entry: a city minted from the name. */
    static final RuleId METONYM_UNLISTED_CITY = RuleId.of("mention.metonym.unlisted-city");
    /** A name after a title ("Foreign Minister Jane Doe"). */
    static final RuleId PERSON_AFTER_TITLE = RuleId.of("mention.person.after-title");
    /** A person named with a generation suffix ("Jane Doe Jr."), not the catalog's namesake. */
    static final RuleId PERSON_GENERATION_SUFFIX = RuleId.of("mention.person.generation-suffix");
    /** "the alliance" after one alliance was named. */
    static final RuleId ALLIANCE_DESCRIPTION = RuleId.of("mention.description.alliance");
    /** A surname after the full name was given in the article. */
    static final RuleId SURNAME = RuleId.of("mention.resolve.surname");
    /** A surname the catalog holds for exactly one person. */
    static final RuleId CATALOG_SURNAME = RuleId.of("mention.resolve.catalog-surname");
    /** A minted one-word person merged with the article's full name of the same surname. */
    static final RuleId SURNAME_OF_FULL_NAME = RuleId.of("mention.resolve.surname-of-full-name");
    /** A shorter name that ends the full name of one person or organization of the article ("Abu Zuhri"). */
    static final RuleId END_OF_FULL_NAME = RuleId.of("mention.resolve.end-of-full-name");
    /** A foreign ministry named without its country, in a sentence naming one country ("In Kigali, ..."). */
    static final RuleId BARE_FOREIGN_MINISTRY = RuleId.of("mention.resolve.bare-foreign-ministry");
    /** A first name after a title that opens the full name of one person of the article ("Sheikh Saif"). */
    static final RuleId FIRST_NAME_OF_FULL_NAME = RuleId.of("mention.resolve.first-name-of-full-name");
    /** A lone word that opens the full name of exactly one person the article named before ("Liu", "Tesfaye"). */
    static final RuleId FIRST_NAME = RuleId.of("mention.resolve.first-name");
    /** A place typed by a weak cue that a strong cue elsewhere in the article types otherwise ("in Surin"). */
    static final RuleId STRONGER_PLACE_CUE = RuleId.of("mention.resolve.stronger-place-cue");
    /** A name the catalog has as a city whose region the article names ("Idlib" after "Idlib province"). */
    static final RuleId REGION_NAMED_IN_ARTICLE = RuleId.of("mention.resolve.region-named-in-article");
    /** A town of a country whose news names its divisions bare: the division of that name it lies in ("Surin"). */
    static final RuleId BARE_DIVISION_NAME = RuleId.of("mention.resolve.bare-division-name");
    /** An unknown name seen typed elsewhere in the article. */
    static final RuleId KNOWN_NAME = RuleId.of("mention.resolve.known-name");
    /** A first name and surname before the article names the person with a title (in full or by the surname). */
    static final RuleId FULL_NAME_BEFORE_TITLE = RuleId.of("mention.resolve.full-name-before-title");
    /** "Tigray People's Liberation Front (TPLF)": the acronym names the same entity. */
    static final RuleId ACRONYM_IN_PARENTHESES = RuleId.of("mention.acronym.in-parentheses");
    /** An acronym the article defined in parentheses after a name, used again: that name's entity, not the catalog's. */
    static final RuleId DEFINED_ACRONYM = RuleId.of("mention.acronym.defined-in-article");
    /** A title that names its holder at the article's date ("the Russian president"). */
    static final RuleId OFFICE_HOLDER = RuleId.of("mention.title.office-holder");
    /** A capitalized phrase of two words or more no rule could type, which the statistical tagger reads as a person. */
    static final RuleId TAGGED_PERSON = RuleId.of("mention.ner.person");
    static final RuleId TAGGED_PERSON_IN_LIST = RuleId.of("mention.ner.person-in-list");
    /** A capitalized phrase of two words or more no rule could type, which the statistical tagger reads as an organization. */
    static final RuleId TAGGED_ORGANIZATION = RuleId.of("mention.ner.organization");
    /** A name the tagger reads as a person that opens with a place-name element or stands in a list of places. */
    static final RuleId TAGGED_PLACE_NOT_PERSON = RuleId.of("mention.ner.place-not-person");
}
