package org.parley.nlp;

import edu.emory.mathcs.nlp.component.template.feature.Field;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NLP4J's word embeddings for the NER model, bounded and quantized: only the words whose lower case is in the Brown
 * cluster lexicon the parser loads anyway (723k of 1.07M; the rest are mostly rare names and misspellings), each
 * vector as 50 signed bytes times one scale (the vector's largest magnitude over 127). About 45 MB of heap where
 * NLP4J's map of float arrays takes several hundred MB; what both choices change in the tagger's output is measured in
 * docs/DESIGN.md ("Statistical names"). A word that is not kept gets no embedding, as an unknown word does in NLP4J.
 */
final class Nlp4jEmbeddings {

    private final Nlp4jWordTable table;
    /** Per slot of {@link #table}: the row of its vector, or -1. */
    private final int[] rows;
    private final byte[] values;
    private final float[] scales;
    private final int dimension;

    Nlp4jEmbeddings(Nlp4jWordTable table, int[] rows, byte[] values, float[] scales) {
        if (rows.length != table.slots() || scales.length == 0 || values.length % scales.length != 0) {
            throw new IllegalArgumentException(rows.length + " rows for " + table.slots() + " slots, "
                    + values.length + " values for " + scales.length + " vectors");
        }
        this.table = table;
        this.rows = rows;
        this.values = values;
        this.scales = scales;
        this.dimension = values.length / scales.length;
    }

    /** The vectors of {@code embeddings} whose word, lower-cased, is in {@code vocabulary}. */
    static Nlp4jEmbeddings of(Map<String, float[]> embeddings, Set<String> vocabulary) {
        Map<String, float[]> kept = embeddings.entrySet().stream()
                .filter(e -> vocabulary.contains(e.getKey().toLowerCase(Locale.ROOT)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int dimension = kept.values().iterator().next().length;
        Nlp4jWordTable table = Nlp4jWordTable.withCapacity(kept.size());
        int[] rows = new int[table.slots()];
        Arrays.fill(rows, -1);
        byte[] values = new byte[kept.size() * dimension];
        float[] scales = new float[kept.size()];
        int row = 0;
        for (Map.Entry<String, float[]> e : kept.entrySet()) {
            rows[table.add(Nlp4jWordTable.word(e.getKey()))] = row;
            float max = 0f;
            for (float v : e.getValue()) {
                max = Math.max(max, Math.abs(v));
            }
            scales[row] = max == 0f ? 1f : max / Byte.MAX_VALUE;
            for (int d = 0; d < dimension; d++) {
                values[row * dimension + d] = (byte) Math.round(e.getValue()[d] / scales[row]);
            }
            row++;
        }
        return new Nlp4jEmbeddings(table, rows, values, scales);
    }

    long[] keys() {
        return table.keys();
    }

    int[] rows() {
        return rows;
    }

    byte[] values() {
        return values;
    }

    float[] scales() {
        return scales;
    }

    /** Gives each node of {@code nodes} (index 0 is the root and is skipped) the vector of its word, if kept. */
    void embed(NLPNode[] nodes) {
        for (int i = 1; i < nodes.length; i++) {
            int slot = table.find(Nlp4jWordTable.word(nodes[i].getValue(Field.word_form_undigitalized)));
            if (slot >= 0) {
                nodes[i].setWordEmbedding(vector(rows[slot]));
            }
        }
    }

    private float[] vector(int row) {
        float[] v = new float[dimension];
        float scale = scales[row];
        for (int d = 0; d < dimension; d++) {
            v[d] = values[row * dimension + d] * scale;
        }
        return v;
    }
}
