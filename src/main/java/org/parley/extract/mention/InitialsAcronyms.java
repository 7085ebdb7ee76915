package org.parley.extract.mention;

/**
 * A name the article gives an acronym of its own initials in parentheses: "Barisan Revolusi Nasional (BRN)",
 * "Coordinadora Arauco-Malleco (CAM)". News spells out and shortens that way the names of movements, parties, armed
 * groups and agencies, whatever language their head word is in; people and places are not shortened so (a place
 * name's acronym follows a head word the typing reads first: "Autonomous Region in Muslim Mindanao (ARMM)").
 * Stateless.
 */
final class InitialsAcronyms {

    private InitialsAcronyms() {
    }

    /**
     * The phrase, of two capitalized words or more, comes right before an all-capitals piece alone in parentheses
     * whose letters are the first letters of the phrase's capitalized words, in order; lower-case connectors ("of",
     * "for") give no letter.
     */
    static boolean initialsInParentheses(Phrase ph) {
        SentencePieces p = ph.p();
        Piece x = p.at(ph.e());
        if (ph.length() < 2 || !ph.nameShaped() || x == null || !x.mark().equals("(") || !x.allCaps()) {
            return false;
        }
        Piece after = p.at(ph.e() + 1);
        if (after != null ? !after.mark().startsWith(")") : p.charAt(x.end()) != ')') {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (int k = ph.a(); k < ph.e(); k++) {
            if (p.cap(k)) {
                initials.append(Character.toUpperCase(p.get(k).text().charAt(0)));
            }
        }
        return initials.length() >= 2 && initials.toString().equals(NameText.letters(x.text()));
    }
}
