package org.parley.extract.mention;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The lexicon's word lists the mention rules read (see {@code org/parley/extract/lexicon/}), each named for what it
 * holds. Loaded once with the bundled lexicon; immutable and thread-safe.
 */
final class Words {

    private Words() {
    }

    static final WordList TITLES = list("titles");
    static final WordList TITLE_MODIFIERS = list("title-modifiers");
    static final WordList TITLE_GIVEN_NAMES = list("title-given-names");
    static final WordList HONORIFICS = list("honorifics");
    static final WordList ORG_HEADS = list("org-heads");
    static final WordList MEDIA_HEADS = list("media-heads");
    static final WordList BARE_FOREIGN_MINISTRY_NAMES = list("bare-foreign-ministry-names");
    static final WordList REGION_HEADS = list("region-heads");
    static final WordList REGION_NOUNS_AFTER_NAMES = list("region-nouns-after-names");
    /** Singular division nouns after a city's name that name a division of that name ("Kasur district"). */
    static final WordList DIVISION_NOUNS_AFTER_CITY_NAMES = list("division-nouns-after-city-names");
    /** Titles of a region's office after a town's name that make it the region ("Okinawa Governor"). */
    static final WordList REGION_OFFICE_TITLES = list("region-office-titles");
    /** Nouns after a name that make it a people's ("the Kokang people"). */
    static final WordList PEOPLE_NOUNS = list("people-nouns");
    static final WordList PEOPLE_NAMES = list("people-names");
    /** Words after a name and a hyphen that make it a people's ("Naga-inhabited"). */
    static final WordList PEOPLE_COMPOUNDS = list("people-compounds");
    static final WordList LANDFORM_NAME_NOUNS = list("landform-name-nouns");
    static final WordList LANDFORM_NOUNS = list("landform-nouns");
    /** Lower-case river nouns after a place's name that make it the river's ("the Beli river"). */
    static final WordList RIVER_NOUNS = list("river-nouns");
    /** Enclave nouns, region nouns after a name but not after an adjective ("its Baltic exclave"). */
    static final WordList ENCLAVE_NOUNS = list("enclave-nouns");
    static final WordList ENCLAVE_APPOSITION_OWNERS = list("enclave-apposition-owners");
    /** Countries whose news names a first-level division by its bare name (catalog keys, lower case). */
    static final WordList BARE_DIVISION_COUNTRIES = list("bare-division-countries");
    static final WordList ADJECTIVE_ENDINGS = list("adjective-endings");
    static final WordList CITY_NOUNS_BEFORE_OF = list("city-nouns-before-of");
    static final WordList CITY_NOUNS_AFTER_NAMES = list("city-nouns-after-names");
    static final WordList REGION_NOUNS_BEFORE_OF = list("region-nouns-before-of");
    static final WordList UNANNOTATED_HEADS = list("unannotated-heads");
    static final WordList BUILDING_NAME_ENDS = list("building-name-ends");
    static final WordList PUBLIC_SPACE_HEADS = list("public-space-heads");
    static final WordList TERRITORY_HEADS = list("territory-heads");
    static final WordList SUPRANATIONAL_AREAS = list("supranational-areas");
    /** The words of never-names, month-names and weekdays together, read once per capitalized word. */
    private static final Set<String> NEVER_NAME_WORDS = union("never-names", "month-names", "weekdays");
    static final WordList SPEECH_VERB_FORMS = list("speech-verb-forms");
    /** Nouns for what a party proposes, asks or refuses ("an offer from Kyiv" is the government's). */
    static final List<WordList> PROPOSAL_NOUNS = List.of(list("offer-nouns"), list("demand-nouns"), list("rejection-nouns"));
    /** Nouns for what a government does to others or says back ("pressure from Washington" is the government's). */
    static final WordList GOVERNMENT_ACT_NOUNS = list("government-act-nouns");
    static final WordList PLACE_PREPOSITIONS = list("place-prepositions");
    static final WordList LOCATION_PREPOSITIONS = list("location-prepositions");
    static final WordList PLACE_NAME_ELEMENTS = list("place-name-elements");
    static final WordList PLACE_ELEMENT_PREPOSITIONS = list("place-element-prepositions");
    static final WordList CITY_PARTS = list("city-parts");
    static final WordList PLACE_OBJECT_VERB_FORMS = list("place-object-verb-forms");
    static final WordList MOVEMENT_WORDS = list("movement-words");
    /** Verbs of sending, flying or inviting people, whose "to" further on names where they go. */
    static final WordList SENDING_VERB_FORMS = list("sending-verb-forms");
    /** Texts and answers, which go to a government rather than to a city ("sent its reply to Kampala"). */
    static final WordList DOCUMENT_NOUNS = list("document-nouns");
    static final WordList ANSWER_NOUNS = list("answer-nouns");
    static final WordList SENT_MESSAGE_NOUNS = list("sent-message-nouns");
    static final WordList MISSION_HEADS = list("mission-heads");
    static final WordList NATIONAL_SOCIETY_NAMES = list("national-society-names");
    static final WordList NAME_CONNECTORS = list("name-connectors");
    static final WordList CAUSE_CONNECTORS = list("cause-connectors");
    static final WordList SUBJECT_HEADS = list("subject-heads");
    static final WordList SUBJECT_NOUN_ENDINGS = list("subject-noun-endings");
    static final WordList RESIDENT_NOUNS = list("resident-nouns");
    static final WordList IDEOLOGY_SUFFIXES = list("ideology-suffixes");
    static final WordList NAME_PARTICLES = list("name-particles");
    static final WordList SETTLEMENT_NOUNS = list("settlement-nouns");
    static final WordList DIVISION_NOUNS = list("division-nouns");
    static final WordList TITLE_OFFICES = list("title-offices");
    static final WordList PEOPLE_PLURALS = list("people-plurals");
    static final WordList ORGANIZATION_NOUNS = list("organization-nouns");
    static final WordList POSSESSIVE_NAME_WORDS = list("possessive-name-words");
    static final WordList COMPOUND_SUFFIXES = list("compound-suffixes");
    static final WordList STANCE_PREFIXES = list("stance-prefixes");
    static final WordList DOCUMENT_HEADS = list("document-heads");
    static final WordList FACILITY_HEADS = list("facility-heads");
    static final WordList CITY_FACILITIES = list("city-facilities");
    static final WordList COMPANY_NAME_ENDINGS = list("company-name-endings");
    static final WordList COMPANY_NOUNS = list("company-nouns");
    static final WordList COMPANY_PLURALS = list("company-plurals");
    static final WordList COMPANY_SUFFIXES = list("company-suffixes");
    static final WordList NAMING_VERB_FORMS = list("naming-verb-forms");
    static final WordList PARTY_NOUNS = list("party-nouns");
    static final WordList PARTY_STATUS_WORDS = list("party-status-words");
    static final WordList GENERATION_SUFFIXES = list("generation-suffixes");
    static final WordList PERSON_NOUNS = list("person-nouns");
    static final WordList PERSON_ROLE_NOUNS = list("person-role-nouns");
    static final WordList LEADING_VERB_FORMS = list("leading-verb-forms");
    static final WordList ARTICLES = list("articles");
    static final WordList QUANTIFIERS = list("quantifiers");
    static final WordList PLACE_EVENT_NOUNS = list("place-event-nouns");
    static final WordList VENUE_NAMED_NOUNS = list("venue-named-nouns");
    static final WordList CITY_OBJECT_VERB_FORMS = list("city-object-verb-forms");
    static final WordList TERRITORIAL_STATUS_NOUNS = list("territorial-status-nouns");
    static final WordList MOTION_VERB_FORMS = list("motion-verb-forms");
    static final WordList PERSON_OBJECT_WORDS = list("person-object-words");
    static final WordList LEAVING_WORD_FORMS = list("leaving-word-forms");
    static final WordList NAME_ABBREVIATIONS = list("name-abbreviations");
    static final WordList MEDIA_CUE_WORDS = list("media-cue-words");
    static final WordList MEDIA_REPORTING_VERBS = list("media-reporting-verbs");
    static final WordList MEDIA_AGENCY_NOUNS = list("media-agency-nouns");
    static final WordList MEDIA_SITE_SUFFIXES = list("media-site-suffixes");
    static final WordList MEDIA_DOMAINS = list("media-domains");
    static final WordList MEDIA_FIRST_WORDS = list("media-first-words");
    static final WordList OUTLET_ARTICLES = list("outlet-articles");
    static final WordList LEGISLATURE_NAMES = list("legislature-names");
    static final WordList GOVERNMENT_MODIFIERS = list("government-modifiers");
    static final WordList NEARNESS_ADJECTIVES = list("nearness-adjectives");
    static final WordList COMPASS_ADJECTIVES = list("compass-adjectives");
    /** "east", "west", "north", "south": capitalized before a town, a part of it ("West Velmar"). */
    static final WordList COMPASS_POINTS = list("compass-points");
    static final WordList CONQUEST_VERB_FORMS = list("conquest-verb-forms");
    static final WordList PLACE_PAIR_JOINERS = list("place-pair-joiners");
    /** "and", "or": the words that join the last two names of a list. */
    static final WordList LIST_JOINERS = list("list-joiners");
    /** Words before a place name of several words that let it take a list's plural region noun ("in", "the"). */
    static final WordList PLACE_LIST_OPENERS = list("place-list-openers");

    /** A capitalized word that is never a name by itself: a month's, a weekday's or another word of never-names. */
    static boolean neverName(String norm) {
        return NEVER_NAME_WORDS.contains(norm);
    }

    private static Set<String> union(String... names) {
        Set<String> words = new HashSet<>();
        for (String name : names) {
            words.addAll(list(name).entries());
        }
        return Set.copyOf(words);
    }

    private static WordList list(String name) {
        return Lexicon.bundled().list(name);
    }
}
