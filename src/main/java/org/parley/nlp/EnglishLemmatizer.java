package org.parley.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rule lemmatizer for English driven by the Penn tag: irregular verb and noun tables and spelling exceptions
 * ({@code english-word-forms.txt}), then suffix rules ("demanded" gives "demand", "forces" gives "force", "negotiating"
 * gives "negotiate"). Lemmas are lower-case.
 * Stateless and thread-safe; the fast alternative to the statistical UD lemmatizer.
 */
final class EnglishLemmatizer {

    private static final WordListFile FORMS = WordListFile.wordForms();
    private static final Map<String, String> CLOSED = FORMS.pairs("closed-class-lemmas");
    /** Spelling variants reduced to one lemma, as the UD lemmatizer does. */
    private static final Map<String, String> NORMAL = FORMS.pairs("spelling-variants");
    private static final Map<String, String> ADJECTIVES = FORMS.pairs("irregular-comparatives");
    private static final Map<String, String> YING_GERUNDS = FORMS.pairs("ying-gerunds");
    /** Stems that keep a final e though the rules would drop it, and the reverse. */
    private static final Set<String> E_STEMS = FORMS.list("e-stems");
    private static final Set<String> NO_E_STEMS = FORMS.list("no-e-stems");
    private static final Set<String> UNDOUBLE_LL = FORMS.list("undoubled-l-stems");
    private static final Set<String> NG_STEMS = FORMS.list("ng-stems");
    private static final Set<String> KEEP_DOUBLE = FORMS.list("double-consonant-stems");

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
        if (EnglishWords.NOUN_INVARIABLE.contains(w)) {
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
        String ying = YING_GERUNDS.get(w);
        if (ying != null) {
            return ying; // "dying", "lying", "tying"
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
        if (!w.endsWith(suffix) || w.length() < suffix.length() + 3) {
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
