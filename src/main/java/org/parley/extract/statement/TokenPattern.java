package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A small pattern language over the tokens of a sentence, for rules kept as data. A pattern is a sequence of
 * elements separated by spaces; each element tests one token:
 * <ul>
 *   <li>{@code call} — the lemma or the word is "call"; {@code =called} — the word as written (lower case);</li>
 *   <li>{@code @demand-verbs} — the lemma or the word is in that {@link Lexicon} list;</li>
 *   <li>{@code _} — any token;</li>
 *   <li>{@code a|b|@c} — any of the alternatives;</li>
 *   <li>a suffix {@code /V}, {@code /N}, {@code /J}, {@code /MD} ... — and its Penn tag starts so
 *       ({@code /V,J}: one of several);</li>
 *   <li>a prefix {@code ^} — this token is the head of the match (default: the first element that is not optional);</li>
 *   <li>a suffix {@code ?} — the element may be absent (it is taken when it matches).</li>
 * </ul>
 * Example: {@code be? ^@readiness-adjectives/J to|for} matches "is ready to", "willing to" and "open for", with the
 * adjective as head. A reporting aside between two matched tokens (", he added," in "open, he added, to talks") is
 * passed over. Immutable and thread-safe.
 */
final class TokenPattern {

    private static final WordList REPORTING = Lexicon.bundled().list("reporting-verbs");

    /** A match: the tokens matched, in order, and the head among them. */
    record Match(List<Integer> tokens, int head) {
        Match {
            tokens = List.copyOf(tokens);
        }

        int first() {
            return tokens.get(0);
        }

        int last() {
            return tokens.get(tokens.size() - 1);
        }
    }

    private record Atom(String value, boolean wordOnly, WordList list) {
        /** Whether one of the forms (a word, a lemma, a stripped word) is this atom's; no tags needed. */
        boolean testForms(List<String> forms) {
            if (value.equals("_")) {
                return true;
            }
            for (String f : forms) {
                if (list != null ? list.contains(f) : f.equals(value)) {
                    return true;
                }
            }
            return false;
        }

        boolean test(SentenceView s, int i) {
            if (value.equals("_")) {
                return true;
            }
            if (list != null) {
                return s.listed(list, i);
            }
            return wordOnly ? s.word(i).equals(value) : s.lemma(i).equals(value) || s.word(i).equals(value);
        }
    }

    private record Element(List<Atom> atoms, List<String> tags, boolean head, boolean optional) {
        boolean test(SentenceView s, int i) {
            if (i < 0 || i >= s.size()) {
                return false;
            }
            if (!tags.isEmpty() && !tagged(s.pos(i))) {
                return false;
            }
            for (Atom a : atoms) { // loops, not streams: this runs for every pattern element at every token
                if (a.test(s, i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean tagged(String pos) {
            for (String t : tags) {
                if (pos.startsWith(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String source;
    private final List<Element> elements;
    private final int headElement;
    /** What a token's word or lemma must be for a match to start there; null when any token may start one. */
    private final Set<String> firstWords;

    private TokenPattern(String source, List<Element> elements, int headElement) {
        this.source = source;
        this.elements = List.copyOf(elements);
        this.headElement = headElement;
        this.firstWords = firstWords(elements.get(0));
    }

    /**
     * Parses a pattern; list names are resolved in {@code lexicon}.
     *
     * @throws IllegalArgumentException naming the element, when the pattern is malformed or names an unknown list
     */
    static TokenPattern parse(String source, Lexicon lexicon) {
        Objects.requireNonNull(source, "source");
        List<Element> elements = new ArrayList<>();
        int head = -1;
        for (String raw : source.strip().split("\\s+")) {
            String e = raw;
            boolean isHead = e.startsWith("^");
            if (isHead) {
                e = e.substring(1);
            }
            boolean optional = e.endsWith("?");
            if (optional) {
                e = e.substring(0, e.length() - 1);
            }
            List<String> tags = List.of();
            int slash = e.indexOf('/');
            if (slash >= 0) {
                tags = List.of(e.substring(slash + 1).split(","));
                e = e.substring(0, slash);
            }
            if (e.isEmpty() || tags.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("pattern \"" + source + "\": empty element in \"" + raw + "\"");
            }
            List<Atom> atoms = new ArrayList<>();
            for (String a : e.split("\\|")) {
                if (a.isEmpty()) {
                    throw new IllegalArgumentException("pattern \"" + source + "\": empty alternative in \"" + raw + "\"");
                }
                if (a.startsWith("@")) {
                    atoms.add(new Atom(a, false, lexicon.list(a.substring(1))));
                } else if (a.startsWith("=")) {
                    atoms.add(new Atom(a.substring(1), true, null));
                } else {
                    atoms.add(new Atom(a, false, null));
                }
            }
            if (isHead) {
                if (head >= 0) {
                    throw new IllegalArgumentException("pattern \"" + source + "\": two heads");
                }
                head = elements.size();
            }
            elements.add(new Element(atoms, tags, isHead, optional));
        }
        if (head < 0) {
            for (int k = 0; k < elements.size() && head < 0; k++) {
                if (!elements.get(k).optional()) {
                    head = k;
                }
            }
        }
        if (head < 0) {
            throw new IllegalArgumentException("pattern \"" + source + "\": every element is optional");
        }
        if (elements.get(head).optional()) {
            throw new IllegalArgumentException("pattern \"" + source + "\": the head cannot be optional");
        }
        return new TokenPattern(source, elements, head);
    }

    /**
     * The match starting at token {@code start}, or null. An optional element is taken when it matches and the rest
     * of the pattern still does; else it is skipped.
     */
    Match matchAt(SentenceView s, int start) {
        int[] tokenOf = new int[elements.size()];
        if (!match(s, 0, start, tokenOf)) {
            return null;
        }
        List<Integer> tokens = new ArrayList<>();
        for (int t : tokenOf) {
            if (t >= 0) {
                tokens.add(t);
            }
        }
        return tokens.isEmpty() ? null : new Match(tokens, tokenOf[headElement]);
    }

    /** Matches elements from {@code k} at token {@code i}, writing each element's token (-1: skipped). */
    private boolean match(SentenceView s, int k, int i, int[] tokenOf) {
        if (k == elements.size()) {
            return true;
        }
        Element e = elements.get(k);
        if (e.test(s, i)) {
            tokenOf[k] = i;
            if (match(s, k + 1, i + 1, tokenOf)) {
                return true;
            }
        }
        tokenOf[k] = -1;
        if (e.optional() && match(s, k + 1, i, tokenOf)) {
            return true;
        }
        int after = k > 0 && tokenOf[k - 1] >= 0 ? afterAside(s, i) : -1;
        return after > 0 && match(s, k, after, tokenOf);
    }

    /**
     * The token after a reporting aside that starts at {@code i} between two tokens of a match (", he added," in
     * "remained open, he added, to talks"): a comma, one to three pronouns or names, a verb of
     * {@code reporting-verbs} and a comma; -1 when none starts there.
     */
    private static int afterAside(SentenceView s, int i) {
        if (i >= s.size() || !s.word(i).equals(",")) {
            return -1;
        }
        int j = i + 1;
        while (j < s.size() && j - i <= 3 && (s.pos(j).equals("PRP") || s.pos(j).startsWith("NNP"))) {
            j++;
        }
        boolean reported = j > i + 1 && j + 1 < s.size() && s.pos(j).startsWith("VB") && REPORTING.contains(s.lemma(j));
        return reported && s.word(j + 1).equals(",") ? j + 2 : -1;
    }

    /**
     * Whether the pattern could match at some token once the sentence is tagged and parsed: tags are not tested
     * and each word also stands for the forms a suffix stripped off it gives ("condemned" for "condemn"), because
     * the tagger's lemma of an unparsed word may be wrong. Cheap; for choosing which sentences to parse.
     *
     * @param forms each token's forms, from {@link #formsOf}, computed once for all the patterns tried on a sentence
     */
    boolean mayMatch(List<List<String>> forms) {
        for (int start = 0; start < forms.size(); start++) {
            if (mayMatchAt(forms, 0, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words one of which a token's forms must hold for {@link #mayMatch} to match from that token: the first
     * element's words and the entries of its lists; null when any token may start a match (the first element is
     * optional or takes any token).
     */
    Set<String> firstWords() {
        return firstWords;
    }

    private static Set<String> firstWords(Element first) {
        if (first.optional()) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (Atom a : first.atoms()) {
            if (a.value().equals("_")) {
                return null;
            }
            if (a.list() != null) {
                out.addAll(a.list().entries());
            } else {
                out.add(a.value());
            }
        }
        return Set.copyOf(out);
    }

    /** Whether the pattern could match from token {@code start}, as {@link #mayMatch} tries each token. */
    boolean mayMatchFrom(List<List<String>> forms, int start) {
        return mayMatchAt(forms, 0, start);
    }

    private boolean mayMatchAt(List<List<String>> forms, int k, int i) {
        if (k == elements.size()) {
            return true;
        }
        Element e = elements.get(k);
        if (i < forms.size()) {
            for (Atom a : e.atoms()) {
                if (a.testForms(forms.get(i))) {
                    if (mayMatchAt(forms, k + 1, i + 1)) {
                        return true;
                    }
                    break;
                }
            }
        }
        if (e.optional() && mayMatchAt(forms, k + 1, i)) {
            return true;
        }
        int after = k > 0 ? mayAfterAside(forms, i) : -1;
        return after > 0 && mayMatchAt(forms, k, after);
    }

    /** As {@link #afterAside}, with no tags: a comma, one to three words, a reporting verb's form, a comma. */
    private static int mayAfterAside(List<List<String>> forms, int i) {
        if (i >= forms.size() || !forms.get(i).contains(",")) {
            return -1;
        }
        for (int j = i + 2; j <= i + 4 && j + 1 < forms.size(); j++) {
            if (forms.get(j).stream().anyMatch(REPORTING::contains) && forms.get(j + 1).contains(",")) {
                return j + 2;
            }
        }
        return -1;
    }

    /** The forms of each token of the sentence (see {@link #forms}), for {@link #mayMatch}. */
    static List<List<String>> formsOf(SentenceView s) {
        List<List<String>> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            out.add(forms(s, i));
        }
        return out;
    }

    /** The word, its lemma, and the word without an inflection ending ("condemned", "condemn"; "calls", "call"). */
    private static List<String> forms(SentenceView s, int i) {
        String w = s.word(i);
        List<String> out = new ArrayList<>(List.of(w, s.lemma(i)));
        for (String[] ending : ENDINGS) {
            if (w.endsWith(ending[0]) && w.length() > ending[0].length() + 2) {
                out.add(w.substring(0, w.length() - ending[0].length()) + ending[1]);
            }
        }
        return out;
    }

    private static final String[][] ENDINGS = {{"ied", "y"}, {"ies", "y"}, {"ed", ""}, {"ed", "e"}, {"d", ""},
        {"ing", ""}, {"ing", "e"}, {"es", ""}, {"s", ""}};

    /** Every match in the sentence, left to right; matches may overlap. */
    List<Match> findAll(SentenceView s) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (firstWords != null && !firstWords.contains(s.word(i)) && !firstWords.contains(s.lemma(i))) {
                continue; // the first element tests the word or the lemma: no match starts here
            }
            Match m = matchAt(s, i);
            if (m != null && m.first() == i) {
                out.add(m);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return source;
    }
}
