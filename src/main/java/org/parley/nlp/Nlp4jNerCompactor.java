package org.parley.nlp;

import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.learning.util.WeightVector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * Build step (run by Maven in {@code process-classes}, after {@link Nlp4jModelCompactor}): reads NLP4J's English
 * named-entity model and the lexica it reads besides the Brown clusters, and writes them compacted as one file that
 * {@link Nlp4jNerModels} reads at run time: the model's weights without their zeros ({@link Nlp4jCompactWeights}), the
 * gazetteers as a hash table ({@link Nlp4jGazetteer}, same tags) and the word embeddings bounded to the cluster
 * vocabulary and quantized ({@link Nlp4jEmbeddings}, which changes about 1 % of the names found; docs/DESIGN.md).
 * <pre>{@code java -Xmx3g -cp ... org.parley.nlp.Nlp4jNerCompactor target/classes/org/parley/nlp/nlp4j-ner.ser}</pre>
 */
public final class Nlp4jNerCompactor {

    static final String NER = "edu/emory/mathcs/nlp/models/en-ner.xz";
    static final String NER_LEXICA = "org/parley/nlp/nlp4j-ner-lexica.xml";

    private Nlp4jNerCompactor() {
    }

    /** @param args the file to write; nothing is done when it exists already in the current format */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Nlp4jNerCompactor OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        if (Nlp4jCompactFile.current(out, Nlp4jNerModels.FORMAT)) {
            return;
        }
        long start = System.nanoTime();
        Set<String> vocabulary;
        try (InputStream in = Nlp4jModelCompactor.resource(Nlp4jModelCompactor.LEXICA)) {
            vocabulary = new GlobalLexica<NLPNode>(in).getWordClusters().getLexicon().keySet();
        }
        GlobalLexica<NLPNode> lexica;
        try (InputStream in = Nlp4jModelCompactor.resource(NER_LEXICA)) {
            lexica = new GlobalLexica<>(in);
        }
        Nlp4jGazetteer gazetteer = Nlp4jGazetteer.of(lexica.getNamedEntityGazetteers().getLexicon());
        Nlp4jEmbeddings embeddings = Nlp4jEmbeddings.of(lexica.getWordEmbeddings().getLexicon(), vocabulary);
        lexica = null; // the originals take over 1 GB
        NLPComponent<NLPNode> ner = Nlp4jModelCompactor.model(NER);
        WeightVector weights = ((OnlineComponent<?, ?>) ner).getOptimizer().getWeightVector();
        weights.setSparseWeightVector(new Nlp4jCompactWeights(weights.getSparseWeightVector()));
        Nlp4jFeatureIndex.useFlatMaps((OnlineComponent<?, ?>) ner);
        Nlp4jCompactFile.write(out, Nlp4jNerModels.FORMAT, start, ner, gazetteer.keys(), gazetteer.lists(),
                gazetteer.names(), embeddings.keys(), embeddings.rows(), embeddings.values(), embeddings.scales());
    }
}
