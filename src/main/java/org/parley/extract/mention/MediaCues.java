package org.parley.extract.mention;

/**
 * The named tests that say a capitalized phrase names a news outlet (or a body a speaker addressed) by the words
 * around it or by its shape: "El Tiempo reported", "told the Morning Ledger", "Trend news agency said",
 * "Kosovo-online", "the Daily Mirror". Stateless.
 */
final class MediaCues {

    private MediaCues() {
    }

    /**
     * "El Tiempo reported", "Prothom Alo reports": a phrase right before a verb of reporting a source does, unless it
     * may be a person's name (it opens with the first name of a catalog person or is a surname the article gave).
     */
    static boolean reportingOutlet(Phrase ph) {
        return Words.MEDIA_REPORTING_VERBS.contains(ph.nextLowerWord()) && !personShaped(ph);
    }

    /**
     * "told the Morning Ledger", "according to the Coast Courier", "quoted by the Valley Herald": "the" before a
     * phrase a word of reporting governs; people's names take no article.
     */
    static boolean outletAfterCue(Phrase ph) {
        return ph.before(1).equals("the") && ph.p().lower(ph.a() - 1) && cueGoverns(ph.before(2), ph.before(3));
    }

    /**
     * A word of reporting governs what follows, given the word right before it ({@code prev}) and the one before that
     * ({@code prev2}): "told X", "citing X", or "to"/"by" after such a word ("according to X", "quoted by X").
     */
    static boolean cueGoverns(String prev, String prev2) {
        return Words.MEDIA_CUE_WORDS.contains(prev)
                || (prev.equals("to") || prev.equals("by")) && Words.MEDIA_CUE_WORDS.contains(prev2);
    }

    /**
     * "told La Tercera", "El Comercio said", "according to Il Messaggero": a name of two or three words opening with
     * a Romance, Dutch or German article (`outlet-articles`) that is told something, quoted or cited, or that says or
     * reports something, is a newspaper's, unless it may be a person's (a catalog first name opens it or it ends in
     * a surname the article gave: "Le Drian said" after "Jean-Yves Le Drian").
     */
    static boolean articleOutlet(Phrase ph) {
        SentencePieces p = ph.p();
        if (ph.length() < 2 || ph.length() > 3 || !p.cap(ph.a()) || !Words.OUTLET_ARTICLES.contains(p.norm(ph.a()))
                || personShaped(ph)) {
            return false;
        }
        boolean cued = ph.afterLowerWord() && cueGoverns(ph.before(1), ph.before(2));
        String next = ph.nextLowerWord();
        return cued || Words.SPEECH_VERB_FORMS.contains(next) || Words.MEDIA_REPORTING_VERBS.contains(next);
    }

    /**
     * "Trend news agency reported", "N1 television said": a phrase before the lower-case noun of a news agency or a
     * broadcaster that reports or says something, or that something was said on ("broadcast on N1 television"); an
     * adjective ("the Kurdish newspaper", "Tessalian television") is no outlet's name.
     */
    static boolean agencyNounAfter(Phrase ph) {
        SentencePieces p = ph.p();
        int noun = ph.e();
        if (ph.nextLowerWord().equals("news") && p.joined(noun + 1) && p.lower(noun + 1)) {
            noun++;
        }
        String verb = p.joined(noun + 1) ? p.lowerNorm(noun + 1) : "";
        return p.lower(noun) && Words.MEDIA_AGENCY_NOUNS.contains(p.norm(noun)) && !ph.adjectiveAt(ph.e() - 1)
                && (Words.MEDIA_REPORTING_VERBS.contains(verb) || Words.SPEECH_VERB_FORMS.contains(verb)
                || ph.before(1).equals("on") && p.lower(ph.a() - 1)) && !personShaped(ph);
    }

    /**
     * "Kosovo-online", "Velmar-info", "Velmar.cd": a name joined by a hyphen to a word of a news site, or its domain.
     */
    static boolean hyphenatedOutlet(Phrase ph) {
        return ph.length() >= 2 && (endsInOutletSuffix(ph.p(), ph.e()) || endsInDomain(ph.p(), ph.e()));
    }

    /** "the Daily Mirror", "Radio Velmar": a phrase of two or more pieces that opens with a word news names open with. */
    static boolean outletFirstWord(Phrase ph) {
        return ph.length() >= 2 && ph.p().cap(ph.a()) && Words.MEDIA_FIRST_WORDS.contains(ph.p().norm(ph.a()));
    }

    /**
     * The piece before {@code e} is the lower-case country or generic domain of a news site's address, written right
     * after a capitalized name with a dot ("Actualite.cd", "Kabar.kg").
     */
    static boolean endsInDomain(SentencePieces p, int e) {
        int last = e - 1;
        return last > 0 && p.lower(last) && p.get(last).sep().equals(".") && p.cap(last - 1)
                && Words.MEDIA_DOMAINS.contains(p.norm(last));
    }

    /** The piece before {@code e} is a lower-case word of a news site joined by a hyphen to a name ("-online"). */
    static boolean endsInOutletSuffix(SentencePieces p, int e) {
        int last = e - 1;
        return last > 0 && p.hyphenBefore(last) && p.lower(last) && p.cap(last - 1)
                && Words.MEDIA_SITE_SUFFIXES.contains(p.norm(last));
    }

    private static boolean personShaped(Phrase ph) {
        SentencePieces p = ph.p();
        return ph.matcher().index().isGivenName(p.norm(ph.a())) || ph.known().isSurname(p.norm(ph.e() - 1));
    }
}
