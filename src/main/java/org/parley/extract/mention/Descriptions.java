package org.parley.extract.mention;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * A description that stands for an entity the article named before: "the alliance" or "the military alliance"
 * after exactly one alliance was named. Immutable and thread-safe.
 */
final class Descriptions {

    private final Catalog catalog;

    Descriptions(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Adds to {@code out} the descriptions of its sentence; {@code earlier} are the mentions of earlier sentences. */
    void find(SentenceMentions out, List<Candidate> earlier) {
        SentencePieces p = out.pieces();
        for (int k = 0; k + 2 < p.size(); k++) {
            Piece x = p.get(k);
            if (!x.norm().equals("the") || !x.lower()) {
                continue;
            }
            int j = k + 1;
            if (p.get(j).lower() && !p.get(j).norm().equals("alliance")) {
                j++; // "the military alliance"
            }
            if (!p.get(j).norm().equals("alliance") || !p.get(j).lower()) {
                continue;
            }
            Set<Entity> alliances = new LinkedHashSet<>();
            addAlliancesBefore(earlier, x.begin(), alliances);
            addAlliancesBefore(out.found(), x.begin(), alliances);
            if (alliances.size() == 1) {
                out.addSpan(p.get(j).begin(), p.get(j).end(), alliances.iterator().next(), MentionKind.DESCRIPTION, 0.6,
                        Rules.ALLIANCE_DESCRIPTION);
            }
        }
    }

    private void addAlliancesBefore(List<Candidate> found, int before, Set<Entity> alliances) {
        for (Candidate f : found) {
            if (f.begin() < before && isAlliance(f.entity())) {
                alliances.add(f.entity());
            }
        }
    }

    private boolean isAlliance(Entity e) {
        if (e.type() != EntityType.ORGANIZATION) {
            return false;
        }
        CatalogEntry c = catalog.findZeroOrOne(e.key()).orElse(null);
        if (c != null && c.groups().stream().anyMatch(g -> g.toLowerCase().contains("alliance"))) {
            return true;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(e.label());
        if (c != null) {
            names.addAll(c.aliases());
        }
        return names.stream().map(NameText::fold).anyMatch(n -> n.contains("alliance") || n.contains("treaty organization"));
    }
}
