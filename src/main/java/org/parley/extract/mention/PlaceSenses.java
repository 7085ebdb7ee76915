package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * One sense per article for a place the catalog does not know: a name typed a city by a weak cue ("in Surin") is
 * the region the article types by a strong cue elsewhere ("the Surin and Sisaket provinces"), when it types the
 * name so once. A name that strong cues give both senses keeps both ("the city of Raqa", "the Raqa region").
 * Stateless.
 */
final class PlaceSenses {

    /** The confidence from which a typing cue is strong (a place noun or head word, not a preposition or a list). */
    static final double STRONG_CUE = 0.7;

    private PlaceSenses() {
    }

    /** {@code found} with each weakly typed place that a strong cue types otherwise moved to that sense. */
    static List<Candidate> oneSensePerArticle(List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate f : found) {
            Entity strong = f.confidence() < STRONG_CUE && f.kind() == MentionKind.NAME ? strongSense(found, f.entity()) : null;
            out.add(strong == null ? f : f.as(strong, MentionKind.NAME, Rules.STRONGER_PLACE_CUE));
        }
        return List.copyOf(out);
    }

    private static Entity strongSense(List<Candidate> found, Entity weak) {
        if (!weak.type().isPlace() || weak.type() == EntityType.COUNTRY || !weak.equals(Entity.minted(weak.type(), weak.label()))) {
            return null;
        }
        Set<Entity> strong = new LinkedHashSet<>();
        for (Candidate c : found) {
            Entity o = c.entity();
            if (o.type() != weak.type() && o.type().isPlace() && o.type() != EntityType.COUNTRY
                    && c.confidence() >= STRONG_CUE && o.equals(Entity.minted(o.type(), weak.label()))) {
                strong.add(o);
            }
        }
        return strong.size() == 1 ? strong.iterator().next() : null;
    }
}
