package org.parley.extract.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.EntityType;

/**
 * Word lists that type proper-noun phrases by their context: person titles, organization and
 * region heads, place cues, and the heads of names Parley does not annotate. All lower case.
 */
final class NameWords {

    private NameWords() {
    }

    /** Words that name a position held by a person; one before a name makes it a person. */
    static final Set<String> TITLE_HEADS = Set.of(
            "president", "minister", "premier", "chancellor", "secretary", "general", "gen", "lt", "col", "maj",
            "adm", "sgt", "capt", "brig", "colonel", "lieutenant", "admiral", "commander", "marshal", "mr", "ms",
            "mrs", "dr", "sen", "senator", "rep", "representative", "gov", "governor", "mayor", "ambassador",
            "envoy", "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "head", "negotiator",
            "adviser", "advisor", "chairman", "chairwoman", "chairperson", "chair", "director", "king", "queen",
            "prince", "princess", "emir", "sheikh", "sultan", "pope", "cardinal", "archbishop", "patriarch",
            "speaker", "judge", "justice", "prosecutor", "coordinator", "commissioner", "mediator", "official",
            "lawmaker", "legislator", "deputy", "vice", "diplomat", "counselor", "councillor", "aide",
            "attorney", "ayatollah", "imam", "rabbi", "bishop", "father", "sister", "lord", "lady", "sir",
            "dame", "crown", "field", "major", "presidents", "ministers", "analyst", "researcher", "professor",
            "prof", "journalist", "correspondent", "editor", "activist", "mp", "mep", "ceo", "founder", "ombudsman",
            "ombudswoman", "rapporteur");

    /** Words that go with a title head inside a title ("Deputy Prime Minister", "Secretary of State"). */
    static final Set<String> TITLE_MODIFIERS = Set.of(
            "prime", "foreign", "defense", "defence", "interior", "finance", "economy", "state", "deputy", "vice",
            "acting", "former", "supreme", "chief", "general", "special", "national", "security", "affairs",
            "foreign-affairs", "first", "senior", "top", "executive", "military", "presidential", "high",
            "of", "for", "the", "and", "army", "staff", "joint", "armed", "forces", "health", "justice",
            "energy", "trade", "intelligence", "external", "home", "reintegration", "reunification",
            "unification", "european", "lieutenant", "major", "brigadier", "crown", "field", "assistant",
            "under", "undersecretary", "permanent", "un", "u.n", "nato", "eu", "white", "house", "press",
            "elect", "designate", "interim", "transitional", "sovereign", "council", "party", "information",
            "communications", "ruling", "opposition", "rebel", "militia", "political", "bureau", "politburo",
            "committee", "central", "navy", "naval", "air", "force", "ground", "overall");

    /** Honorifics: the next capitalized word is a person's (sur)name. */
    static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "dr", "sir", "dame", "gen", "lt", "col",
            "maj", "adm", "sgt", "capt", "sen", "rep", "gov", "prof");

    /** Heads that make a proper-noun phrase an organization. */
    static final Set<String> ORG_HEADS = Set.of(
            "ministry", "council", "committee", "front", "army", "forces", "force", "party", "movement", "union",
            "organization", "organisation", "agency", "bank", "court", "commission", "office", "department",
            "brigade", "brigades", "group", "alliance", "coalition", "association", "authority", "assembly",
            "parliament", "government", "cabinet", "administration", "service", "services", "guard", "guards",
            "corps", "police", "navy", "militia", "militias", "battalion", "regiment", "division", "command",
            "federation", "league", "institute", "foundation", "fund", "network", "university", "company",
            "corporation", "chamber", "congress", "senate", "bureau", "directorate", "secretariat", "mission", "tribunal",
            "board", "center", "centre", "observatory", "watch", "international", "societies", "society",
            "red", "crescent", "cross", "legion", "unit", "units", "committees", "councils", "parties",
            "organizations", "agencies", "ministries", "courts", "presidency", "junta", "jihad", "brotherhood",
            "taliban", "hezbollah", "conference", "airlines", "airways", "railways", "bloc", "caucus", "duma",
            "knesset", "rada",
            "majlis", "legislature", "state-run", "news", "press", "times", "post", "journal", "herald",
            "telegraph", "tribune", "gazette", "radio", "television", "tv", "broadcasting", "media");

    /** Heads of media names: organizations, but only with at least two pieces ("Washington Post"). */
    static final Set<String> MEDIA_HEADS = Set.of("news", "press", "times", "post", "journal", "herald",
            "telegraph", "tribune", "gazette", "radio", "television", "tv", "broadcasting", "media");

    /** Heads that make the last word of a capitalized phrase a sub-national region. */
    static final Set<String> REGION_HEADS = Set.of("oblast", "province", "region", "district", "governorate",
            "county", "prefecture", "krai", "raion", "canton", "department", "municipality", "emirate",
            "territory", "territories", "valley");

    /** Lower-case words after a name that make it a region: "the Kherson region". */
    static final Set<String> REGION_CUES_AFTER = Set.of("region", "regions", "province", "provinces", "oblast",
            "oblasts", "district", "districts", "governorate", "state", "county", "prefecture", "krai",
            "territory", "enclave", "area");

    /** Lower-case words before "of" that make the next name a city: "the city of X". */
    static final Set<String> CITY_NOUNS = Set.of("city", "town", "village", "port", "capital", "settlement",
            "suburb", "outskirts", "mayor", "streets", "centre", "center", "residents");

    /** Lower-case words before "of" that make the next name a region: "the region of X". */
    static final Set<String> REGION_NOUNS = Set.of("region", "province", "district", "governorate", "state",
            "county", "prefecture", "oblast", "territory", "enclave");

    /** Heads of names Parley does not annotate: water bodies, facilities, treaties, processes, events, routes. */
    static final Set<String> NOT_ANNOTATED_HEADS = Set.of(
            "sea", "seas", "river", "strait", "straits", "gulf", "bay", "ocean", "lake", "canal", "channel",
            "plant", "station", "airport", "bridge", "dam", "base", "port", "harbor", "harbour", "mosque",
            "church", "cathedral", "hospital", "stadium", "square", "street", "avenue", "road", "highway",
            "pipeline", "corridor", "route", "crossing", "checkpoint", "border", "line", "zone", "camp",
            "agreement", "agreements", "accord", "accords", "treaty", "treaties", "resolution", "resolutions",
            "protocol", "convention", "charter", "declaration", "memorandum", "act", "law", "plan",
            "initiative", "formula", "deal", "process", "dialogue", "talks", "discussions", "negotiations",
            "summit", "forum", "format", "war", "wars", "battle", "offensive", "operation", "revolution",
            "uprising", "crisis", "massacre", "genocide", "intifada", "day", "games", "cup", "prize", "award",
            "social", "twitter", "facebook", "telegram", "palace", "building", "tower", "hall",
            "museum", "peninsula", "mountains", "mountain", "mount", "desert", "island", "islands",
            "heights", "basin", "delta", "coast", "shore", "hills", "plateau");

    /** Heads that end a territory's name: "Gaza Strip". */
    static final Set<String> TERRITORY_HEADS = Set.of("strip");

    /** Supranational areas and other place names that are not countries, regions or cities. */
    static final Set<String> SUPRANATIONAL = Set.of("middle east", "near east", "far east", "europe", "west",
            "the west", "east", "africa", "asia", "americas", "latin america", "south america", "north america",
            "central america", "balkans", "western balkans", "caucasus", "south caucasus", "north caucasus",
            "sahel", "horn of africa", "east africa", "west africa", "central africa", "southern africa",
            "north africa", "central asia", "south asia", "southeast asia", "east asia", "asia pacific",
            "indo pacific", "arctic", "antarctica", "global south", "levant", "maghreb", "arab world",
            "eastern europe", "western europe", "central europe", "northern europe", "southern europe",
            "scandinavia", "baltics", "great lakes", "persian gulf", "pacific", "atlantic", "mediterranean",
            "eurasia", "oceania", "caribbean", "gulf", "global north", "north", "south");

    /** Capitalized words that are never entity names by themselves. */
    static final Set<String> NEVER_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "i", "the", "a", "an", "this", "that", "these", "those", "he", "she", "it",
            "they", "we", "you", "his", "her", "its", "their", "our", "my", "your", "in", "on", "at", "but",
            "and", "or", "if", "as", "for", "from", "with", "by", "after", "before", "while", "when", "where",
            "what", "who", "why", "how", "there", "here", "some", "many", "most", "all", "no", "not", "yes",
            "so", "then", "also", "however", "meanwhile", "instead", "still", "yet", "since", "until", "during",
            "under", "over", "about", "against", "between", "among", "both", "each", "every", "first", "second", "third",
            "last", "next", "new", "other", "such", "more", "less", "than", "ap", "ok", "tv", "am", "pm", "gmt",
            "utc", "covid", "christmas", "easter", "ramadan", "eid", "today", "tomorrow", "yesterday",
            "according", "despite", "following", "amid", "although", "though", "because", "unlike", "like",
            "mr", "ms", "mrs", "dr", "sir", "god", "allah", "internet", "web", "english", "arabic", "hebrew",
            "president",
            "minister", "state", "government", "parliament", "army", "party", "court", "council", "ministry");

    /** Speech and stance verbs that make a two- or three-word capitalized phrase before them a person. */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "stated", "wrote",
            "writes", "warned", "insisted", "noted", "explained", "argued", "stressed", "urged", "announced",
            "tweeted", "posted", "claimed", "asked", "replied", "responded", "declared", "demanded",
            "proposed", "offered", "rejected", "accused", "called", "vowed", "pledged", "promised", "denied",
            "confirmed", "acknowledged", "admitted", "emphasized", "emphasised", "suggested", "reiterated",
            "underlined", "underscored", "recalled", "believes", "thinks", "met", "visited", "signed");

    /** Prepositions before a place; with no other cue, an unknown name after them is a city. */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "around", "outside", "across",
            "inside", "into", "through", "throughout", "toward", "towards", "within", "at", "from");

    /** Lower-case words after a capital's possessive that make it the city: "Kyiv's outskirts". */
    static final Set<String> CITY_PARTS = Set.of("outskirts", "streets", "street", "mayor", "residents",
            "suburbs", "suburb", "center", "centre", "downtown", "districts", "district", "neighborhoods",
            "neighbourhoods", "neighborhood", "airport", "population", "skyline", "metro", "subway", "old",
            "historic", "main", "central", "city", "squares", "square", "outskirt", "residential", "citizens",
            "inhabitants", "people", "hospitals", "schools", "buildings", "infrastructure", "port");

    /** Verbs of movement: "to X" after them makes X a city ("travelled to Moscow"). */
    /** Verbs whose object is often a list of places: "left A and B", "captured A, B and C". */
    static final Set<String> PLACE_OBJECT_VERBS = Set.of("leave", "leaves", "left", "leaving", "reach", "reached",
            "enter", "entered", "entering", "capture", "captured", "seize", "seized", "seizing", "took", "taken",
            "hold", "holds", "held", "shelled", "struck", "hit", "evacuate", "evacuated", "control", "controls",
            "controlled", "recaptured", "retook", "surrounded", "encircled");

    static final Set<String> MOVEMENT = Set.of("visit", "visits", "visited", "visiting", "trip", "travel",
            "travels", "traveled", "travelled", "traveling", "travelling", "flew", "fly", "flies", "flown",
            "arrived", "arrive", "arrives", "arriving", "returned", "return", "returning", "came", "come",
            "went", "go", "going", "journey", "headed", "heading", "moved", "back", "invited", "invitation",
            "delegation", "drove", "driven", "march", "marched", "advance", "advanced", "road", "way", "flight",
            "flights", "evacuated", "fled", "deployed", "sent");

    /** Organization heads that take their host after "to" or "in": "Mission to Moldova", "Delegation in Kabul". */
    static final Set<String> MISSION_HEADS = Set.of("mission", "missions", "delegation", "representation");

    /** Lower-case connectors allowed inside a name when a capitalized word follows. */
    static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "de", "del", "da", "di", "du",
            "la", "le", "al", "el", "bin", "ibn", "van", "von", "der", "den", "y", "on", "in", "es", "do", "dos",
            "das", "ash", "ul", "bint", "ter", "zu", "to");

    /** Name particles that keep a person's name together ("bin Salman", "al-Assad", "von der Leyen"). */
    static final Set<String> NAME_PARTICLES = Set.of("de", "del", "da", "di", "du", "la", "le", "al", "el",
            "bin", "ibn", "van", "von", "der", "den", "y", "abu", "ould", "wa", "es", "do", "dos", "das", "ash",
            "ul", "bint", "ter", "zu");

    /** Plural or singular place nouns that introduce a list of places: "the villages of A and B". */
    static final Map<String, EntityType> PLACE_LIST_NOUNS = placeListNouns();

    private static Map<String, EntityType> placeListNouns() {
        Map<String, EntityType> m = new HashMap<>();
        for (String w : List.of("village", "villages", "town", "towns", "city", "cities", "settlement",
                "settlements", "hamlet", "hamlets", "localities", "locality", "port", "ports")) {
            m.put(w, EntityType.CITY);
        }
        for (String w : List.of("municipality", "municipalities", "district", "districts", "province",
                "provinces", "region", "regions", "governorate", "governorates", "oblast", "oblasts",
                "county", "counties", "states", "prefectures", "territories")) {
            m.put(w, EntityType.REGION);
        }
        return Map.copyOf(m);
    }

    /** Office words after a title's possessive that make an organization: "Prime Minister's Office". */
    static final Set<String> TITLE_OFFICES = Set.of("office", "cabinet", "bureau", "secretariat", "council");

    /** Plural people words that make a "... Forum" a group of people rather than a negotiation format. */
    static final Set<String> GROUP_MEMBERS = Set.of("families", "victims", "women", "mothers", "survivors",
            "relatives", "widows", "orphans", "hostages", "prisoners", "journalists", "lawyers", "youth", "workers", "farmers",
            "refugees", "veterans", "students", "business", "businesses", "employers", "society");

    /** Lower-case nouns that explain an acronym as an organization: "XYZ, the rebel group". */
    static final Set<String> GROUP_NOUNS = Set.of("group", "militia", "rebels", "body", "outfit", "faction",
            "watchdog", "charity", "ngo", "consortium", "umbrella", "bloc");

    /** Possessive words that belong inside a name ("Tigray People's Liberation Front"). */
    static final Set<String> POSSESSIVE_IN_NAMES = Set.of("people", "peoples", "women", "workers", "children",
            "men", "nations", "citizens", "farmers", "students", "veterans");

    /** Lower-case second parts of compounds: "US-led", "Kigali-backed", "Moscow-based". */
    static final Set<String> COMPOUND_SUFFIXES = Set.of("led", "run", "made", "born", "style", "wide", "based",
            "held", "backed", "era", "type", "level", "proof", "free", "bound", "owned", "armed", "allied",
            "aligned", "linked", "leaning", "friendly", "centric", "first", "only", "plus", "area", "zone", "us",
            "bloc", "side", "war", "long", "year", "day", "state");

    /** Heads of documents an organization issues: "UN Charter" names the UN. */
    static final Set<String> DOCUMENT_HEADS = Set.of("charter", "resolution", "resolutions", "convention",
            "declaration", "mandate", "report", "summit", "statement", "plan", "initiative", "proposal");

    /** Lower-case facility words after a place name: the place then names the facility only. */
    static final Set<String> FACILITY_HEADS = Set.of("plant", "station", "reactor", "reactors", "airport",
            "dam", "facility", "refinery");

    /** Lower-case words after a city's name that name a facility inside the city: "Sanaa airport". */
    static final Set<String> CITY_FACILITIES = Set.of("airport", "port", "seaport", "harbour", "harbor");

    /** Endings of one-word company names: "Gazprombank", "Rosneft", "Naftogaz", "Gazprom". */
    static final Set<String> COMPANY_SUFFIXES = Set.of("bank", "neft", "gaz", "prom");

    /** Nouns that head a description of a company or a lender: "Velbank, the state farm lender". */
    static final Set<String> COMPANY_NOUNS = Set.of("lender", "lenders", "firm", "insurer", "operator",
            "broadcaster", "conglomerate", "exporter", "producer", "manufacturer", "carrier", "giant", "bank",
            "company", "contractor");

    /** Plural nouns whose examples are companies: "container lines including X", "firms such as Y". */
    static final Set<String> COMPANY_PLURALS = Set.of("companies", "firms", "lines", "carriers", "lenders", "banks",
            "insurers", "operators", "conglomerates", "exporters", "producers", "manufacturers", "contractors",
            "broadcasters", "airlines", "shippers");

    /** Generation suffixes after a person's name: "Jane Doe Jr." names another person than "Jane Doe". */
    static final Set<String> GENERATION_SUFFIXES = Set.of("jr", "sr");

    /** Nouns for a person in an apposition after a name: "Jane Doe, a member of the council,". */
    static final Set<String> PERSON_NOUNS = Set.of("member", "son", "daughter", "wife", "husband", "brother",
            "widow", "mother", "lawyer", "officer", "veteran", "candidate", "nominee", "politician", "businessman",
            "businesswoman", "tycoon", "cleric", "militant", "economist", "scholar", "historian", "writer", "author",
            "lawmaker", "opponent", "ally", "confidant", "successor", "predecessor", "figure");
}
