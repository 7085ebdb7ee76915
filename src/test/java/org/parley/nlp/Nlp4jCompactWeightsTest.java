package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.emory.mathcs.nlp.learning.util.ColumnMajorVector;
import edu.emory.mathcs.nlp.learning.util.SparseVector;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Nlp4jCompactWeightsTest {

    private static final int LABELS = 7;
    private static final int FEATURES = 50;

    /** A dense NLP4J matrix with about a tenth of its weights non-zero. */
    private static ColumnMajorVector dense(Random random) {
        ColumnMajorVector dense = new ColumnMajorVector();
        dense.expand(LABELS, FEATURES);
        assertEquals(FEATURES, dense.getFeatureSize());
        assertEquals(LABELS, dense.getLabelSize());
        for (int i = 0; i < dense.size(); i++) {
            dense.set(i, random.nextInt(10) == 0 ? (float) random.nextGaussian() : 0f);
        }
        return dense;
    }

    @Test
    void scoresAreTheDenseMatrixsBitForBit() {
        Random random = new Random(8);
        ColumnMajorVector dense = dense(random);
        Nlp4jCompactWeights compact = new Nlp4jCompactWeights(dense);
        for (int trial = 0; trial < 200; trial++) {
            SparseVector x = new SparseVector();
            for (int k = 0; k < 12; k++) {
                x.add(random.nextInt(FEATURES + 5), random.nextBoolean() ? 1f : random.nextFloat());
            }
            float[] expected = new float[LABELS];
            float[] actual = new float[LABELS];
            dense.addScores(x, expected);
            compact.addScores(x, actual);
            assertArrayEquals(expected, actual);
        }
        for (int i = 0; i < dense.size(); i++) {
            assertEquals(dense.get(i), compact.get(i));
        }
        assertEquals(dense.countNonZeroWeights(), compact.nonZeroWeights());
    }

    @Test
    void trainingOperationsFail() {
        Nlp4jCompactWeights compact = new Nlp4jCompactWeights(dense(new Random(1)));
        assertThrows(UnsupportedOperationException.class, () -> compact.expand(LABELS + 1, FEATURES));
        assertThrows(UnsupportedOperationException.class, () -> compact.addScores(new float[0], new float[LABELS]));
    }
}
