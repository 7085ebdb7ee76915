package org.parley.extract.mention;

import org.parley.core.EntityType;

/**
 * A demonym that only qualifies the one-word organization name the catalog gives right after it ("the Kurdish YPG
 * militia", "the Lebanese Hezbollah movement"): the name is the mention, the demonym is no part of it. Stateless.
 */
final class DemonymQualifiers {

    private DemonymQualifiers() {
    }

    /**
     * True when piece {@code i} is a capitalized demonym or adjective of a people ("Kurdish") the catalog names
     * nothing by, and the next piece, after a
     * space, is on its own a catalog name of organizations only, followed by no further capitalized word.
     */
    static boolean beforeOrganization(SentencePieces p, int i, CatalogMatcher matcher) {
        Piece d = p.at(i);
        Piece next = p.at(i + 1);
        if (d == null || next == null || !d.cap() || d.allCaps() || !next.sep().equals(" ")
                || !(matcher.index().isDemonym(d.norm()) || Phrase.adjectiveEnding(d.norm())
                && d.text().chars().allMatch(Character::isLetter))) {
            return false;
        }
        CatalogMatch m = matcher.match(p, i + 1, p.size());
        if (m == null || m.length() != 1 || !m.forms().stream().allMatch(f -> f.entry().type() == EntityType.ORGANIZATION)) {
            return false;
        }
        Piece after = p.at(i + 2);
        return after == null || !after.cap() || !p.joined(i + 2); // not "the Kurdish YPG Command", a longer name
    }
}
