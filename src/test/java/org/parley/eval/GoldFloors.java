package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The floors one gold set's figures must reach, a little below the figures reached when they were set (raise them
 * when the extractor improves; a drop below is a regression). Used by {@link GoldSetIT} and {@link RealGoldSetIT}.
 *
 * @param folder the gold folder, relative to the project directory
 * @param placesF1 the places floor, or NaN for a set whose gold names no place in a demand (its places F1 is 0
 *                 whatever the extractor makes, so a floor could not fail)
 */
record GoldFloors(String folder, double entityF1, double linkAcc, double actorF1, double placesF1, double mean) {

    @Override
    public String toString() {
        return folder;
    }

    /** Asserts that every figure of {@code scores} reaches its floor, reporting all that do not at once. */
    void assertReachedBy(Scores scores) {
        assertAll(
                () -> assertTrue(scores.entityF1() >= entityF1, () -> "entity F1 " + scores.entityF1() + " < " + entityF1),
                () -> assertTrue(scores.linkAcc() >= linkAcc, () -> "link accuracy " + scores.linkAcc() + " < " + linkAcc),
                () -> assertTrue(scores.actorF1() >= actorF1, () -> "actor F1 " + scores.actorF1() + " < " + actorF1),
                () -> assertTrue(Double.isNaN(placesF1) || scores.placesF1() >= placesF1,
                        () -> "places F1 " + scores.placesF1() + " < " + placesF1),
                () -> assertTrue(scores.mean() >= mean, () -> "mean " + scores.mean() + " < " + mean));
    }
}
