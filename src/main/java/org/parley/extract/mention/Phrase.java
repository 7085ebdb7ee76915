package org.parley.extract.mention;

import java.util.List;

/**
 * A capitalized phrase {@code [a, e)} of a sentence that the catalog does not name, with what the typing rules may
 * read around it: the catalog, the article's words, the names it has given so far and the mentions found so far in
 * the sentence. Immutable.
 *
 * @param p       the sentence's pieces
 * @param a       first piece
 * @param e       piece after the last
 * @param matcher the catalog matcher
 * @param words   the article's lower-case words
 * @param known   what the article has named so far
 * @param found   the mentions found so far in this sentence, in the order found
 */
record Phrase(SentencePieces p, int a, int e, CatalogMatcher matcher, ArticleWords words, KnownNames known,
              List<Candidate> found) {

    Phrase {
        found = List.copyOf(found);
    }

    int length() {
        return e - a;
    }

    /** The look-up form of the phrase's last piece. */
    String lastNorm() {
        return p.norm(e - 1);
    }

    /** The piece after the phrase, or null. */
    Piece next() {
        return p.at(e);
    }

    /** The lower-case word right after the phrase (joined to it), or "". */
    String nextLowerWord() {
        Piece next = p.at(e);
        return next != null && p.joined(e) && next.lower() ? next.norm() : "";
    }

    /** The look-up form of the piece {@code back} pieces before the phrase ("" outside the sentence). */
    String before(int back) {
        return p.norm(a - back);
    }

    /** The piece right before the phrase is a lower-case word. */
    boolean lowerBefore() {
        return p.lower(a - 1);
    }

    /** A lower-case word stands right before the phrase, joined to it by a space ("the spokesman Adi", "in Kafr"). */
    boolean afterLowerWord() {
        return a > 0 && lowerBefore() && p.joined(a);
    }

    boolean isDemonym(String norm) {
        return matcher.index().isDemonym(norm);
    }

    /** The whole phrase of two or more pieces is a catalog demonym ("North Korean", "South Sudanese"). */
    boolean demonymOfWords() {
        return length() >= 2 && isDemonym(p.key(a, e));
    }

    /**
     * Piece {@code k} is an adjective of a people or a place ("Tibetan", "Kurdish", "Israeli"): tagged an adjective,
     * all letters, and a catalog demonym or with an adjective's ending; "Imedi" before "television" is a name.
     */
    boolean adjectiveAt(int k) {
        Piece x = p.get(k);
        String n = x.norm();
        return x.pos().startsWith("JJ") && x.text().chars().allMatch(Character::isLetter)
                && (isDemonym(n) || adjectiveEnding(n));
    }

    /** Whether a normalized word ends as an adjective of a people or a place does ({@code adjective-endings}). */
    static boolean adjectiveEnding(String norm) {
        return Words.ADJECTIVE_ENDINGS.entries().stream().anyMatch(norm::endsWith);
    }

    /** The mention found in this sentence that ends at body offset {@code end}, or null. */
    Candidate foundEndingAt(int end) {
        for (Candidate c : found) {
            if (c.end() == end) {
                return c;
            }
        }
        return null;
    }

    /**
     * The noun a naming verb gives this phrase as its name ("a faction called X", "a former parliament known as the
     * X"), or "" when no naming verb comes right before the phrase (or before its "the").
     */
    String namingNoun() {
        int v = a - 1;
        if (p.lowerNorm(v).equals("the")) {
            v--;
        }
        String verb = p.lowerNorm(v);
        if (Words.NAMING_VERB_FORMS.contains(verb)) {
            return p.lowerNorm(v - 1);
        }
        return verb.equals("as") && p.lowerNorm(v - 1).equals("known") ? p.lowerNorm(v - 2) : "";
    }

    /** The phrase ends in a company's legal form ("AG", "Ltd", "L.L.C"). */
    boolean endsInCompanySuffix() {
        return NameRuns.companySuffixAt(p, a + 1, e);
    }

    /** Every piece is a demonym, a word never a name, a title word or a lower-case word. */
    boolean allGeneric() {
        if (demonymOfWords()) {
            return true;
        }
        for (int k = a; k < e; k++) {
            Piece x = p.get(k);
            String n = x.norm();
            if (!(isDemonym(n) || Words.neverName(n) || Words.TITLES.contains(n)
                    || Words.TITLE_MODIFIERS.contains(n) || x.lower())) {
                return false;
            }
        }
        return true;
    }

    /** Title-case words of letters (name particles inside), not acronyms, demonyms, heads or titles. */
    boolean nameShaped() {
        if (demonymOfWords()) {
            return false;
        }
        for (int k = a; k < e; k++) {
            Piece x = p.get(k);
            String n = x.norm();
            if (x.lower() && Words.NAME_PARTICLES.contains(n) && k > a || k > a && NameRuns.nameHyphenPart(p, k, words)) {
                continue; // "bin", "al": a particle; "Byung-sam", "Ing-wen": the lower-case part of a hyphenated name
            }
            if (k == e - 1 && k > a && Words.HONORIFICS.contains(n) && x.cap() && !x.allCaps()
                    && (p.at(e) == null || !p.at(e).sep().startsWith("."))) {
                continue; // "Hun Sen": a name piece spelt like an abbreviated title, with no dot after it
            }
            boolean nisba = k > a && p.get(k - 1).lower() && Words.NAME_PARTICLES.contains(p.get(k - 1).norm());
            if (!x.cap() || x.allCaps() && x.text().length() > 1 || !x.text().chars().allMatch(Character::isLetter)
                    || isDemonym(n) && !nisba || Words.neverName(n) || Words.ORG_HEADS.contains(n)
                    || Words.REGION_HEADS.contains(n) || Words.TITLES.contains(n)) {
                return false;
            }
        }
        return true;
    }

    /** One all-capitals piece of at least three letters: an acronym. */
    boolean acronym() {
        return length() == 1 && p.get(a).allCaps() && NameText.letters(p.get(a).text()).length() >= 3;
    }
}
