package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A series of gerunds that the parser breaks after its first item: in "expected to show goodwill by freeing the
 * prisoners, reopening the Tarn school and lifting the checkpoints" the first gerund stays in the "by" phrase of the
 * content, while the next one, after a comma, is hung as a participle clause on a verb above the trigger. A gerund
 * right after the comma that ends a gerund of the content, on a verb that holds that gerund, continues the series,
 * so it and the items joined to it are content too.
 */
final class GerundSeries {

    private GerundSeries() {
    }

    /** The tokens of the gerunds that continue a series begun in the content {@code out}. */
    static List<Integer> continued(SentenceView s, Set<Integer> out) {
        List<Integer> more = new ArrayList<>();
        for (int g : out) {
            if (!s.pos(g).equals("VBG") || !s.relation(g).equals("pcomp")) {
                continue;
            }
            List<Integer> own = s.subtree(g);
            int comma = own.get(own.size() - 1) + 1;
            int next = comma + 1;
            if (next < s.size() && s.word(comma).equals(",") && s.pos(next).equals("VBG")
                    && s.relation(next).equals("advcl") && !out.contains(next) && s.dominates(s.head(next), g)) {
                more.addAll(ContentRules.subtree(s, next));
            }
        }
        return more;
    }
}
