package org.parley.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.catalog.CatalogException;

/**
 * Ingests annotated articles through the real pipeline into an in-memory store, runs the two contract
 * queries, scores them against the gold and checks the figures stay above fixed floors. Five sets: {@code gold/},
 * {@code gold-dev2/} and {@code gold-dev3/} (in other hands and styles), which the rules were developed against,
 * and {@code gold-heldout/} and {@code gold-heldout2/}, written by further hands and never used to tune a rule
 * (their figures are the honest estimate on unseen text). Prints the evaluation's {@code mission:}
 * line; {@code -Dparley.eval.verbose=true} also lists misses and spurious items.
 */
class GoldSetIT {

    static List<GoldFloors> sets() {
        return List.of(
                // 2026-11-26: entityF1=0.980 linkAcc=0.963 actorF1=0.970 placesF1=0.885 mean=0.950
                new GoldFloors("src/test/resources/gold", 0.95, 0.94, 0.94, 0.86, 0.93),
                // 2026-11-26: entityF1=0.974 linkAcc=0.920 actorF1=0.933 placesF1=0.914 mean=0.935
                new GoldFloors("src/test/resources/gold-dev2", 0.95, 0.89, 0.90, 0.88, 0.91),
                // 2026-11-26: entityF1=0.957 linkAcc=0.901 actorF1=0.851 placesF1=0.950 mean=0.915
                new GoldFloors("src/test/resources/gold-dev3", 0.93, 0.87, 0.82, 0.92, 0.89),
                // 2026-11-26: entityF1=0.881 linkAcc=0.974 actorF1=0.917 placesF1=0.732 mean=0.876
                new GoldFloors("src/test/resources/gold-heldout", 0.86, 0.94, 0.88, 0.70, 0.85),
                // 2026-11-26: entityF1=0.929 linkAcc=0.879 actorF1=0.690 placesF1=0.571 mean=0.767
                new GoldFloors("src/test/resources/gold-heldout2", 0.90, 0.85, 0.66, 0.54, 0.74));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void goldArticlesScoreAboveTheFloors(GoldFloors floors) throws IOException, CatalogException {
        GoldRun run = GoldSetChecks.ingestEveryArticle(Path.of(floors.folder()));
        floors.assertReachedBy(run.scores());
    }
}
