package org.parley.nlp;

import edu.emory.mathcs.nlp.common.util.NLPUtils;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.learning.util.WeightVector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Build step (run by Maven in {@code process-classes}): reads NLP4J's English POS and dependency models and the two
 * lexica they use from the nlp4j-english jar, compacts them, and writes them as one file that {@link Nlp4jModels} reads
 * at run time in under a second. Compacting changes no score: the weights keep their non-zero entries ({@link
 * Nlp4jCompactWeights}: the dependency model's 455 MB to 40 MB, the POS model's 34 MB to 7 MB); the feature maps
 * ({@link Nlp4jFeatureIndex}) and the lexica ({@link Nlp4jLexiconMap}, equal cluster sets and class lists stored once)
 * become string tables of primitive arrays, so reading them builds no object per string. Loading the originals takes
 * 10-50 s and over 1 GB of heap; the word embeddings (185 MB) are not read by either model.
 * <pre>{@code java -Xmx3g -cp ... org.parley.nlp.Nlp4jModelCompactor target/classes/org/parley/nlp/nlp4j-en.ser}</pre>
 */
public final class Nlp4jModelCompactor {

    static final String POS = "edu/emory/mathcs/nlp/models/en-pos.xz";
    static final String DEP = "edu/emory/mathcs/nlp/models/en-dep.xz";
    static final String LEXICA = "org/parley/nlp/nlp4j-lexica.xml";

    private Nlp4jModelCompactor() {
    }

    /** @param args the file to write; nothing is done when it exists already in the current format */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Nlp4jModelCompactor OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        if (Nlp4jCompactFile.current(out, Nlp4jModels.FORMAT)) {
            return;
        }
        long start = System.nanoTime();
        GlobalLexica<NLPNode> lexica;
        try (InputStream in = resource(LEXICA)) {
            lexica = new GlobalLexica<>(in);
        }
        Map<String, Set<String>> clusters =
                new Nlp4jLexiconMap<>(lexica.getWordClusters().getLexicon(), Set::copyOf);
        Map<String, List<String>> classes =
                new Nlp4jLexiconMap<>(lexica.getAmbiguityClasses().getLexicon(), List::copyOf);
        NLPComponent<NLPNode> pos = model(POS);
        NLPComponent<NLPNode> dep = model(DEP);
        for (NLPComponent<NLPNode> model : List.of(pos, dep)) {
            WeightVector weights = ((OnlineComponent<?, ?>) model).getOptimizer().getWeightVector();
            weights.setSparseWeightVector(new Nlp4jCompactWeights(weights.getSparseWeightVector()));
            Nlp4jFeatureIndex.useFlatMaps((OnlineComponent<?, ?>) model);
        }
        Nlp4jCompactFile.write(out, Nlp4jModels.FORMAT, start, pos, dep, clusters, classes);
    }

    static NLPComponent<NLPNode> model(String name) throws IOException {
        try (InputStream in = resource(name)) {
            NLPComponent<NLPNode> model = NLPUtils.getComponent(in);
            if (model == null) {
                throw new IOException("classpath:" + name + ": NLP4J could not read the model (give the JVM 3 GB)");
            }
            return model;
        }
    }

    static InputStream resource(String name) throws IOException {
        InputStream in = Nlp4jModelCompactor.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("classpath:" + name + ": not found; expected the nlp4j-english jar on the classpath");
        }
        return in;
    }
}
