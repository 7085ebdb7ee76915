package org.parley.extract.mention;

import org.parley.core.EntityType;

/**
 * A run read as "[prefix] Title Words Name": "Foreign Minister Jane Doe", "Kyiv Mayor Vitali Klitschko".
 *
 * @param titleStart the first piece of the title (the prefix before it is another name, "Kyiv")
 * @param nameStart  the first piece of the person's name
 * @param nameEnd    the piece after the name
 */
record TitledName(int titleStart, int nameStart, int nameEnd) {

    /** The run {@code [a, e)} read as a title before a person's name, or null when it is not one. */
    static TitledName find(SentencePieces p, int a, int e, CatalogMatcher matcher, ArticleWords words) {
        for (int t = a; t < e - 1; t++) {
            Piece x = p.get(t);
            if (!x.cap() || !Words.TITLES.contains(x.norm())) {
                continue;
            }
            int end = t;
            while (end + 1 < e - 1 && isTitleWord(p.get(end + 1))) {
                end++;
            }
            int s = t;
            while ((s - 1 >= a && isTitleWord(p.get(s - 1)) && !Words.TITLES.contains(p.get(s - 1).norm())
                    || s - 1 >= a && Words.TITLES.contains(p.get(s - 1).norm()) && p.get(s - 1).cap())
                    && !organizationPrefix(p, s - 1, matcher)) {
                s--;
            }
            int nameStart = end + 1;
            int nameEnd = nameEnd(p, nameStart, e, words);
            if (validPersonName(p, nameStart, nameEnd, matcher, words)) {
                return new TitledName(s, nameStart, nameEnd);
            }
            if (end > t && Words.TITLE_GIVEN_NAMES.contains(p.get(end).norm())) {
                int givenNameEnd = nameEnd(p, end, e, words);
                if (validPersonName(p, end, givenNameEnd, matcher, words)) {
                    return new TitledName(s, end, givenNameEnd); // "Governor Sultan al-Arada"
                }
            }
            t = end;
        }
        return null;
    }

    /** The piece after a person's name that starts at {@code a}: capitalized words, hyphen parts and particles. */
    private static int nameEnd(SentencePieces p, int a, int e, ArticleWords words) {
        int k = a;
        while (k < e && (p.get(k).cap() || NameRuns.nameHyphenPart(p, k, words)
                || Words.NAME_PARTICLES.contains(p.get(k).norm()) && k + 1 < e && p.get(k + 1).cap())) {
            k++;
        }
        return k;
    }

    /**
     * An acronym the catalog knows as an organization before the title words ("UN Secretary-General", "NATO
     * Secretary General"): the prefix the title names its holder's body by, a mention of its own as "US" is.
     */
    private static boolean organizationPrefix(SentencePieces p, int k, CatalogMatcher matcher) {
        Piece x = p.get(k);
        if (!x.allCaps()) {
            return false;
        }
        CatalogMatch m = matcher.match(p, k, k + 1);
        return m != null && m.end() == k + 1 && m.hasType(EntityType.ORGANIZATION);
    }

    /** A word of a title: a title head, or a modifier capitalized, after a hyphen ("President-elect") or a connector. */
    static boolean isTitleWord(Piece x) {
        String n = x.norm();
        return Words.TITLES.contains(n) || Words.TITLE_MODIFIERS.contains(n) && (x.cap() || n.equals("of")
                || n.equals("for") || n.equals("the") || n.equals("and") || SentencePieces.isHyphen(x.sep()));
    }

    private static boolean validPersonName(SentencePieces p, int a, int e, CatalogMatcher matcher, ArticleWords words) {
        if (a >= e || !p.get(a).cap() || e - a > 5 || p.hyphenBefore(a)) {
            return false; // "Secretary-General": the second half is part of the title
        }
        boolean allTitle = true;
        for (int k = a; k < e; k++) {
            String n = p.get(k).norm();
            allTitle &= Words.TITLES.contains(n) || Words.TITLE_MODIFIERS.contains(n);
        }
        if (allTitle) {
            return false; // "General", "Deputy Chief": a title alone names nobody
        }
        if (p.get(a).text().length() == 1 && !(a + 1 < p.size() && p.get(a + 1).sep().startsWith("."))) {
            return false; // "Gen Z": a letter with no period after it is no initial
        }
        for (int k = a; k < e; k++) {
            Piece x = p.get(k);
            String n = x.norm();
            if (x.lower() && k > a && NameRuns.nameHyphenPart(p, k, words)) {
                continue; // "Jae-in": the lower-case part of a hyphenated given name, whatever word it spells
            }
            if (Words.ORG_HEADS.contains(n) || Words.REGION_HEADS.contains(n) || Words.UNANNOTATED_HEADS.contains(n)
                    || Words.neverName(n) || matcher.index().isDemonym(n) && k == a) {
                return false;
            }
            if (!x.cap() && !Words.NAME_PARTICLES.contains(n)) {
                return false;
            }
        }
        if (NameRuns.companySuffixAt(p, a, e)) {
            return false; // "General Trading LLC": a company's name
        }
        CatalogMatch m = matcher.match(p, a, e);
        return m == null || m.end() != e || m.hasType(EntityType.PERSON);
    }
}
