package org.parley.extract.statement.legacy;

import java.util.Set;

/** Word lists for statement cues, attribution, conditions and clause boundaries (lower-case lemmas and forms). */
final class TriggerLexicon {

    private TriggerLexicon() {
    }

    /** Verbs whose subject demands something. */
    static final Set<String> DEMAND_VERBS = Set.of("demand", "urge", "insist", "require", "press", "implore",
            "request", "exhort", "seek");
    /** Verbs that demand only when followed by an addressee and "to", or by "that"/"for": "asked Y to". */
    static final Set<String> DEMAND_VERBS_WITH_OBJECT = Set.of("ask", "want", "tell", "push", "appeal", "call");
    static final Set<String> DEMAND_NOUNS = Set.of("demand", "call", "condition", "precondition", "request",
            "ultimatum", "insistence", "prerequisite");

    static final Set<String> OFFER_VERBS = Set.of("offer", "propose", "promise", "pledge", "vow");
    static final Set<String> OFFER_ADJECTIVES = Set.of("ready", "willing", "open", "prepared", "receptive");
    /** Verbs that offer when hedged by would/could: "would agree to", "would accept a ceasefire". */
    static final Set<String> OFFER_HEDGED_VERBS = Set.of("agree", "accept", "consider", "cooperate", "facilitate",
            "guarantee", "help", "host", "respect", "honour", "honor", "observe", "abide");
    /** What a party accepts when accepting is an offer of its own: "had accepted an immediate ceasefire". */
    static final Set<String> ACCEPTED_TERMS = Set.of("ceasefire", "cease-fire", "truce", "talks", "negotiations",
            "mediation", "proposal", "plan", "offer", "deal", "invitation", "initiative");
    static final Set<String> OFFER_NOUNS = Set.of("proposal", "plan", "offer", "initiative", "proposition",
            "formula", "roadmap", "framework", "package", "blueprint", "compromise");

    static final Set<String> REJECT_VERBS = Set.of("reject", "dismiss", "refuse", "rebuff", "spurn", "repudiate",
            "decline", "oppose");
    static final Set<String> REJECT_LABELS = Set.of("nonstarter", "non-starter", "sham", "ultimatum", "trap",
            "farce", "provocation", "unacceptable", "absurd", "mistake", "betrayal", "disgrace", "humiliation",
            "insult", "ploy", "stunt", "charade", "fantasy", "blackmail");
    static final Set<String> REJECT_LABEL_VERBS = Set.of("call", "describe", "label", "brand", "dismiss", "term");

    /** Acts a party refuses with "will not" / "would never": "Iran will not dismantle its programme". */
    static final Set<String> REFUSABLE_ACTS = Set.of("withdraw", "pull", "dismantle", "recognise", "recognize",
            "cede", "surrender", "disarm", "demilitarize", "demilitarise", "give", "hand", "negotiate", "pay",
            "release", "abandon", "renounce", "relinquish", "leave", "sign", "lift", "return", "trade", "yield",
            "concede", "compromise", "allow", "permit", "tolerate", "bow", "back", "budge");

    /** Verbs that present a plan or conditions: "laid out a proposal", "set conditions". */
    static final Set<String> PRESENT_VERBS = Set.of("lay", "put", "present", "unveil", "outline", "submit", "table",
            "announce", "make", "float", "publish", "detail", "set", "list", "issue", "deliver", "send", "give",
            "offer", "propose", "draft", "introduce", "renew", "repeat", "reiterate", "advance", "launch");
    /** Words after a demand or offer noun that introduce its content. */
    static final Set<String> NOUN_CONTENT_INTRO = Set.of("for", "to", "that", ":", "include", "includes", "included",
            "including", "call", "calls", "called", "require", "requires", "required", "envisage", "envisages",
            "foresee", "foresees", "would", "is", "are", "was", "were", "demand", "demands", "provide", "provides",
            "stipulate", "stipulates", "involve", "involves");

    static final Set<String> MODALS = Set.of("must", "should", "ought");
    static final Set<String> NEED_VERBS = Set.of("need", "needs", "have", "has", "had");

    /** Verbs that report a stance only when "that" follows: "Egypt and Qatar agreed that Israel must ...". */
    static final Set<String> THAT_REPORTING = Set.of("agreed", "agree", "agrees", "believes", "believe",
            "maintained", "maintains", "asserted", "asserts", "contended", "contends", "reaffirmed", "reaffirms",
            "signalled", "signaled", "indicated", "acknowledged", "suggested", "hinted");

    static final Set<String> REPORTING_VERBS = Set.of("say", "tell", "add", "declare", "state", "note", "stress",
            "warn", "write", "announce", "explain", "argue", "tweet", "claim", "reiterate", "emphasize",
            "emphasise", "insist", "affirm", "remark", "continue", "conclude", "reply", "respond", "repeat", "counter");
    static final Set<String> SAID_FORMS = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "declared", "declares", "stated", "states", "noted", "notes", "stressed", "stresses", "warned", "warns",
            "wrote", "writes", "announced", "explained", "argued", "tweeted", "claimed", "reiterated", "emphasized",
            "emphasised", "insisted", "affirmed", "remarked", "continued", "concluded", "saying", "replied", "replies",
            "responded", "responds", "repeated", "repeats", "countered", "counters");

    static final Set<String> PREPOSITIONS = Set.of("in", "of", "from", "at", "on", "with", "to", "for", "by",
            "across", "into", "against", "over", "about", "toward", "towards", "between", "near", "around", "under",
            "within", "through", "throughout", "among", "after", "before", "than", "like", "including", "without");
    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor", "cannot");
    static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo");
    static final Set<String> HEDGES = Set.of("would", "could", "might", "may", "'d");
    static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am");

    static final Set<String> PRONOUNS_PERSON = Set.of("he", "she", "his", "her", "him");
    static final Set<String> PRONOUNS_GROUP = Set.of("it", "they", "its", "their", "them");
    static final Set<String> PRONOUNS_FIRST = Set.of("i", "we", "me", "us", "my", "our");

    static final Set<String> TITLES = Set.of("president", "leader", "minister", "chancellor", "premier", "king",
            "prime", "foreign", "secretary", "envoy", "ambassador", "general", "chief", "commander", "spokesman",
            "spokeswoman", "spokesperson", "head", "official", "officials", "government", "ministry", "vice",
            "deputy", "emir", "sultan", "ayatollah", "sheikh", "governor", "mayor");
    /** Descriptions that stand for a person named earlier: "the Ukrainian president". */
    static final Set<String> PERSON_DESCRIPTIONS = Set.of("president", "leader", "premier", "chancellor",
            "minister", "king");

    /** Nouns after a demonym that make the country the party that must act: "Russian troops". */
    static final Set<String> FORCE_NOUNS = Set.of("troops", "troop", "forces", "force", "soldiers", "army",
            "military", "units", "fighters", "withdrawal", "side", "government", "authorities");

    /** Nouns for armed forces whose owner ("fighters of X", "forces from X", "X's troops") is a party. */
    static final Set<String> ARMED_NOUNS = Set.of("troops", "troop", "forces", "soldiers", "army", "military",
            "units", "fighters", "militia", "militias", "militiamen", "brigades", "battalions", "contingent",
            "contingents", "personnel", "paramilitaries");

    /** Lemmas and forms that make a demand or offer a withdrawal of forces. */
    static final Set<String> WITHDRAWAL_WORDS = Set.of("withdraw", "withdrawal", "withdrawn", "withdrew", "pull",
            "pullout", "pull-out", "pullback", "remove", "removal", "evacuate", "evacuation", "leave", "departure",
            "exit", "retreat", "expel", "expulsion");

    /** Nouns between a force noun and its owner: "the fighters of the neighbouring state of Amhara". */
    static final Set<String> TERRITORY_NOUNS = Set.of("state", "region", "province", "district", "oblast",
            "governorate", "county", "territory", "republic", "regional", "neighbouring", "neighboring", "federal");

    /** Words that open a precondition after a refusal to talk: "no talks until ...". */
    static final Set<String> PRECONDITION_MARKERS = Set.of("until", "till", "before");
    /** What a party refuses until a precondition is met: talks, a truce, a deal. */
    static final Set<String> TALK_WORDS = Set.of("talks", "talk", "negotiation", "negotiations", "negotiate",
            "dialogue", "dialog", "ceasefire", "cease-fire", "truce", "deal", "agreement", "peace", "sit", "engage",
            "normalization", "normalisation", "relations");

    /** Verbs of going on with something until a precondition is met: "will keep striking until ...". */
    static final Set<String> GO_ON_VERBS = Set.of("keep", "continue", "persist", "carry", "remain", "stay");

    /** Nouns for a state's people acting for it after a demonym: "Afghan officials", "Russian negotiators". */
    static final Set<String> GROUP_NOUNS = Set.of("officials", "authorities", "government", "negotiators",
            "delegation", "diplomats", "side", "leaders", "leadership", "military", "army", "forces", "troops",
            "ministry", "mediators");

    /** Heads of a noun phrase whose "of X" names the actor: "the regional government of Amhara". */
    static final Set<String> BODY_HEADS = Set.of("government", "leadership", "administration", "authorities",
            "ministry", "cabinet", "parliament", "council", "presidency", "office", "army", "command");

    /** Nouns that restate a statement in an appended phrase: "..., a request X has declined". */
    static final Set<String> ECHO_NOUNS = Set.of("request", "idea", "proposal", "offer", "demand", "call", "plan",
            "move", "step", "condition", "suggestion", "initiative");

    /** Words opening a trailing clause that is background, not content: "..., as talks resumed". */
    static final Set<String> BACKGROUND_OPENERS = Set.of("as", "while", "whereas", "when", "after", "where",
            "since");

    /** Nouns of a speaker's occasion: "..., in his first speech as president". */
    static final Set<String> OCCASIONS = Set.of("speech", "address", "interview", "statement", "remarks", "letter",
            "post", "message", "briefing", "broadcast");

    static final Set<String> RELATIVE = Set.of("which", "who", "whose", "whom");

    static final Set<String> QUOTE_CHARS = Set.of("\"", "“", "”", "«", "»", "``", "''");

    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    static final Set<String> REPORTED_CUES = Set.of("reportedly", "allegedly", "reported", "reports",
            "purportedly");

    /** Nouns a rejection names to point back at the offer or demand it answers. */
    static final Set<String> ANSWERABLE_OFFER = Set.of("proposal", "plan", "offer", "initiative", "proposition",
            "idea", "deal", "formula", "roadmap", "framework");
    static final Set<String> ANSWERABLE_DEMAND = Set.of("demand", "demands", "call", "calls", "condition",
            "conditions", "request", "ultimatum", "precondition", "preconditions");
}
