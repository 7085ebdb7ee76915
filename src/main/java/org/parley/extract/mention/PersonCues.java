package org.parley.extract.mention;

import org.parley.core.EntityType;

/**
 * The context that makes an unknown name-shaped phrase a person: a lower-case title or honorific before it ("the
 * spokeswoman Maly Sokhara"), a speech verb after it, or an apposition that describes a person ("Jane Doe, a member
 * of the council,"); not after a preposition of place ("officials in Velmoro Heights said"). Stateless.
 */
final class PersonCues {

    private PersonCues() {
    }

    /** "the spokeswoman Jane Doe": a lower-case title or honorific right before the name. */
    static boolean lowerTitleBefore(Phrase ph) {
        String prev = ph.before(1);
        return ph.nameShaped() && ph.afterLowerWord()
                && (Words.TITLES.contains(prev) || Words.HONORIFICS.contains(prev));
    }

    /** "soldier Jane Doe", "pilot Jane Doe": a lower-case role noun right before a name of two to four words. */
    /**
     * "Ilse Brandvold and Maly Velisko": a name of two or three capitalized words after "and" that joins it to a
     * person found right before it is a person too.
     */
    static boolean personInList(Phrase ph) {
        SentencePieces p = ph.p();
        int a = ph.a();
        if (!ph.nameShaped() || ph.length() < 2 || ph.length() > 3 || p.capitalized(a, ph.e()) != ph.length()
                || !ph.before(1).equals("and") || !p.lower(a - 1) || a < 2) {
            return false;
        }
        int end = p.get(a - 2).end();
        return ph.found().stream().anyMatch(f -> f.end() == end && f.entity().type() == EntityType.PERSON);
    }

    /**
     * "J. R. Doe", "K. P. Raman": one or more initials (a capital letter and its dot) before one or two capitalized
     * words; places and organizations are not written with initials.
     */
    static boolean initialsName(Phrase ph) {
        SentencePieces p = ph.p();
        int a = ph.a();
        int k = a;
        while (k < ph.e() - 1 && p.get(k).text().length() == 1 && p.get(k).cap() && p.at(k + 1).sep().equals(". ")) {
            k++;
        }
        int words = ph.e() - k;
        if (k == a || k - a < 2 && words < 2 || words > 2 || !ph.nameShaped()) {
            return false; // "A. Doe" alone may be an article's lone letter or a list item's label
        }
        for (int j = k; j < ph.e(); j++) {
            if (p.get(j).text().length() < 2 || p.get(j).allCaps()) {
                return false;
            }
        }
        return true;
    }

    static boolean roleNounBefore(Phrase ph) {
        return ph.nameShaped() && ph.length() >= 2 && ph.length() <= 4 && ph.lowerBefore() && ph.p().joined(ph.a())
                && Words.PERSON_ROLE_NOUNS.contains(ph.before(1));
    }

    /**
     * "Benny Velgan endorsed the plan", "received Ahmad Qassim al-Rubaie": a name of two or three capitalized words
     * (particles and hyphen parts between them) that opens with a catalog person's first name.
     */
    static boolean knownGivenName(Phrase ph) {
        return ph.nameShaped() && ph.length() >= 2 && ph.length() <= 5 && ph.p().capitalized(ph.a(), ph.e()) <= 3
                && ph.matcher().index().isGivenName(ph.p().norm(ph.a()));
    }

    /** "a faction led by Jane Doe", "a council headed by Jane Doe": the agent of a verb of leading. */
    static boolean leaderAfterBy(Phrase ph) {
        return ph.nameShaped() && ph.length() >= 2 && ph.length() <= 4 && ph.before(1).equals("by") && ph.lowerBefore()
                && Words.LEADING_VERB_FORMS.contains(ph.before(2));
    }

    /**
     * A name of two to four capitalized words (particles between them: "Awad al-Wazir al-Awlaki") as a speaker or
     * described as a person around it.
     */
    static boolean speakerOrDescribed(Phrase ph) {
        return ph.nameShaped() && ph.length() >= 2 && ph.length() <= 6 && ph.p().capitalized(ph.a(), ph.e()) <= 4
                && !afterPlacePreposition(ph) && personContext(ph);
    }

    /**
     * "officials in Velmoro Heights said", "elders from Lower Dalen rejected": a name right after a lower-case "in",
     * "near", "at" or "from" is the object of the preposition, not the speaker of the verb after it.
     */
    private static boolean afterPlacePreposition(Phrase ph) {
        String prev = ph.before(1);
        return ph.afterLowerWord()
                && (Words.LOCATION_PREPOSITIONS.contains(prev) || prev.equals("at") || prev.equals("from"));
    }

    private static boolean personContext(Phrase ph) {
        SentencePieces p = ph.p();
        int a = ph.a();
        int e = ph.e();
        Piece next = p.at(e);
        if (Words.SPEECH_VERB_FORMS.contains(ph.nextLowerWord())) {
            return true;
        }
        String prev = ph.before(1);
        if (a > 0 && (prev.equals("said") || prev.equals("says") || prev.equals("told")) && p.lower(a - 1)) {
            return true;
        }
        if (prev.equals("to") && ph.before(2).equals("according")) {
            return true;
        }
        if (p.get(a).mark().equals(",") && next != null && next.mark().startsWith(",") && titleBeforeComma(p, a)) {
            return true; // "the foreign minister of X, Jane Doe, said"
        }
        return next != null && next.mark().equals(",") && personApposition(ph);
    }

    /** A title (no honorific) within eight words before the comma that opens the phrase, in the same clause. */
    private static boolean titleBeforeComma(SentencePieces p, int a) {
        for (int k = a - 1; k >= Math.max(0, a - 8); k--) {
            if (Words.TITLES.contains(p.get(k).norm()) && !Words.HONORIFICS.contains(p.get(k).norm())) {
                return true;
            }
            if (k < a - 1 && p.get(k + 1).sep().contains(",")) {
                break;
            }
        }
        return false;
    }

    /** ", who", ", spokeswoman for", ", the/a ... minister": an apposition after the comma that follows the name. */
    private static boolean personApposition(Phrase ph) {
        SentencePieces p = ph.p();
        int e = ph.e();
        Piece next = p.at(e);
        String n1 = next.norm();
        if (n1.equals("who") || bareTitleAfter(p, e)) {
            return true;
        }
        int from = e + 1;
        if (next.cap() && p.at(e + 1) != null && p.at(e + 1).possessive()) {
            n1 = "the"; // "Jane Doe, Ruritania's deputy prime minister,"
            from = e + 2;
        }
        if (!Words.ARTICLES.contains(n1) && !ph.isDemonym(n1)) {
            return false;
        }
        for (int k = from; k < Math.min(p.size(), from + 6); k++) {
            if (p.get(k).possessive()) {
                continue; // "Jane Doe, the State Department's director"
            }
            String w = p.get(k).norm();
            if ((Words.TITLES.contains(w) || Words.PERSON_NOUNS.contains(w)) && p.get(k).lower()) {
                return true;
            }
            if (!p.get(k).sep().isBlank() && !SentencePieces.isHyphen(p.get(k).sep())) {
                break;
            }
        }
        return false;
    }

    /** "Jane Doe, spokeswoman for X" / "Jane Doe, deputy minister of Y": a bare title after the comma. */
    private static boolean bareTitleAfter(SentencePieces p, int e) {
        for (int k = e; k < Math.min(p.size(), e + 3); k++) {
            Piece x = p.get(k);
            if (!x.lower() || k > e && !x.sep().equals(" ")) {
                return false;
            }
            if (Words.TITLES.contains(x.norm())) {
                Piece after = p.at(k + 1);
                return after != null && after.lower() && after.sep().equals(" ")
                        && (after.norm().equals("for") || after.norm().equals("of") || after.norm().equals("to")
                        || after.norm().equals("at"));
            }
        }
        return false;
    }
}
