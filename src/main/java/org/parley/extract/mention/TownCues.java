package org.parley.extract.mention;

/**
 * The context that makes an unknown short name a town when no place noun stands beside it: an adjective of nearness
 * before it ("neighbouring Tomarik", "nearby Kestova"), a verb of taking or entering ground before it ("rebels
 * captured Dolvaran", "took Merrit"), or a compass point's part of it ("the northern part of Melkar"). A name that a
 * noun follows, that something owns, or that is a person's name the article or the catalog knows is none of these.
 * Stateless.
 */
final class TownCues {

    private TownCues() {
    }

    /** "neighbouring Tomarik", "in nearby Kestova": a short name right after an adjective of nearness. */
    static boolean afterNearness(Phrase ph) {
        return Words.NEARNESS_ADJECTIVES.contains(ph.before(1)) && bareName(ph);
    }

    /**
     * "the rebels captured Dolvaran in March", "took Merrit last week": one name right after a verb of taking or
     * entering ground; not after a verb of leaving ("the vote left Mbeki isolated") nor before a comparative or a verb.
     */
    static boolean afterPlaceVerb(Phrase ph) {
        Piece next = ph.next();
        return ph.length() == 1 && bareName(ph) && groundVerbBefore(ph.p(), ph.a(), ph.e())
                && !Words.LEAVING_WORD_FORMS.contains(ph.before(1))
                && !(next != null && next.lower() && (next.pos().matches("JJ[RS]") || next.pos().startsWith("VB")));
    }

    /**
     * A verb of taking, entering or leaving ground ({@code city-object-verb-forms}, {@code conquest-verb-forms}) right
     * before the name {@code [a, e)}, which nothing owns and no "by" follows ("took Okafor by surprise"): the name is
     * a town, and of a town and a region of one name the town ("the army retook Kidal").
     */
    static boolean groundVerbBefore(SentencePieces p, int a, int e) {
        String verb = p.lowerNorm(a - 1);
        Piece next = p.at(e);
        return (Words.CITY_OBJECT_VERB_FORMS.contains(verb) || Words.CONQUEST_VERB_FORMS.contains(verb))
                && p.joined(a) && !p.lowerNorm(e).equals("by") && !(next != null && next.possessive());
    }

    /** "the northern part of Melkar": a short name after "of" and a part a compass adjective qualifies. */
    static boolean compassPartOf(Phrase ph) {
        String part = ph.before(2);
        return ph.before(1).equals("of") && (part.equals("part") || part.equals("parts"))
                && ph.p().lower(ph.a() - 2) && Words.COMPASS_ADJECTIVES.contains(ph.before(3)) && bareName(ph);
    }

    /**
     * A name-shaped phrase of one or two capitalized words after a lower-case word, which no noun follows and nothing
     * owns, and which is no demonym (nor its plural), no given name the catalog knows and no surname of the article.
     */
    private static boolean bareName(Phrase ph) {
        SentencePieces p = ph.p();
        Piece next = ph.next();
        String first = p.norm(ph.a());
        return ph.nameShaped() && ph.length() <= 2 && p.capitalized(ph.a(), ph.e()) == ph.length()
                && ph.afterLowerWord() && !(next != null && next.possessive())
                && !(next != null && next.lower() && p.joined(ph.e()) && next.pos().startsWith("NN"))
                && !ph.isDemonym(first) && !ph.isDemonym(first.replaceAll("s$", "")) // "seized Americans"
                && !ph.adjectiveAt(ph.a()) && !ph.matcher().index().isGivenName(first)
                && !ph.known().isSurname(ph.lastNorm());
    }
}
