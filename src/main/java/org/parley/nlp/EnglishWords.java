package org.parley.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Closed-class English word lists for the rule lemmatizer and the Penn tag refiner: irregular verbs and nouns. */
final class EnglishWords {

    /** Form of an irregular verb. */
    enum VerbForm { PAST, PARTICIPLE, PAST_OR_PARTICIPLE }

    /** base past participle; alternatives with '/'. */
    private static final String IRREGULAR_VERBS = """
            arise arose arisen; awake awoke awoken; bear bore borne/born; beat beat beaten; become became become;
            begin began begun; bend bent bent; bet bet bet; bid bid bid; bind bound bound; bite bit bitten;
            bleed bled bled; blow blew blown; break broke broken; breed bred bred; bring brought brought;
            broadcast broadcast broadcast; build built built; burn burnt burnt; burst burst burst; buy bought bought;
            cast cast cast; catch caught caught; choose chose chosen; cling clung clung; come came come; cost cost cost;
            creep crept crept; cut cut cut; deal dealt dealt; dig dug dug; do did done; draw drew drawn;
            dream dreamt dreamt; drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen; feed fed fed;
            feel felt felt; fight fought fought; find found found; flee fled fled; fling flung flung; fly flew flown;
            forbid forbade forbidden; forecast forecast forecast; foresee foresaw foreseen; forget forgot forgotten;
            forgive forgave forgiven; freeze froze frozen; get got got/gotten; give gave given; go went gone;
            grind ground ground; grow grew grown; hang hung hung; have had had; hear heard heard; hide hid hidden;
            hit hit hit; hold held held; hurt hurt hurt; keep kept kept; kneel knelt knelt; know knew known;
            lay laid laid; lead led led; lean leant leant; leap leapt leapt; learn learnt learnt; leave left left;
            lend lent lent; let let let; lie lay lain; light lit lit; lose lost lost; make made made; mean meant meant;
            meet met met; mislead misled misled; mistake mistook mistaken; overcome overcame overcome;
            overrun overran overrun; oversee oversaw overseen; overthrow overthrew overthrown; pay paid paid;
            prove proved proven; put put put; quit quit quit; read read read; rebuild rebuilt rebuilt; redo redid redone;
            rid rid rid; ride rode ridden; ring rang rung; rise rose risen; run ran run; say said said; see saw seen;
            seek sought sought; sell sold sold; send sent sent; set set set; shake shook shaken; shed shed shed;
            shine shone shone; shoot shot shot; show showed shown; shrink shrank shrunk; shut shut shut;
            sing sang sung; sink sank sunk; sit sat sat; slay slew slain; sleep slept slept; slide slid slid;
            sling slung slung; slit slit slit; speak spoke spoken; speed sped sped; spend spent spent; spin spun spun;
            spit spat spat; split split split; spread spread spread; spring sprang sprung; stand stood stood;
            steal stole stolen; stick stuck stuck; sting stung stung; strike struck struck/stricken; strive strove striven;
            swear swore sworn; sweep swept swept; swim swam swum; swing swung swung; take took taken; teach taught taught;
            tear tore torn; tell told told; think thought thought; throw threw thrown; thrust thrust thrust;
            tread trod trodden; undergo underwent undergone; understand understood understood; undertake undertook undertaken;
            undo undid undone; uphold upheld upheld; upset upset upset; wake woke woken; wear wore worn; weave wove woven;
            weep wept wept; win won won; wind wound wound; withdraw withdrew withdrawn; withhold withheld withheld;
            withstand withstood withstood; wring wrung wrung; write wrote written; override overrode overridden;
            outrun outran outrun; partake partook partaken; forsake forsook forsaken; foretell foretold foretold;
            mislay mislaid mislaid; offset offset offset; input input input; outbid outbid outbid; beset beset beset
            """;

    private static final Map<String, String> VERB_BASE = new HashMap<>();
    private static final Map<String, VerbForm> VERB_FORM = new HashMap<>();

    static {
        for (String entry : IRREGULAR_VERBS.split(";")) {
            String[] p = entry.strip().split("\\s+");
            if (p.length != 3) {
                throw new IllegalStateException("EnglishWords: bad irregular verb entry \"" + entry.strip() + "\"");
            }
            for (String past : p[1].split("/")) {
                VERB_BASE.putIfAbsent(past, p[0]);
                VERB_FORM.put(past, VerbForm.PAST);
            }
            for (String part : p[2].split("/")) {
                VERB_BASE.putIfAbsent(part, p[0]);
                VERB_FORM.merge(part, VerbForm.PARTICIPLE,
                        (a, b) -> a == VerbForm.PARTICIPLE ? a : VerbForm.PAST_OR_PARTICIPLE);
            }
        }
        // a base form is a base form first ("cut", "come", "lay"): it is not treated as a past or participle
        for (String entry : IRREGULAR_VERBS.split(";")) {
            String base = entry.strip().split("\\s+")[0];
            VERB_FORM.remove(base);
            VERB_BASE.remove(base);
        }
        VERB_BASE.put("was", "be");
        VERB_BASE.put("were", "be");
        VERB_FORM.put("was", VerbForm.PAST);
        VERB_FORM.put("were", VerbForm.PAST);
        VERB_BASE.put("been", "be");
        VERB_FORM.put("been", VerbForm.PARTICIPLE);
    }

    /** Irregular plurals and their singulars. */
    static final Map<String, String> NOUN_SINGULAR = Map.ofEntries(
            Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("children", "child"),
            Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"),
            Map.entry("geese", "goose"), Map.entry("lives", "life"), Map.entry("wives", "wife"),
            Map.entry("knives", "knife"), Map.entry("halves", "half"), Map.entry("thieves", "thief"),
            Map.entry("wolves", "wolf"), Map.entry("shelves", "shelf"), Map.entry("selves", "self"),
            Map.entry("leaves", "leaf"), Map.entry("crises", "crisis"), Map.entry("analyses", "analysis"),
            Map.entry("theses", "thesis"), Map.entry("hypotheses", "hypothesis"), Map.entry("bases", "base"),
            Map.entry("criteria", "criterion"), Map.entry("phenomena", "phenomenon"), Map.entry("oases", "oasis"),
            Map.entry("diagnoses", "diagnosis"), Map.entry("axes", "axis"), Map.entry("shoes", "shoe"),
            Map.entry("toes", "toe"), Map.entry("foes", "foe"), Map.entry("businessmen", "businessman"),
            Map.entry("spokesmen", "spokesman"), Map.entry("chairmen", "chairman"), Map.entry("gunmen", "gunman"),
            Map.entry("policemen", "policeman"), Map.entry("congressmen", "congressman"),
            Map.entry("servicemen", "serviceman"), Map.entry("countrymen", "countryman"),
            Map.entry("spokeswomen", "spokeswoman"), Map.entry("militiamen", "militiaman"));

    /** Nouns ending in s that are singular or invariable. */
    static final Set<String> NOUN_INVARIABLE = Set.of("news", "series", "species", "means", "politics", "economics",
            "physics", "mathematics", "ethics", "headquarters", "arms", "thanks", "talks", "lens", "gas", "bus", "bias",
            "atlas", "alias", "chaos", "ethos", "pathos", "canvas", "corps", "logistics", "tactics", "whereabouts",
            "diabetes", "measles", "billiards", "athletics");

    static final Set<String> MODALS = Set.of("can", "could", "may", "might", "must", "shall", "should", "will",
            "would", "wo", "ca", "'ll", "ought", "'d");

    private EnglishWords() {
    }

    /** Verbs in -eed that are past forms: the others ("need", "exceed", "proceed") are base forms. */
    private static final Set<String> PAST_IN_EED = Set.of("agreed", "freed", "decreed", "guaranteed", "disagreed",
            "refereed", "emceed", "teed", "peed", "foreseed");

    /** A regular past or participle form: "demanded", "agreed"; not "need" or "proceed". */
    static boolean isRegularPast(String lowerForm) {
        return lowerForm.length() > 3 && lowerForm.endsWith("ed")
                && (!lowerForm.endsWith("eed") || PAST_IN_EED.contains(lowerForm));
    }

    /** The base form of an irregular verb form ("withdrew" gives "withdraw"), or null. */
    static String irregularVerbBase(String lowerForm) {
        return VERB_BASE.get(lowerForm);
    }

    /** What an irregular verb form is (past, participle, or both), or null when it is not one. */
    static VerbForm irregularVerbForm(String lowerForm) {
        return VERB_FORM.get(lowerForm);
    }
}
