package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.core.Article;
import org.parley.core.EntityType;

class SyntheticArticlesTest {

    static CatalogEntry region(String key, String label) {
        return new CatalogEntry(key, EntityType.REGION, label, null, List.of(), List.of(), List.of(), null, List.of(), List.of());
    }

    static final Catalog CATALOG = Catalog.of(List.of(region("region/a", "Alpha Oblast"), region("region/b", "Beta Oblast"),
            region("region/c", "Gamma Oblast"), region("region/d", "Delta Oblast")));

    static final String BODY = "Talks resumed in Alpha Oblast on Monday.\nThe envoy asked for a truce.\n"
            + "Both sides said Alpha Oblast must be demilitarized.\nA further round is planned.";

    static final Article SAMPLE = new Article(Article.identityOf(null, BODY), "sample", "sample.txt", null, "Talks",
            LocalDate.of(2024, 5, 1), List.of(), null, BODY);

    @Test
    void copiesAreDeterministicAndVaried() {
        SyntheticArticles synthetic = new SyntheticArticles(List.of(SAMPLE), CATALOG, 7);
        Set<String> ids = new HashSet<>();
        Set<String> bodies = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Article a = synthetic.article(i);
            assertEquals(a, new SyntheticArticles(List.of(SAMPLE), CATALOG, 7).article(i), "deterministic");
            ids.add(a.id());
            bodies.add(a.body());
            assertTrue(a.body().startsWith("Talks resumed in "), "the first paragraph stays first: " + a.body());
            assertEquals(4, a.body().split("\n").length);
            assertEquals(SAMPLE.published().minusDays(i), a.published());
            String place = a.body().substring("Talks resumed in ".length(), a.body().indexOf(" on Monday"));
            assertTrue(a.body().indexOf(place, a.body().indexOf('\n')) > 0, "the same place replaces each mention: " + a.body());
        }
        assertEquals(20, ids.size(), "each copy is its own article");
        assertTrue(bodies.size() > 5, "copies differ in places and paragraph order: " + bodies.size());
        assertFalse(bodies.stream().allMatch(b -> b.contains("Alpha Oblast")), "names are swapped");
        assertNotEquals(synthetic.article(0).body(), synthetic.article(1).body());
    }
}
