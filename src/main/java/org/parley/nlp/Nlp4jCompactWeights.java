package org.parley.nlp;

import edu.emory.mathcs.nlp.learning.initialization.WeightGenerator;
import edu.emory.mathcs.nlp.learning.util.MajorVector;
import edu.emory.mathcs.nlp.learning.util.SparseItem;
import edu.emory.mathcs.nlp.learning.util.SparseVector;

/**
 * A read-only copy of an NLP4J feature-major weight matrix that keeps only the non-zero weights (the English dependency
 * model has 869k features by 131 labels, 94 % of them zero: 455 MB dense, about 40 MB here; the POS model 171k features
 * by 50 labels, 86 % zero: 34 MB dense, 7 MB here). Scores are the same as the dense matrix's, bit for bit: the same
 * products are added in the same order, and the products left out are zeros. Decoding only: the training operations
 * fail.
 */
final class Nlp4jCompactWeights extends MajorVector {

    private static final long serialVersionUID = 1L;

    /** Row {@code f} (feature f) holds entries {@code rowStart[f]} to {@code rowStart[f + 1] - 1}. */
    private final int[] rowStart;
    private final short[] labels;
    private final float[] values;
    private final int features;
    private final int labelCount;

    /** Copies the non-zero weights of {@code dense}, a feature-major matrix (NLP4J's ColumnMajorVector). */
    Nlp4jCompactWeights(MajorVector dense) {
        features = dense.getFeatureSize();
        labelCount = dense.getLabelSize();
        if (labelCount > Short.MAX_VALUE || (long) features * labelCount != dense.size()) {
            throw new IllegalArgumentException("not a feature-major matrix of " + features + " x " + labelCount
                    + ": " + dense.size() + " weights");
        }
        int nonZero = 0;
        for (int i = 0; i < dense.size(); i++) {
            nonZero += dense.get(i) != 0f ? 1 : 0;
        }
        rowStart = new int[features + 1];
        labels = new short[nonZero];
        values = new float[nonZero];
        int k = 0;
        for (int f = 0; f < features; f++) {
            rowStart[f] = k;
            int base = f * labelCount;
            for (int l = 0; l < labelCount; l++) {
                float w = dense.get(base + l);
                if (w != 0f) {
                    labels[k] = (short) l;
                    values[k++] = w;
                }
            }
        }
        rowStart[features] = k;
    }

    /** The number of non-zero weights kept. */
    int nonZeroWeights() {
        return values.length;
    }

    @Override
    public void addScores(SparseVector x, float[] scores) {
        for (SparseItem item : x.getVector()) {
            int f = item.getIndex();
            if (f < features) {
                float value = item.getValue();
                for (int k = rowStart[f]; k < rowStart[f + 1]; k++) {
                    scores[labels[k]] += values[k] * value;
                }
            }
        }
    }

    @Override
    public String toString() {
        return "compact weights: " + features + " features x " + labelCount + " labels, " + values.length + " non-zero";
    }

    @Override
    public void addScores(float[] x, float[] scores) {
        throw new UnsupportedOperationException("the compact weights are sparse only");
    }

    @Override
    public float get(int index) {
        int f = index / labelCount;
        int l = index % labelCount;
        for (int k = rowStart[f]; k < rowStart[f + 1]; k++) {
            if (labels[k] == l) {
                return values[k];
            }
        }
        return 0f;
    }

    @Override
    public int size() {
        return features * labelCount;
    }

    @Override
    public int getFeatureSize() {
        return features;
    }

    @Override
    public int getLabelSize() {
        return labelCount;
    }

    @Override
    public int indexOf(int label, int feature) {
        return label + feature * labelCount;
    }

    @Override
    public boolean expand(int labelSize, int featureSize, WeightGenerator generator) {
        throw new UnsupportedOperationException("the compact weights are read-only");
    }

    @Override
    protected boolean expand(int f, int l, int featureSize, int labelSize, WeightGenerator generator) {
        throw new UnsupportedOperationException("the compact weights are read-only");
    }

    @Override
    protected void setRowSize(int size) {
        throw new UnsupportedOperationException("the compact weights are read-only");
    }

    @Override
    protected void setColumnSize(int size) {
        throw new UnsupportedOperationException("the compact weights are read-only");
    }

    @Override
    protected MajorVector createInstance() {
        throw new UnsupportedOperationException("the compact weights are read-only");
    }
}
