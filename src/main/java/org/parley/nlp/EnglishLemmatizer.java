package org.parley.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rule lemmatizer for English driven by the Penn tag: irregular verb and noun tables, then suffix rules
 * ("demanded" gives "demand", "forces" gives "force", "negotiating" gives "negotiate"). Lemmas are lower-case.
 * Stateless and thread-safe; the fast alternative to the statistical UD lemmatizer.
 */
final class EnglishLemmatizer {

    private static final Map<String, String> CLOSED = Map.ofEntries(
            Map.entry("n't", "not"), Map.entry("'re", "be"), Map.entry("'m", "be"), Map.entry("'ve", "have"),
            Map.entry("'ll", "will"), Map.entry("wo", "will"), Map.entry("ca", "can"), Map.entry("am", "be"),
            Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("was", "be"), Map.entry("were", "be"),
            Map.entry("been", "be"), Map.entry("being", "be"), Map.entry("has", "have"), Map.entry("had", "have"),
            Map.entry("having", "have"), Map.entry("does", "do"), Map.entry("did", "do"), Map.entry("done", "do"),
            Map.entry("me", "i"), Map.entry("him", "he"), Map.entry("us", "we"), Map.entry("them", "they"));
    /** Spelling variants reduced to one lemma, as the UD lemmatizer does. */
    private static final Map<String, String> NORMAL = Map.ofEntries(
            Map.entry("an", "a"), Map.entry("these", "this"), Map.entry("those", "that"),
            Map.entry("\u201C", "\""), Map.entry("\u201D", "\""), Map.entry("\u201E", "\""),
            Map.entry("\u00AB", "\""), Map.entry("\u00BB", "\""), Map.entry("``", "\""), Map.entry("''", "\""),
            Map.entry("\u2018", "'"), Map.entry("\u2013", "-"), Map.entry("\u2014", "-"), Map.entry("--", "-"),
            Map.entry("\u2026", "..."));
    private static final Map<String, String> ADJECTIVES = Map.of("better", "good", "best", "good", "worse", "bad",
            "worst", "bad", "further", "far", "farther", "far", "furthest", "far");
    /** Stems that keep a final e though the rules would drop it, and the reverse. */
    private static final Set<String> E_STEMS = Set.of("creat", "unit", "invit", "cit", "ignit", "excit", "incit",
            "recit", "expedit", "complet", "compet", "delet", "deplet", "hop", "shap", "escap", "scrap", "cop", "typ",
            "tap", "wip", "pip", "swip", "postpon", "phon", "zon", "condon", "aton", "clon", "hon", "dethron",
            "ignor", "restor", "explor", "scor", "stor", "implor", "deplor", "ador", "interfer", "adher", "persever",
            "sav", "saf", "writ", "persuad", "ow", "us", "caus", "pledg", "rul", "rais", "prais", "pars", "abus",
            "accus", "refus",
            "amus", "excus", "fus", "mus", "paus", "bor", "snor", "injur", "figur", "measur", "ensur", "assur",
            "insur", "endur", "secur", "procur", "lur", "cur", "captur", "featur", "ventur", "tortur", "structur");
    private static final Set<String> NO_E_STEMS = Set.of("develop", "gallop", "envelop", "worship", "focus",
            "bias", "gas", "bus", "canvas", "open", "happen", "threaten", "listen", "govern", "abandon", "question",
            "reason", "summon", "pardon", "imprison", "honor", "favor", "labor", "color", "monitor", "censor",
            "sponsor", "anchor", "author", "mirror", "offer", "consider", "deliver", "enter", "differ", "suffer",
            "render", "surrender", "gather", "bother", "target", "budget", "market", "interpret", "visit", "limit",
            "exhibit", "credit", "edit", "audit", "inhibit", "prohibit", "profit", "deposit", "merit", "vomit",
            "inherit", "benefit", "combat", "travel", "cancel", "label", "model", "fuel", "signal", "level",
            "total", "channel", "counsel", "quarrel", "rival", "tunnel", "equal", "appeal", "reveal", "conceal",
            "head", "need", "lead", "plead", "load", "fail", "sail", "mail", "nail", "avail", "boil", "toil", "spoil",
            "summit", "orbit", "recruit", "suit", "exploit", "await", "wait", "bait", "defeat", "treat", "repeat",
            "threat", "heat", "seat", "beat", "float", "boat", "coat", "gloat", "shoot");
    private static final Set<String> UNDOUBLE_LL = Set.of("control", "patrol", "compel", "expel", "propel", "repel",
            "dispel", "annul", "excel", "cancel", "travel", "label", "model", "fuel", "signal", "level", "total",
            "channel", "counsel", "quarrel", "rival", "tunnel", "dial", "funnel", "marshal", "pedal", "duel",
            "appal", "impel", "rebel");
    private static final Set<String> NG_STEMS = Set.of("bang", "hang", "clang", "twang", "gang", "harang");
    private static final Set<String> KEEP_DOUBLE = Set.of("add", "odd", "err", "ebb", "egg", "buzz", "purr");

    private EnglishLemmatizer() {
    }

    /** The lower-case lemma of {@code word} tagged {@code penn}. */
    static String lemma(String word, String penn) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (penn.equals("POS")) {
            return "'s";
        }
        if (w.equals("'s")) {
            return penn.startsWith("VB") ? "be" : w;
        }
        if (w.equals("'d")) {
            return penn.equals("MD") ? "would" : "have";
        }
        String normal = NORMAL.get(w);
        if (normal != null) {
            return normal;
        }
        String closed = CLOSED.get(w);
        if (closed != null && (penn.startsWith("VB") || penn.equals("MD") || penn.equals("RB")
                || penn.startsWith("PRP"))) {
            return closed;
        }
        if (w.length() < 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        switch (penn) {
            case "NNS":
            case "NNPS":
                return noun(w);
            case "VBD":
            case "VBN":
                return pastVerb(w);
            case "VBG":
                return gerund(w);
            case "VBZ":
                return thirdPerson(w);
            case "VB":
            case "VBP":
                return w;
            case "JJR":
            case "JJS":
            case "RBR":
            case "RBS":
                return comparative(w, penn.endsWith("S") ? "est" : "er");
            default:
                return w;
        }
    }

    static String noun(String w) {
        String irregular = EnglishWords.NOUN_SINGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (EnglishWords.NOUN_INVARIABLE.contains(w) && !w.equals("talks") && !w.equals("arms")) {
            return w;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")
                || w.endsWith("zzes") || w.length() > 4 && w.endsWith("oes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || !w.endsWith("s")) {
            return w;
        }
        return w.substring(0, w.length() - 1);
    }

    private static String thirdPerson(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")
                || w.endsWith("zzes") || w.endsWith("oes")) {
            return w.substring(0, w.length() - 2);
        }
        return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    private static String pastVerb(String w) {
        String irregular = EnglishWords.irregularVerbBase(w);
        if (irregular != null) {
            return irregular;
        }
        if (!EnglishWords.isRegularPast(w)) {
            return w;
        }
        if (w.length() > 4 && w.endsWith("ied")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        String stem = w.substring(0, w.length() - 2);
        if (stem.endsWith("e") || stem.endsWith("i")) {
            return stem + "e"; // "agreed", "freed", "died"
        }
        return restore(stem);
    }

    private static String gerund(String w) {
        if (!w.endsWith("ing") || w.length() < 5) {
            return w;
        }
        switch (w) {
            case "dying": return "die";
            case "lying": return "lie";
            case "tying": return "tie";
            default: break;
        }
        String stem = w.substring(0, w.length() - 3);
        if (stem.endsWith("e")) {
            return stem; // "agreeing", "seeing"
        }
        return restore(stem);
    }

    private static String comparative(String w, String suffix) {
        String irregular = ADJECTIVES.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (!w.endsWith(suffix) || w.length() < suffix.length() + 3 || w.equals("more") || w.equals("most")) {
            return w;
        }
        String stem = w.substring(0, w.length() - suffix.length());
        if (stem.endsWith("i")) {
            return stem.substring(0, stem.length() - 1) + "y";
        }
        if (stem.endsWith("e")) {
            return stem;
        }
        return restore(stem);
    }

    /** Undoes consonant doubling and restores a dropped final e on a stem left by -ed, -ing, -er, -est. */
    static String restore(String stem) {
        int n = stem.length();
        if (n < 2) {
            return stem;
        }
        if (E_STEMS.contains(stem)) {
            return stem + "e";
        }
        if (NO_E_STEMS.contains(stem)) {
            return stem;
        }
        char last = stem.charAt(n - 1);
        if (last == stem.charAt(n - 2) && !isVowel(last)) {
            return undouble(stem);
        }
        return withFinalE(stem);
    }

    /** A stem that ends in a doubled consonant, with the doubling undone where the -ed/-ing form added it. */
    private static String undouble(String stem) {
        int n = stem.length();
        char last = stem.charAt(n - 1);
        if (KEEP_DOUBLE.contains(stem)) {
            return stem;
        }
        if (last == 'l') {
            String single = stem.substring(0, n - 1);
            return UNDOUBLE_LL.contains(single) ? single : stem;
        }
        if (last == 's' || last == 'f' || last == 'z') {
            return stem; // "passed", "staffed", "buzzed"
        }
        return stem.substring(0, n - 1); // "committed", "stopped", "planned"
    }

    /** A stem of two letters or more, not ending in a doubled consonant, with a dropped final e restored. */
    private static String withFinalE(String stem) {
        int n = stem.length();
        char last = stem.charAt(n - 1);
        char prev = stem.charAt(n - 2);
        char third = n >= 3 ? stem.charAt(n - 3) : 'a';
        boolean cvc = n >= 3 && !isVowel(last) && isVowel(prev)
                && (!isVowel(third) || third == 'u' && n >= 4 && stem.charAt(n - 4) == 'q'); // required
        switch (last) {
            case 'v', 'z', 'u', 'c':
                return stem + "e"; // involved, seized, argued, forced
            case 'g':
                if (prev != 'n') {
                    return stem + "e"; // charged, engaged, pledged
                }
                return n >= 3 && "aeu".indexOf(stem.charAt(n - 3)) >= 0 && !NG_STEMS.contains(stem)
                        ? stem + "e" : stem; // changed, challenged, plunged; but bringing, belonged, hanged
            case 's':
                return stem + "e"; // raised, collapsed, used (ss handled above)
            case 'l':
                if ("bcdfgkpstz".indexOf(prev) >= 0) {
                    return stem + "e"; // settled, handled, struggled
                }
                return cvc && (prev == 'u' || prev == 'i') ? stem + "e" : stem; // ruled, compiled; signaled
            case 'd', 'k', 'm', 'b':
                return cvc ? stem + "e" : stem; // provided, invoked, named, described
            case 't':
                if (prev == 'a' && n >= 3 && "eoa".indexOf(stem.charAt(n - 3)) < 0) {
                    return stem + "e"; // stated, negotiated, evaluated; but defeated, floated
                }
                return cvc && (prev == 'u' || prev == 'o') ? stem + "e" : stem; // executed, voted
            case 'r':
                if (cvc && (prev == 'a' || prev == 'i' || prev == 'u')) {
                    return stem + "e"; // declared, required, secured
                }
                return stem;
            case 'n':
                return cvc && prev == 'i' ? stem + "e" : stem; // combined, declined
            default:
                return stem;
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
