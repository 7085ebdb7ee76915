package org.parley.extract.mention;

import org.parley.catalog.CatalogEntry;
import org.parley.core.Entity;
import org.parley.core.MentionKind;
import org.parley.core.RuleId;

/**
 * The reading a rule chose for a catalog name in its sentence: the entry (or, for a seat of government the catalog
 * lists no city for, an entity minted from the name), how the name names it, and the rule.
 *
 * @param entry      the catalog entry, or null when {@code minted} is given
 * @param minted     an entity not in the catalog, or null
 * @param kind       name, metonym or compound
 * @param confidence 0..1
 * @param rule       the rule that chose it
 */
record Sense(CatalogEntry entry, Entity minted, MentionKind kind, double confidence, RuleId rule) {

    static Sense of(CatalogEntry entry, MentionKind kind, double confidence, RuleId rule) {
        return new Sense(entry, null, kind, confidence, rule);
    }

    Entity entity() {
        return entry != null ? entry.toEntity() : minted;
    }
}
