package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * Repairs sentence boundaries of the UD English sentence detector: rejoins a split after an abbreviation
 * ("U.S. President", "Gen. Doe", "Oct. 5"), a middle initial ("Mary J. Doe", "M. A. Khan") or before a lower-case
 * word. The abbreviations and sentence openers are in {@code sentence-boundary-words.txt}. Stateless and thread-safe.
 */
final class SentenceRules {

    private static final WordListFile WORDS = WordListFile.sentenceBoundaries();

    private SentenceRules() {
    }

    /** The repaired sentence spans of {@code text}. */
    static List<Span> repair(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            if (!out.isEmpty() && wrongSplit(text, out.get(out.size() - 1), s)) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean wrongSplit(String text, Span before, Span after) {
        String next = firstWord(text, after);
        if (next.isEmpty()) {
            return false;
        }
        char c = next.charAt(0);
        if (Character.isLowerCase(c)) {
            return true;
        }
        String last = lastWord(text, before).toLowerCase(Locale.ROOT);
        if (WORDS.contains("abbreviations", last)
                || WORDS.contains("number-abbreviations", last) && Character.isDigit(c)) {
            return true; // "Gen. Doe", "Oct. 5", "No. 10"
        }
        String raw = lastWord(text, before);
        boolean initial = raw.length() == 2 && Character.isUpperCase(raw.charAt(0)) && raw.charAt(1) == '.';
        return (isDottedAbbreviation(last) || initial) && Character.isUpperCase(c) // "U.S. President", "Mary J. Doe"
                && (!WORDS.contains("sentence-openers", next) || initial && opensWithInitial(text, after));
    }

    /** "A. Khan said": the span opens with a capital letter and a dot, an initial and not the article "A". */
    private static boolean opensWithInitial(String text, Span s) {
        int b = s.getStart();
        while (b < s.getEnd() && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        return b + 2 < s.getEnd() && Character.isUpperCase(text.charAt(b)) && text.charAt(b + 1) == '.'
                && Character.isWhitespace(text.charAt(b + 2));
    }

    /** "u.s.", "u.n.", "e.u.": letters each followed by a dot. */
    private static boolean isDottedAbbreviation(String w) {
        if (w.length() < 4 || w.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < w.length(); i += 2) {
            if (!Character.isLetter(w.charAt(i)) || w.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    private static String lastWord(String text, Span s) {
        int e = s.getEnd();
        while (e > s.getStart() && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > s.getStart() && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, e);
    }

    private static String firstWord(String text, Span s) {
        int b = s.getStart();
        while (b < s.getEnd() && !Character.isLetterOrDigit(text.charAt(b))) {
            b++;
        }
        int e = b;
        while (e < s.getEnd() && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return text.substring(b, e);
    }
}
