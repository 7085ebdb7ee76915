package org.parley.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Refines the universal POS tags of the UD English model into Penn Treebank tags, from the word's form and its
 * left context: VERB becomes VB, VBD, VBG, VBN, VBP or VBZ; NOUN becomes NN or NNS; PRON becomes PRP, PRP$,
 * WP or EX; and so on. The closed-class words tagged by form are in {@code penn-tag-words.txt}. (OpenNLP's own
 * UD-to-Penn mapping collapses every verb to VB.) Stateless and thread-safe.
 */
final class PennTags {

    private static final WordListFile WORDS = WordListFile.tagWords();
    private static final Set<String> HAVE = WORDS.list("have-forms");
    private static final Set<String> BE = WORDS.list("be-forms");
    private static final Set<String> DO = WORDS.list("do-forms");
    private static final Map<String, String> VERB_FORMS = WORDS.pairs("verb-form-tags");
    private static final Set<String> PERSONAL = WORDS.list("personal-pronouns");
    private static final Set<String> POSSESSIVE = WORDS.list("possessive-pronouns");
    private static final Set<String> DETERMINER_PRONOUNS = WORDS.list("determiner-pronouns");
    private static final Set<String> QUANTITY_PRONOUNS = WORDS.list("quantity-pronouns");
    private static final Set<String> WH_PRONOUNS = WORDS.list("wh-pronouns");
    private static final Set<String> WH_POSSESSIVES = WORDS.list("wh-possessives");
    private static final Set<String> WH_DETERMINERS = WORDS.list("wh-determiners");
    private static final Set<String> WH_DETERMINER_PRONOUNS = WORDS.list("wh-determiner-pronouns");
    private static final Set<String> WH_ADVERBS = WORDS.list("wh-adverbs");
    private static final Set<String> EXISTENTIAL = WORDS.list("existential-pronouns");
    private static final Set<String> PREDETERMINERS = WORDS.list("predeterminers");
    private static final Set<String> COMPARATIVES = WORDS.list("comparative-adjectives");
    private static final Set<String> SUPERLATIVES = WORDS.list("superlative-adjectives");
    private static final Set<String> NOT_SUPERLATIVE = WORDS.list("not-superlatives");
    private static final Set<String> COMPARATIVE_ADVERBS = WORDS.list("comparative-adverbs");
    private static final Set<String> SUPERLATIVE_ADVERBS = WORDS.list("superlative-adverbs");
    private static final Set<String> NEGATIONS = WORDS.list("negating-particles");
    private static final Set<String> PLURALS_WITHOUT_S = WORDS.list("plurals-without-s");
    private static final Set<String> PLURAL_PROPER = WORDS.list("plural-proper-heads");

    private PennTags() {
    }

    /**
     * Penn tags for the tokens of one sentence.
     *
     * @param text   the text the spans point into
     * @param spans  token spans
     * @param tokens the covered texts
     * @param ud     universal POS tags from the UD model, one per token
     */
    static String[] refine(CharSequence text, List<Span> spans, String[] tokens, String[] ud) {
        String[] lower = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        }
        String[] penn = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String u = ud[i];
            int plus = u.indexOf('+');
            if (plus > 0) {
                u = u.substring(0, plus);
            }
            penn[i] = tag(text, spans, tokens, lower, ud, penn, i, u);
            if (isPunctuationTag(penn[i]) && hasLetterOrDigit(tokens[i])) {
                penn[i] = wordLike(tokens[i]); // "so-called", "six-week" tagged as punctuation
            }
        }
        return penn;
    }

    private static String tag(CharSequence text, List<Span> spans, String[] tokens, String[] lower, String[] ud,
                              String[] penn, int i, String u) {
        String w = lower[i];
        String clitic = clitic(text, spans, lower, i, u);
        if (clitic != null) {
            return clitic;
        }
        if (u.equals("PROPN") && Character.isLowerCase(tokens[i].charAt(0))) {
            u = "NOUN"; // the model sometimes calls a lower-case word a proper noun
        }
        switch (u) {
            case "PROPN":
                return PLURAL_PROPER.contains(w) && i > 0 && ud[i - 1].equals("PROPN")
                        || w.length() > 5 && w.endsWith("ans") ? "NNPS" : "NNP"; // United States, Ukrainians
            case "NOUN":
                return isPluralNoun(w) ? "NNS" : "NN";
            case "VERB":
            case "AUX":
                return verb(tokens, lower, penn, i, u);
            case "ADJ":
                return adjective(w);
            case "ADV":
                return adverb(w);
            case "PART":
                return particle(w);
            case "ADP":
                return w.equals("to") ? "TO" : "IN";
            case "SCONJ":
                return WH_ADVERBS.contains(w) ? "WRB" : "IN";
            case "CCONJ":
                return "CC";
            case "DET":
                return determiner(w, ud, i);
            case "PRON":
                return pronoun(w, ud, i);
            case "NUM":
                return "CD";
            case "INTJ":
                return "UH";
            case "X":
                return "FW";
            case "SYM":
                return symbol(w);
            case "PUNCT":
                return punctuation(text, spans, w, i);
            default:
                return tokens[i].chars().anyMatch(Character::isLetter) ? "NN" : "SYM";
        }
    }

    /** The tag of a clitic or a possessive apostrophe ("'s", "n't", "'re", "'ll", "'"), or null for other words. */
    private static String clitic(CharSequence text, List<Span> spans, String[] lower, int i, String u) {
        String w = lower[i];
        switch (w) {
            case "'s":
                return u.equals("AUX") || u.equals("VERB") ? "VBZ" : "POS"; // "Putin’s" vs "he’s"
            case "n't":
                return "RB";
            case "'re", "'ve", "'m":
                return "VBP";
            case "'ll", "'d":
                return "MD";
            case "'":
                return possessiveApostrophe(text, spans, lower, i) ? "POS" : null;
            default:
                return null;
        }
    }

    /** The tag of a particle other than a clitic: "to", an apostrophe not read as possessive, a negation, or RP. */
    private static String particle(String w) {
        if (w.equals("to")) {
            return "TO";
        }
        if (w.equals("'")) {
            return "POS";
        }
        return NEGATIONS.contains(w) ? "RB" : "RP";
    }

    private static boolean isPunctuationTag(String t) {
        return t.equals(":") || t.equals(".") || t.equals(",") || t.equals("``") || t.equals("''") || t.equals("SYM");
    }

    private static boolean hasLetterOrDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String wordLike(String token) {
        if (token.chars().noneMatch(Character::isLetter)) {
            return "CD";
        }
        return Character.isUpperCase(token.charAt(0)) ? "NNP" : "JJ";
    }

    private static boolean isPluralNoun(String w) {
        if (EnglishWords.NOUN_SINGULAR.containsKey(w)) {
            return true;
        }
        if (PLURALS_WITHOUT_S.contains(w)) {
            return true;
        }
        if (EnglishWords.NOUN_INVARIABLE.contains(w)) {
            return false;
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("'s") && Character.isLetter(w.charAt(w.length() - 2));
    }

    private static String verb(String[] tokens, String[] lower, String[] penn, int i, String u) {
        String w = lower[i];
        if (!tokens[i].chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '-')) {
            return Character.isUpperCase(tokens[i].charAt(0)) ? "NNP" : "CD"; // "M23" mis-tagged as a verb
        }
        if (EnglishWords.MODALS.contains(w) && (u.equals("AUX") || !w.equals("will"))) {
            return "MD";
        }
        String byForm = VERB_FORMS.get(w);
        if (byForm != null) {
            return byForm;
        }
        EnglishWords.VerbForm irregular = EnglishWords.irregularVerbForm(w);
        if (irregular == EnglishWords.VerbForm.PAST) {
            return "VBD";
        }
        if (irregular == EnglishWords.VerbForm.PARTICIPLE) {
            return "VBN";
        }
        if (irregular == EnglishWords.VerbForm.PAST_OR_PARTICIPLE || EnglishWords.isRegularPast(w)) {
            return perfectOrPassive(lower, penn, i) || nextIs(lower, i, "by") || adjectival(penn, i) ? "VBN" : "VBD";
        }
        if (w.endsWith("ing") && w.length() > 4) {
            return "VBG";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 2) {
            return "VBZ";
        }
        return baseVerb(lower, penn, i) ? "VB" : "VBP";
    }

    /** A form of have or be (get) before, over adverbs and "not": "has withdrawn", "were not told". */
    private static boolean perfectOrPassive(String[] lower, String[] penn, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            if (HAVE.contains(lower[j]) || BE.contains(lower[j])) {
                return true;
            }
            if (!penn[j].startsWith("RB") && !penn[j].equals("PRP")) { // "has Russia ever asked", "have they"
                return false;
            }
        }
        return false;
    }

    /** After a determiner, possessive, adjective, number or preposition: "the changed reality", "from held areas". */
    private static boolean adjectival(String[] penn, int i) {
        if (i == 0) {
            return false;
        }
        String p = penn[i - 1];
        return p.equals("DT") || p.equals("PRP$") || p.equals("POS") || p.startsWith("JJ") || p.equals("CD")
                || p.equals("IN");
    }

    /** A base form after to, a modal or do, over adverbs; or at the start of a sentence (imperative). */
    private static boolean baseVerb(String[] lower, String[] penn, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (penn[j].equals("TO") || penn[j].equals("MD") || DO.contains(lower[j])) {
                return true;
            }
            if (!penn[j].startsWith("RB")) {
                return penn[j].equals("``") || penn[j].equals(":") || penn[j].equals("CC") && j == 0;
            }
        }
        return true;
    }

    private static boolean nextIs(String[] lower, int i, String word) {
        return i + 1 < lower.length && lower[i + 1].equals(word);
    }

    private static String adjective(String w) {
        if (COMPARATIVES.contains(w)) {
            return "JJR";
        }
        if (SUPERLATIVES.contains(w) || w.endsWith("est") && w.length() > 5 && !NOT_SUPERLATIVE.contains(w)) {
            return "JJS";
        }
        return "JJ";
    }

    private static String adverb(String w) {
        if (COMPARATIVE_ADVERBS.contains(w)) {
            return "RBR";
        }
        if (SUPERLATIVE_ADVERBS.contains(w)) {
            return "RBS";
        }
        return WH_ADVERBS.contains(w) ? "WRB" : "RB";
    }

    private static String determiner(String w, String[] ud, int i) {
        if (WH_DETERMINERS.contains(w)) {
            return "WDT";
        }
        if (WH_POSSESSIVES.contains(w)) {
            return "WP$";
        }
        return PREDETERMINERS.contains(w) && i + 1 < ud.length && ud[i + 1].equals("DET") ? "PDT" : "DT";
    }

    private static String pronoun(String w, String[] ud, int i) {
        if (w.equals("her")) {
            boolean before = i + 1 < ud.length && Set.of("NOUN", "ADJ", "PROPN", "NUM").contains(ud[i + 1]);
            return before ? "PRP$" : "PRP";
        }
        if (PERSONAL.contains(w)) {
            return "PRP";
        }
        if (POSSESSIVE.contains(w)) {
            return "PRP$";
        }
        if (WH_PRONOUNS.contains(w)) {
            return "WP";
        }
        if (WH_POSSESSIVES.contains(w)) {
            return "WP$";
        }
        if (WH_DETERMINER_PRONOUNS.contains(w)) {
            return "WDT";
        }
        if (EXISTENTIAL.contains(w)) {
            return "EX";
        }
        if (QUANTITY_PRONOUNS.contains(w)) {
            return "JJ";
        }
        return DETERMINER_PRONOUNS.contains(w) ? "DT" : "NN";
    }

    private static String symbol(String w) {
        switch (w) {
            case "$", "€", "£", "¥":
                return "$";
            case "#":
                return "#";
            case "%":
                return "NN";
            case "&":
                return "CC";
            default:
                return "SYM";
        }
    }

    private static String punctuation(CharSequence text, List<Span> spans, String w, int i) {
        switch (w) {
            case ".", "!", "?":
                return ".";
            case ",":
                return ",";
            case "(", "[", "{":
                return "-LRB-";
            case ")", "]", "}":
                return "-RRB-";
            case "\u201C", "\u2018", "`", "``", "\u00AB", "\u201E":
                return "``";
            case "\u201D", "''", "\u00BB":
                return "''";
            case "\"", "'":
                return opensQuote(text, spans, i) ? "``" : "''";
            case "$", "€", "£":
                return "$";
            case "#":
                return "#";
            default:
                return ":";
        }
    }

    /** "the rebels’ positions": an apostrophe glued to a word in s and followed by a space and a word. */
    private static boolean possessiveApostrophe(CharSequence text, List<Span> spans, String[] lower, int i) {
        if (i == 0 || i + 1 >= lower.length || !lower[i - 1].endsWith("s")) {
            return false;
        }
        int b = spans.get(i).getStart();
        int e = spans.get(i).getEnd();
        return spans.get(i - 1).getEnd() == b && spans.get(i + 1).getStart() > e
                && Character.isLetterOrDigit(lower[i + 1].charAt(0));
    }

    /** A straight quote opens when nothing but space or an opening bracket stands before it. */
    private static boolean opensQuote(CharSequence text, List<Span> spans, int i) {
        int b = spans.get(i).getStart();
        if (b == 0) {
            return true;
        }
        char before = text.charAt(b - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[';
    }
}
