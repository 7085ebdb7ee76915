package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * Repairs the token boundaries of the UD English tokenizer, keeping exact offsets: rejoins words it cut between
 * two letters and hyphenated compounds ("US-led"), and splits off quotes, dashes and clitics ("Putin’s" gives
 * "Putin" + "’s", "won't" gives "wo" + "n't"). Stateless and thread-safe.
 */
final class TokenRules {

    private TokenRules() {
    }

    /** The repaired token spans of {@code text}, given the tokenizer's spans; offsets are into {@code text}. */
    static List<Span> repair(CharSequence text, Span[] raw) {
        List<Span> merged = merge(text, raw);
        List<Span> out = new ArrayList<>(merged.size() + 8);
        for (Span t : merged) {
            split(text, t.getStart(), t.getEnd(), out);
        }
        splitFinalPeriod(text, out);
        return out;
    }

    /**
     * "resumed in Kyiv.", "said Sergei Lavrov.": the tokenizer leaves the sentence's full stop on a last word it takes
     * for an abbreviation (names ending in "v"). A word of letters only with a final period, last in the sentence
     * but for closing quotes and brackets, loses the period to a token of its own; "U.S." keeps its dots.
     */
    private static void splitFinalPeriod(CharSequence s, List<Span> out) {
        int k = out.size() - 1;
        while (k > 0 && out.get(k).length() == 1 && (isClosingQuote(s.charAt(out.get(k).getStart()))
                || isClosing(s.charAt(out.get(k).getStart())))) {
            k--;
        }
        if (k < 0) {
            return;
        }
        Span last = out.get(k);
        int b = last.getStart();
        int e = last.getEnd();
        if (e - b < 3 || s.charAt(e - 1) != '.') {
            return;
        }
        for (int i = b; i < e - 1; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return;
            }
        }
        out.set(k, new Span(b, e - 1));
        out.add(k + 1, new Span(e - 1, e));
    }

    private static List<Span> merge(CharSequence s, Span[] raw) {
        List<Span> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            int b = raw[i].getStart();
            int e = raw[i].getEnd();
            while (i + 1 < raw.length && raw[i + 1].getStart() == e) {
                int nb = raw[i + 1].getStart();
                int ne = raw[i + 1].getEnd();
                if (Character.isLetterOrDigit(s.charAt(e - 1)) && Character.isLetterOrDigit(s.charAt(nb))
                        && Character.isLetter(s.charAt(e - 1)) == Character.isLetter(s.charAt(nb))) {
                    e = ne; // "‘n" + "o’", "can" + "not": cut inside a word
                    i++;
                } else if (isAbbreviation(s, b, e) && ne - nb == 1 && s.charAt(nb) == '.') {
                    e = ne; // "U.N" + "."
                    i++;
                } else if (s.charAt(e - 1) == '-' && e - b > 1 && Character.isLetterOrDigit(s.charAt(e - 2))
                        && Character.isLetterOrDigit(s.charAt(nb))) {
                    e = ne; // "2024-" + "06-" + "14", "cease-" + "fire"
                    i++;
                } else if (ne - nb == 1 && s.charAt(nb) == '-' && i + 2 < raw.length && raw[i + 2].getStart() == ne
                        && wordEnd(s.charAt(e - 1)) && Character.isLetterOrDigit(s.charAt(ne))) {
                    e = raw[i + 2].getEnd(); // "US" + "-" + "led"
                    i += 2;
                } else {
                    break;
                }
            }
            out.add(new Span(b, e));
        }
        return out;
    }

    private static boolean wordEnd(char c) {
        return Character.isLetterOrDigit(c) || c == '.';
    }

    /** Single letters separated by dots, without the final dot: "U.N", "U.S". */
    private static boolean isAbbreviation(CharSequence s, int b, int e) {
        if (e - b < 3) {
            return false;
        }
        for (int i = b; i < e; i++) {
            boolean letterPlace = (i - b) % 2 == 0;
            char c = s.charAt(i);
            if (letterPlace ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return (e - b) % 2 == 1;
    }

    private static void split(CharSequence s, int b, int e, List<Span> out) {
        // leading quotes and an unbalanced opening bracket: "(ICJ"
        while (e - b > 1 && (isQuote(s.charAt(b)) || isOpening(s.charAt(b)) && !contains(s, b, e, closing(s.charAt(b)))
                || isApostrophe(s.charAt(b)) && Character.isLetter(s.charAt(b + 1)) && !isElision(s, b, e))) {
            out.add(new Span(b, b + 1));
            b++;
        }
        // trailing quotes, unbalanced closing brackets and clitics, collected right to left
        List<Span> tail = new ArrayList<>(2);
        while (e - b > 1 && (isClosingQuote(s.charAt(e - 1)) && !possessivePlural(s, b, e)
                || isClosing(s.charAt(e - 1)) && !contains(s, b, e, opening(s.charAt(e - 1))))) {
            tail.add(0, new Span(e - 1, e));
            e--;
        }
        int clitic = cliticStart(s, b, e);
        if (clitic > b) {
            tail.add(0, new Span(clitic, e));
            e = clitic;
        } else if (possessivePlural(s, b, e)) {
            tail.add(0, new Span(e - 1, e));
            e--;
        }
        // inner dashes
        int start = b;
        for (int i = b; i < e; i++) {
            char c = s.charAt(i);
            int dashEnd = -1;
            if (c == '\u2014' || c == '\u2013') {
                dashEnd = i + 1;
            } else if (c == '-' && i + 1 < e && s.charAt(i + 1) == '-') {
                dashEnd = i + 2;
            }
            if (dashEnd > 0 && e - b > dashEnd - i) {
                if (i > start) {
                    out.add(new Span(start, i));
                }
                out.add(new Span(i, dashEnd));
                start = dashEnd;
                i = dashEnd - 1;
            }
        }
        if (start < e) {
            out.add(new Span(start, e));
        }
        out.addAll(tail);
    }

    /** "'em", "'tis", "'twas", "'n'": an apostrophe that stands for letters, not a quote. */
    private static boolean isElision(CharSequence s, int b, int e) {
        String w = s.subSequence(b + 1, e).toString().toLowerCase(Locale.ROOT);
        return WordListFile.tokenWords().contains("elisions", w);
    }

    /** Start of a trailing clitic ('s, ’s, n't, 're, 've, 'll, 'd, 'm), or -1. */
    private static int cliticStart(CharSequence s, int b, int e) {
        int n = e - b;
        if (n >= 4 && isApostrophe(s.charAt(e - 2)) && lower(s.charAt(e - 1)) == 't' && lower(s.charAt(e - 3)) == 'n'
                && Character.isLetter(s.charAt(e - 4))) {
            return e - 3;
        }
        for (int len = 2; len <= 3; len++) {
            if (n > len && isApostrophe(s.charAt(e - len)) && Character.isLetter(s.charAt(e - len - 1))) {
                String c = s.subSequence(e - len + 1, e).toString();
                if (WordListFile.tokenWords().contains("clitic-endings", c)) { // "s", "d", "m"; "re", "ve", "ll"
                    return e - len;
                }
            }
        }
        return -1;
    }

    /** "forces’" or "rebels'": a plural possessive apostrophe after s. */
    private static boolean possessivePlural(CharSequence s, int b, int e) {
        return e - b >= 3 && isApostrophe(s.charAt(e - 1)) && lower(s.charAt(e - 2)) == 's'
                && Character.isLetter(s.charAt(e - 3));
    }

    private static char lower(char c) {
        return Character.toLowerCase(c);
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '[' || c == '{';
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == ']' || c == '}';
    }

    private static char closing(char open) {
        return open == '(' ? ')' : open == '[' ? ']' : '}';
    }

    private static char opening(char close) {
        return close == ')' ? '(' : close == ']' ? '[' : '{';
    }

    private static boolean contains(CharSequence s, int b, int e, char c) {
        for (int i = b; i < e; i++) {
            if (s.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '\u201C' || c == '\u2018' || c == '"' || c == '\u00AB' || c == '`' || c == '\u201E';
    }

    private static boolean isClosingQuote(char c) {
        return c == '\u201D' || c == '\u2019' || c == '"' || c == '\u00BB' || c == '\'';
    }

    private static boolean isQuote(char c) {
        return isOpeningQuote(c) || c == '\u201D' || c == '\u00BB';
    }
}
