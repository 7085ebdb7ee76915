package org.parley.extract.mention;

/**
 * "FACTBOX - TRUCE TALKS TO RESUME", "RIVER PACT SET TO LAPSE": a header written wholly in capitals. A name keeps
 * its connectors in lower case ("Mission to Moldova", "Friends of Sudan"); a run of three capitalized words or more,
 * all in capitals, with a connector ({@code name-connectors}) in capitals inside it, is a headline, not a name.
 * Stateless.
 */
final class HeadlineCaps {

    private HeadlineCaps() {
    }

    /** True when the phrase is a headline in capitals with a capitalized connector inside it. */
    static boolean headline(Phrase ph) {
        SentencePieces p = ph.p();
        if (ph.length() < 3) {
            return false;
        }
        boolean connector = false;
        for (int k = ph.a(); k < ph.e(); k++) {
            Piece x = p.get(k);
            if (!x.allCaps() || NameText.letters(x.text()).length() < 2) {
                return false;
            }
            connector |= k > ph.a() && k < ph.e() - 1 && Words.NAME_CONNECTORS.contains(x.norm());
        }
        return connector;
    }
}
