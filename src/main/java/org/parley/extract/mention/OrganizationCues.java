package org.parley.extract.mention;

import org.parley.core.EntityType;

/**
 * The context that makes an unknown phrase an organization: a head word inside it ("Marvan Liberation Front"), an
 * apposition or a noun beside an acronym ("ZMOB, the monitoring mission"), a company's name ending, noun or list
 * ("the conglomerate RT Holmvik", "lenders such as Tarbank"), a party noun after it, a forum of people. Stateless.
 */
final class OrganizationCues {

    private OrganizationCues() {
    }

    /**
     * A capitalized organization head in a phrase of two or more words that holds more than heads; a head inside a
     * catalog place that ends the phrase after "of" does not count ("Area C of the West Bank" names no body), while
     * a head before that "of" names a body of the place ("the Bank of Ghana").
     */
    static boolean headInside(Phrase ph) {
        if (ph.length() < 2) {
            return false;
        }
        boolean head = false;
        boolean other = false;
        int end = PlaceAfterOf.start(ph);
        for (int k = ph.a(); k < end; k++) {
            Piece x = ph.p().get(k);
            head |= x.cap() && Words.ORG_HEADS.contains(x.norm());
            other |= !(Words.ORG_HEADS.contains(x.norm()) || Words.neverName(x.norm()) || x.lower());
        }
        return head && (other || end < ph.e());
    }

    /** "the President's Office", "the Prime Minister's Office": a title's possessive before an office word. */
    static boolean titleOffice(Phrase ph) {
        SentencePieces p = ph.p();
        for (int k = ph.a() + 1; k + 1 < ph.e(); k++) {
            if (p.get(k).possessive() && p.get(k - 1).cap() && Words.TITLES.contains(p.get(k - 1).norm())
                    && Words.TITLE_OFFICES.contains(p.get(k + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "Velgas Energy Trading AG", "Holm Shipping Ltd": a name that ends in a company's legal form. */
    static boolean companySuffix(Phrase ph) {
        return ph.length() >= 2 && ph.endsInCompanySuffix();
    }

    /** "an armed faction called X", "a former parliament known as the X": named after an organization noun. */
    static boolean namedAsOrganization(Phrase ph) {
        String noun = ph.namingNoun();
        return !noun.isEmpty() && (organizationNoun(noun) || Words.COMPANY_NOUNS.contains(noun));
    }

    /** "the MAK", "the GNC": an acronym the catalog does not know, after "the". */
    static boolean acronymAfterThe(Phrase ph) {
        Piece next = ph.next();
        return ph.acronym() && ph.before(1).equals("the") && ph.lowerBefore()
                && !(next != null && next.lower() && ph.p().joined(ph.e()) && next.pos().startsWith("NN"));
    }

    /** "he told DMG": an acronym a speaker told something to (a news outlet or a body). */
    static boolean acronymTold(Phrase ph) {
        String prev = ph.before(1);
        return ph.acronym() && ph.lowerBefore() && (prev.equals("told") || prev.equals("tells") || prev.equals("telling"));
    }

    /** "the Widows and Missing Veterans Forum": a forum named after the people it gathers, or one that speaks. */
    static boolean forumOfPeople(Phrase ph) {
        SentencePieces p = ph.p();
        if (ph.length() < 2 || !p.get(ph.e() - 1).cap() || !ph.lastNorm().equals("forum")) {
            return false;
        }
        for (int k = ph.a(); k < ph.e() - 1; k++) {
            if (Words.PEOPLE_PLURALS.contains(p.get(k).norm())) {
                return true;
            }
        }
        return Words.SPEECH_VERB_FORMS.contains(ph.nextLowerWord());
    }

    /** "ZMOB, the regional monitoring mission in the north,": an acronym explained by an organization noun. */
    static boolean acronymApposition(Phrase ph) {
        SentencePieces p = ph.p();
        int e = ph.e();
        Piece next = p.at(e);
        if (!ph.acronym() || next == null || !next.mark().equals(",") || !Words.ARTICLES.contains(next.norm())) {
            return false;
        }
        for (int k = e + 1; k < Math.min(p.size(), e + 7); k++) {
            Piece x = p.get(k);
            if (!x.sep().isBlank() && !SentencePieces.isHyphen(x.sep())) {
                return false;
            }
            if (x.lower() && (Words.ORG_HEADS.contains(x.norm()) || Words.ORGANIZATION_NOUNS.contains(x.norm()))) {
                return true;
            }
            if (x.lower() && (x.norm().equals("of") || x.norm().equals("in") || x.norm().equals("that")
                    || x.norm().equals("which") || x.norm().equals("who"))) {
                return false;
            }
        }
        return false;
    }

    /** "the farmers' union ZNB", "the ZNB clearing network": an acronym named by an organization noun beside it. */
    static boolean acronymBesideNoun(Phrase ph) {
        if (!ph.acronym()) {
            return false;
        }
        SentencePieces p = ph.p();
        Piece prev = p.at(ph.a() - 1);
        if (prev != null && prev.lower() && p.joined(ph.a()) && organizationNoun(prev.norm())) {
            return true;
        }
        for (int k = ph.e(); k < Math.min(p.size(), ph.e() + 2); k++) {
            Piece x = p.get(k);
            if (!x.lower() || !p.joined(k) || SentencePieces.isHyphen(x.sep())) {
                return false;
            }
            if (organizationNoun(x.norm())) {
                return true;
            }
        }
        return false;
    }

    /** "Gazprombank", "Rosneft": one name-shaped word built on a company word (bank, oil, gas, industry). */
    static boolean companyNameEnding(Phrase ph) {
        if (ph.length() != 1 || !ph.nameShaped()) {
            return false;
        }
        String n = ph.p().get(ph.a()).norm();
        for (String ending : Words.COMPANY_NAME_ENDINGS.entries()) {
            if (n.length() >= ending.length() + 3 && n.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Velbank, Ruritania's state farm lender," / "Ostrava, a rebel faction,": one name-shaped word before an
     * apposition of at most five words, with no verb or preposition, whose last word is an organization noun.
     */
    static boolean appositionHead(Phrase ph) {
        if (ph.length() != 1 || !ph.nameShaped()) {
            return false;
        }
        SentencePieces p = ph.p();
        int e = ph.e();
        Piece first = p.at(e);
        if (first == null || !first.mark().equals(",")) {
            return false;
        }
        int k = e;
        if (Words.ARTICLES.contains(first.norm()) && first.lower()) {
            k++;
        } else if (!(first.cap() && p.at(e + 1) != null && p.at(e + 1).possessive())) {
            return false; // "Ruritania's ..."
        } else {
            k += 2;
        }
        int head = appositionHeadAt(p, k);
        if (head < 0) {
            return false;
        }
        Piece after = p.at(head + 1);
        boolean closed = after == null || !after.sep().isBlank() && !SentencePieces.isHyphen(after.sep());
        String n = p.get(head).norm();
        return closed && (organizationNoun(n) && !Words.TITLES.contains(n) || Words.COMPANY_NOUNS.contains(n));
    }

    /** The last piece of a verbless apposition of lower-case words from {@code k} (at most five), or -1. */
    private static int appositionHeadAt(SentencePieces p, int k) {
        int head = -1;
        for (int j = k; j < Math.min(p.size(), k + 5); j++) {
            Piece x = p.get(j);
            if (x.possessive()) {
                return -1; // "Doe, the group's spokesman": the group owns the head
            }
            if (j > k && !(x.sep().equals(" ") || SentencePieces.isHyphen(x.sep()))) {
                break;
            }
            if (!x.lower() || x.pos().startsWith("VB") && !SentencePieces.isHyphen(x.sep()) && j > k
                    || x.pos().equals("IN") || x.pos().equals("TO") || Words.NAME_CONNECTORS.contains(x.norm())
                    || x.pos().equals("WDT") || x.pos().equals("WP")) {
                return -1;
            }
            head = j;
        }
        return head;
    }

    /**
     * "the state energy company Velgaz", "the conglomerate VK Holm": a company noun right before a name of at most
     * three words, in a noun phrase opened by an article within four words.
     */
    static boolean companyNounBefore(Phrase ph) {
        SentencePieces p = ph.p();
        int a = ph.a();
        Piece prev = p.at(a - 1);
        if (ph.length() > 3 || prev == null || !prev.lower() || !p.joined(a) || !Words.COMPANY_NOUNS.contains(prev.norm())
                || p.at(ph.e()) != null && p.at(ph.e()).possessive()) {
            return false;
        }
        for (int k = a - 2; k >= Math.max(0, a - 5); k--) {
            Piece x = p.get(k);
            if (Words.ARTICLES.contains(x.norm()) || x.lower() && (x.pos().equals("IN") || x.pos().equals("TO"))) {
                return true; // the noun phrase opens: "the state gas company X", "by Kurdish television channel X"
            }
            boolean modifier = x.lower() || ph.isDemonym(x.norm()) || x.pos().startsWith("JJ");
            if (!modifier || !x.sep().equals(" ") && !p.hyphenBefore(k + 1) || x.pos().startsWith("VB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the West African bloc", "the Kurdish group", "the Peronist bloc": a demonym, an adjective or the word of a
     * creed qualifies the noun; it names no one.
     */
    private static boolean adjectival(Phrase ph) {
        Piece last = ph.p().get(ph.e() - 1);
        return last.pos().startsWith("JJ") || ph.matcher().index().isDemonym(last.norm())
                || Words.IDEOLOGY_SUFFIXES.entries().stream().anyMatch(last.norm()::endsWith)
                || areaAdjective(ph.p().key(ph.a(), ph.e()));
    }

    /**
     * "West African", "South American", "European": the adjective of an area larger than a country
     * (supranational-areas), its name with "n" or "an" added, which names no body ("the West African bloc").
     */
    private static boolean areaAdjective(String key) {
        return key.endsWith("an") && (Words.SUPRANATIONAL_AREAS.contains(key.substring(0, key.length() - 1))
                || Words.SUPRANATIONAL_AREAS.contains(key.substring(0, key.length() - 2)));
    }

    /**
     * "the left-wing Tunu Ataqa party", "the banned Alga party": a name between "the" (and modifiers, among them a
     * participle of a party's standing, `party-status-words`) and a party or movement noun.
     */
    static boolean partyNounAfter(Phrase ph) {
        SentencePieces p = ph.p();
        int e = ph.e();
        Piece next = p.at(e);
        if (ph.length() > 3 || !ph.nameShaped() || next == null || !next.lower() || !p.joined(e) || p.hyphenBefore(e)
                || !Words.PARTY_NOUNS.contains(next.norm()) || adjectival(ph)) {
            return false;
        }
        for (int k = ph.a() - 1; k >= Math.max(0, ph.a() - 4); k--) {
            Piece x = p.get(k);
            if (x.norm().equals("the")) {
                return true; // "The Radaa force moved in" too
            }
            if (!x.lower()) {
                return false;
            }
            if (x.pos().startsWith("VB") && !p.hyphenBefore(k + 1) && !Words.PARTY_STATUS_WORDS.contains(x.norm())
                    || x.pos().equals("IN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the Ministry of Foreign Affairs and External Trade": the name of a catalog body goes on after "and" with
     * capitalized words to the end of the run that no catalog name opens ("the Arab League and Egypt" are two).
     */
    static boolean bodyNameGoesOn(SentencePieces p, CatalogMatch c, int e, CatalogMatcher matcher) {
        int r = c.end();
        return p.norm(r).equals("and") && c.hasType(EntityType.ORGANIZATION) && r + 1 < e
                && p.capitalized(r + 1, e) == e - r - 1 && matcher.match(p, r + 1, e) == null
                || nationalSection(p, c, e, matcher) || nationalSociety(p, c, e);
    }

    /**
     * "Kenya Red Cross", "the Sudanese Red Crescent": a country's catalog name or demonym right before the name of a
     * movement of national societies ({@code national-society-names}), ending the run, names that country's society,
     * an organization of its own (the organization head "Cross" or "Crescent" types it), not the international body.
     */
    private static boolean nationalSociety(SentencePieces p, CatalogMatch c, int e) {
        return c.onlyType(EntityType.COUNTRY)
                && Words.NATIONAL_SOCIETY_NAMES.contains(p.key(c.end(), e));
    }

    /**
     * "Amnesty International Kenya", "Transparency International Ukraine": the catalog name of an international
     * body (its name ends in "International") and a country's name right after it, ending the run, name the body's
     * national section, an organization of its own (the organization head "International" types it).
     */
    private static boolean nationalSection(SentencePieces p, CatalogMatch c, int e, CatalogMatcher matcher) {
        if (!p.norm(c.end() - 1).equals("international") || !c.hasType(EntityType.ORGANIZATION)) {
            return false;
        }
        CatalogMatch country = matcher.match(p, c.end(), e);
        return country != null && country.end() == e && country.onlyType(EntityType.COUNTRY);
    }

    /** "shipping lines including Velmsk", "lenders such as Tarbank": a name given as an example of companies. */
    static boolean companyExample(Phrase ph) {
        if (ph.length() > 3 || !ph.nameShaped()) {
            return false;
        }
        SentencePieces p = ph.p();
        int a = ph.a();
        int noun;
        String p1 = p.norm(a - 1);
        if ((p1.equals("including") || p1.equals("like")) && p.lower(a - 1)) {
            noun = a - 2;
        } else if (p1.equals("as") && p.norm(a - 2).equals("such") && p.lower(a - 1)) {
            noun = a - 3;
        } else {
            return false;
        }
        Piece n = p.at(noun);
        return n != null && n.lower() && Words.COMPANY_PLURALS.contains(n.norm());
    }

    /** A common noun for an organization: a head word, a group noun, or "conference". */
    static boolean organizationNoun(String n) {
        return Words.ORG_HEADS.contains(n) || Words.ORGANIZATION_NOUNS.contains(n) || n.equals("conference");
    }
}
