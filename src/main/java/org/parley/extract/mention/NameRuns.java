package org.parley.extract.mention;

import org.parley.core.EntityType;

/**
 * Where a run of capitalized pieces that may be one name starts and ends: "the Forces for Freedom and Change",
 * "Tigray People's Liberation Front", "Tsai Ing-wen", "the 47th Mechanized Brigade". Stateless.
 */
final class NameRuns {

    private NameRuns() {
    }

    /** True when a name may start at piece {@code k}. */
    static boolean canStart(SentencePieces p, int k, ArticleWords words) {
        Piece x = p.at(k);
        if (x != null && ordinal(x) && p.joined(k + 1) && p.get(k + 1).cap() && groupHeadAhead(p, k + 1)) {
            return true; // "the 47th Mechanized Brigade", "the 33rd Front"
        }
        if (x == null || !x.cap() || x.possessive() || Words.neverName(x.norm())
                && !Words.TITLES.contains(x.norm()) && !Words.ORG_HEADS.contains(x.norm()) && !stateBody(p, k)) {
            return false;
        }
        if (breaksRun(x) || stanceAdjective(p, k)) {
            return false;
        }
        boolean caps = x.allCaps();
        if (x.sentenceStart() || startsAfterQuoteOrColon(p, k)) {
            if (!caps && x.pos().startsWith("JJ") && p.joined(k + 1) && p.joined(k + 2) && p.get(k + 2).cap()
                    && groupHeadAhead(p, k)) {
                return true; // "Royal Air Force jets flew in", not "Local Taliban commanders": a body's name
            }
            if (words.usesLowerCase(x.text().toLowerCase())) {
                return false;
            }
            return x.pos().startsWith("NNP") || caps || mistaggedFirstName(p, k);
        }
        String pos = x.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("FW") || pos.startsWith("VBN")
                || pos.isEmpty() || caps || pos.equals("CD") || mistaggedName(p, k, words);
    }

    /**
     * "the State Information Service", "State Security Service": "State" opens the name of a body when capitalized
     * words after it end in an organization head.
     */
    private static boolean stateBody(SentencePieces p, int k) {
        return p.norm(k).equals("state") && p.joined(k + 1) && groupHeadAhead(p, k + 1);
    }

    /** "the pro-Kurdish DEM Party", "the pan-Igbo group": a stance adjective qualifies the name after it. */
    private static boolean stanceAdjective(SentencePieces p, int k) {
        return k > 0 && p.hyphenBefore(k) && p.lower(k - 1) && Words.STANCE_PREFIXES.contains(p.norm(k - 1))
                && !p.get(k).allCaps();
    }

    /** The piece after the run that starts at {@code start} and has reached {@code from}. */
    static int extend(SentencePieces p, int from, int start, ArticleWords words) {
        int k = from;
        while (k < p.size()) {
            Piece x = p.get(k);
            if (!p.joined(k) || x.possessive()) {
                if (possessiveInsideName(p, k) || pluralPossessiveInsideName(p, k)) {
                    k++;
                    continue;
                }
                break;
            }
            if (x.cap() && !breaksRun(x) && !pluralTitleBreaks(p, k)) {
                k++;
                continue;
            }
            if (outletNumber(p, k, start)) { // "Channel 12 reported", "the newspaper Pagina 12"
                k++;
                continue;
            }
            if (x.lower() && (p.hyphenBefore(k) && isPrefixOfCapital(p, k) || nameHyphenPart(p, k, words))) {
                k++;
                continue;
            }
            int c = k;
            while (c < p.size() && p.get(c).lower() && (Words.NAME_CONNECTORS.contains(p.get(c).norm())
                    || Words.CAUSE_CONNECTORS.contains(p.get(c).norm())) && p.joined(c) && connectorOk(p, c, start)) {
                c++;
            }
            if (c > k && c < p.size() && p.joined(c) && p.get(c).cap() && !breaksRun(p.get(c))) {
                k = c;
                continue;
            }
            break;
        }
        return k;
    }

    /**
     * "the Velmar Front for Unity in Tessaly (FUT)": after "in", one to three capitalized words and an acronym in
     * parentheses close the name of a body whose head comes before "in" (the acronym is the whole name's).
     */
    private static boolean placeBeforeAcronym(SentencePieces p, int k, int start) {
        boolean head = false;
        for (int j = start; j < k - 1; j++) {
            head |= p.get(j).cap() && Words.ORG_HEADS.contains(p.norm(j));
        }
        int j = k;
        while (j < p.size() && j - k < 3 && p.joined(j) && p.get(j).cap() && !p.get(j).allCaps()) {
            j++;
        }
        Piece acronym = p.at(j);
        return head && j > k && acronym != null && p.mark(j).equals("(") && acronym.allCaps()
                && (p.at(j + 1) == null || p.mark(j + 1).startsWith(")"));
    }

    /** "Tigray People's Liberation Front", "Prime Minister's Office": a possessive "s" that stays in the name. */
    private static boolean possessiveInsideName(SentencePieces p, int k) {
        return p.get(k).possessive() && k + 1 < p.size() && p.joined(k + 1) && p.get(k + 1).cap()
                && (Words.POSSESSIVE_NAME_WORDS.contains(p.get(k - 1).norm()) || titleOffice(p, k));
    }

    /**
     * "Northern Governors' Forum", "Tessa Farmers' Union": the apostrophe of a capitalized plural before the
     * capitalized words of a body's name that end in an organization head or "Forum".
     */
    private static boolean pluralPossessiveInsideName(SentencePieces p, int k) {
        String sep = p.get(k).sep();
        Piece before = p.get(k - 1);
        return (sep.equals("' ") || sep.equals("’ ")) && before.cap() && before.norm().endsWith("s")
                && p.get(k).cap() && groupHeadAhead(p, k);
    }

    /**
     * "spokeswoman Maly Velisko", "in Varsang and Velmoro": inside a sentence, a capitalized word whose
     * lower-case form the article never uses is a name, whatever tag the tagger guessed from its ending
     * ("-ly" adverb, "-ng" gerund).
     */
    private static boolean mistaggedName(SentencePieces p, int k, ArticleWords words) {
        Piece x = p.get(k);
        String pos = x.pos();
        return x.text().length() >= 3 && x.text().chars().allMatch(Character::isLetter)
                && (pos.startsWith("RB") || pos.startsWith("VB")) && p.at(k - 1) != null && !p.at(k - 1).cap()
                && !words.usesLowerCase(x.text().toLowerCase());
    }

    /**
     * "Ilse Brandvold said ...", "Ayaba Cho Lucas said": a first name opening a sentence that the tagger took for a
     * common noun or an interjection, before a joined proper noun, when the article never writes the word in lower
     * case.
     */
    private static boolean mistaggedFirstName(SentencePieces p, int k) {
        Piece x = p.get(k);
        Piece next = p.at(k + 1);
        return (x.pos().equals("NN") || x.pos().equals("UH")) && x.text().length() >= 3
                && x.text().chars().allMatch(Character::isLetter) && next != null && next.sep().equals(" ")
                && next.cap() && !next.allCaps() && next.pos().startsWith("NNP");
    }

    /**
     * A number of one to three digits after the capitalized word at {@code k - 1} that ends the name of a news
     * outlet: the name follows a word of the media ("the newspaper Pagina 12", "the broadcaster Moldova 1") or the
     * number is followed by a verb of reporting ("Channel 12 reported").
     */
    private static boolean outletNumber(SentencePieces p, int k, int start) {
        Piece x = p.get(k);
        if (!x.shortNumber() || !p.get(k - 1).cap() || p.hyphenBefore(k)
                || p.at(k + 1) != null && p.joined(k + 1) && p.get(k + 1).cap()) {
            return false;
        }
        int cue = start > 0 && p.norm(start - 1).equals("the") ? start - 2 : start - 1;
        boolean mediaBefore = cue >= 0 && p.lower(cue) && Words.MEDIA_AGENCY_NOUNS.contains(p.norm(cue));
        boolean reportsAfter = p.at(k + 1) != null && p.joined(k + 1) && p.lower(k + 1)
                && Words.MEDIA_REPORTING_VERBS.contains(p.norm(k + 1));
        return mediaBefore || reportsAfter;
    }

    /** "3rd", "47th", "101st": a number written as an ordinal. */
    private static boolean ordinal(Piece x) {
        return x.text().matches("\\d+(?:st|nd|rd|th)");
    }

    private static boolean startsAfterQuoteOrColon(SentencePieces p, int k) {
        String sep = p.get(k).mark();
        return sep.endsWith("“") || sep.endsWith("\"") || sep.endsWith(":") || sep.endsWith("(")
                || sep.endsWith("—");
    }

    /** A word that ends a name: never a name by itself and no title or organization head. */
    static boolean breaksRun(Piece x) {
        String n = x.norm();
        return Words.neverName(n) && !Words.TITLES.contains(n) && !Words.ORG_HEADS.contains(n)
                && !n.equals("state") && !n.equals("government") && !n.equals("parliament");
    }

    /** "Secretary of State", "Minister of Foreign Affairs": the capitalized piece at k goes on with the title. */
    private static boolean titleGoesOn(SentencePieces p, int k) {
        Piece x = p.at(k);
        return x != null && x.cap() && (Words.TITLES.contains(x.norm()) || Words.TITLE_MODIFIERS.contains(x.norm()));
    }

    /**
     * A plural title ends a run ("Kessa Governors"), except after "of" ("House of Representatives") or before the rest
     * of a body's name that ends in an organization head or "Forum" ("Northern Governors' Forum").
     */
    private static boolean pluralTitleBreaks(SentencePieces p, int k) {
        return pluralTitle(p.get(k)) && !p.norm(k - 1).equals("of") && !groupHeadAhead(p, k + 1);
    }

    /** "MPs", "Ministers": a title in the plural ("the Somali Parliament MPs"). */
    private static boolean pluralTitle(Piece x) {
        String n = x.norm();
        return n.length() > 2 && n.endsWith("s") && Words.TITLES.contains(n.substring(0, n.length() - 1));
    }

    /** The capitalized words from k on end in a company's legal form. */
    private static boolean companyAhead(SentencePieces p, int k) {
        int j = k;
        while (j < p.size() && p.get(j).cap() && (j == k || p.joined(j) || p.get(j).sep().isEmpty())) {
            j++;
        }
        return j > k && companySuffixAt(p, k, j);
    }

    /**
     * The pieces up to {@code e} end in a company's legal form written with a capital ("AG", "Ltd", "L.L.C" as the
     * pieces "L.L." and "C"), starting no earlier than piece {@code from}.
     */
    static boolean companySuffixAt(SentencePieces p, int from, int e) {
        StringBuilder letters = new StringBuilder();
        for (int j = e - 1; j >= Math.max(from, e - 3); j--) {
            letters.insert(0, p.get(j).norm());
            if (p.get(j).cap() && Words.COMPANY_SUFFIXES.contains(letters.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Security and Defence Council", "the National Peace and Unity Commission": one to three capitalized words
     * (no acronym, title or head of a body among them), "and", and one or two capitalized words that end in an
     * organization head name one body: the head is shared. After one word alone, up to five capitalized words may
     * follow "and" ("the Petroleum and Natural Gas Senior Staff Association"). Two bodies each write their own head.
     */
    private static boolean headShared(SentencePieces p, int start, int and) {
        if (and - start < 1 || and - start > 3) {
            return false;
        }
        for (int k = start; k < and; k++) {
            Piece x = p.get(k);
            if (!x.cap() || x.allCaps() || Words.ORG_HEADS.contains(x.norm()) || Words.TITLES.contains(x.norm())) {
                return false;
            }
        }
        int j = and + 1;
        while (j < p.size() && p.get(j).cap() && p.joined(j) && !p.get(j).possessive()) {
            j++;
        }
        int after = j - and - 1; // up to five after one word alone: "the Oil and Natural Gas Workers Union"
        return after >= 1 && after <= (and - start == 1 ? 5 : 2) && Words.ORG_HEADS.contains(p.norm(j - 1));
    }

    /** The capitalized words from k on end in an organization head or "Forum". */
    static boolean groupHeadAhead(SentencePieces p, int k) {
        int j = k;
        while (j < p.size() && p.get(j).cap() && (j == k || p.joined(j))) {
            j++;
        }
        if (j == k) {
            return false;
        }
        String last = p.get(j - 1).norm();
        return Words.ORG_HEADS.contains(last) || last.equals("forum");
    }

    /** "Prime Minister's Office": a title's possessive before a capitalized office word. */
    private static boolean titleOffice(SentencePieces p, int poss) {
        return p.get(poss - 1).cap() && Words.TITLES.contains(p.get(poss - 1).norm())
                && Words.TITLE_OFFICES.contains(p.norm(poss + 1));
    }

    /** "Co-operation"-style lower-case hyphen parts are not joined; only a lowercase name particle is. */
    private static boolean isPrefixOfCapital(SentencePieces p, int k) {
        return Words.NAME_PARTICLES.contains(p.get(k).norm()) && k + 1 < p.size() && p.hyphenBefore(k + 1)
                && p.get(k + 1).cap();
    }

    /**
     * "Tsai Ing-wen", "Tai-ko-shan": a lower-case hyphen part of a name that is no compound suffix ("-led",
     * "-based"), after a capitalized word or after another such part.
     */
    static boolean nameHyphenPart(SentencePieces p, int k, ArticleWords words) {
        Piece x = p.at(k);
        if (x == null || !p.hyphenBefore(k) || !x.lower() || p.get(k - 1).allCaps()
                || !p.get(k - 1).cap() && !nameHyphenPart(p, k - 1, words)) {
            return false;
        }
        String n = x.norm();
        return n.length() <= 5 && !n.endsWith("ed") && !n.endsWith("ing") && !n.endsWith("ly")
                && !Words.COMPOUND_SUFFIXES.contains(n) && (!words.standsAlone(n) || secondGivenSyllable(p, k));
    }

    /**
     * "Moon Jae-in", "Lee Jae-myung": a part of two or three letters, even one the article also writes as a word
     * ("in"), after a hyphen that ends the second of two capitalized words joined by a space (a family name and the
     * first syllable of a given name); not after a lone name ("Trump-in") nor before another hyphen.
     */
    private static boolean secondGivenSyllable(SentencePieces p, int k) {
        return p.get(k).norm().length() <= 3 && k >= 2 && p.joined(k - 1) && !p.hyphenBefore(k - 1)
                && p.get(k - 2).cap() && !p.get(k - 2).allCaps() && !p.hyphenBefore(k + 1);
    }

    /**
     * "Belen de Bajira", "San Jose del Guaviare", "Hadi al-Amiri": a catalog town's or person's name that the run goes
     * on after name particles ({@code name-particles}: "de", "del", "al") with capitalized words only to its end is the
     * first part of a longer name, not that town or person.
     */
    static boolean nameGoesOn(SentencePieces p, CatalogMatch c, int e) {
        if (!c.forms().stream().allMatch(f -> f.entry().type() == EntityType.CITY
                || f.entry().type() == EntityType.PERSON)) {
            return false;
        }
        int k = c.end();
        while (k < e && p.lower(k) && Words.NAME_PARTICLES.contains(p.norm(k))) {
            k++;
        }
        return k > c.end() && k < e && p.capitalized(k, e) == e - k;
    }

    /** The piece at {@code k} is a capitalized noun of a subject ("Decolonization", "Human Rights" as "Rights"). */
    private static boolean subjectAfter(SentencePieces p, int k) {
        Piece x = p.at(k);
        if (x == null || !x.cap() || x.allCaps()) {
            return false;
        }
        for (int j = k; j < p.size() && p.get(j).cap() && (j == k || p.joined(j)); j++) {
            for (String ending : Words.SUBJECT_NOUN_ENDINGS.entries()) {
                if (p.norm(j).endsWith(ending)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean connectorOk(SentencePieces p, int c, int start) {
        String n = p.get(c).norm();
        String prev = p.get(c - 1).norm();
        switch (n) {
            case "of", "for" -> {
                if (Words.TITLES.contains(prev) && p.get(c - 1).cap() && !Words.ORG_HEADS.contains(prev)) {
                    return titleGoesOn(p, c + 1); // "Secretary of State Jane Doe", not "President of Ruritania"
                }
                return true;
            }
            case "and" -> {
                if (Words.PEOPLE_PLURALS.contains(prev) && groupHeadAhead(p, c + 1) || companyAhead(p, c + 1)
                        || headShared(p, start, c)) {
                    return true; // "Hostages and Missing Families Forum", "Velgas and Energy Trading AG"
                }
                return forInside(p, start, c) || ofInside(p, start, c);
            }
            case "the" -> {
                return prev.equals("of") || prev.equals("for") // "and the" opens another name
                        || prev.equals("on") && subjectAfter(p, c + 1);
            }
            case "on" -> {
                // "the Committee on the Rights of the Child", "Conference on Disarmament": a body named by its subject
                return p.get(c - 1).cap() && Words.SUBJECT_HEADS.contains(prev)
                        && (p.norm(c + 1).equals("the") || subjectAfter(p, c + 1));
            }
            case "to", "in" -> {
                // "the OSCE Mission to Moldova", "the UN Mission in South Sudan": a mission named by its host
                return p.get(c - 1).cap() && (Words.MISSION_HEADS.contains(prev) && c - 1 > start
                        || n.equals("in") && placeBeforeAcronym(p, c + 1, start));
            }
            default -> {
                if (Words.CAUSE_CONNECTORS.contains(n)) {
                    return p.get(c - 1).cap() && forInside(p, start, c); // "Front for Democracy against Dictatorship"
                }
                return Words.NAME_PARTICLES.contains(n);
            }
        }
    }

    /** A lower-case "for" among the pieces {@code [start, c)}: a body named by what it is for. */
    private static boolean forInside(SentencePieces p, int start, int c) {
        return wordInside(p, start, c, "for");
    }

    private static boolean ofInside(SentencePieces p, int start, int c) {
        return wordInside(p, start, c, "of");
    }

    private static boolean wordInside(SentencePieces p, int start, int c, String word) {
        for (int k = start; k < c; k++) {
            if (p.norm(k).equals(word)) {
                return true;
            }
        }
        return false;
    }
}
