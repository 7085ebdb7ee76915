package org.parley.nlp;

import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.io.IOException;
import java.io.ObjectInputStream;

/**
 * NLP4J's English named-entity model with its gazetteers and embeddings, from the compact file the build writes
 * ({@link Nlp4jNerCompactor}); loaded once, on first use, and shared by all threads. As for the parser's models
 * ({@link Nlp4jModels}), the decoding flag is set here and the feature maps answer with one lookup.
 */
final class Nlp4jNerModels {

    /** The compact file, on the classpath. */
    static final String RESOURCE = "org/parley/nlp/nlp4j-ner.ser";
    /** Written first in the file; a file of another format is refused. */
    static final String FORMAT = "parley-nlp4j-1.1.3-ner-gazetteers-embeddings-v5-string-fingerprints";

    private Nlp4jNerModels() {
    }

    /** The model and the two lexica only it reads. */
    record Loaded(NLPComponent<NLPNode> ner, Nlp4jGazetteer gazetteer, Nlp4jEmbeddings embeddings) {
    }

    static Loaded get() {
        return Holder.LOADED;
    }

    private static Loaded load() {
        return Nlp4jCompactFile.load(RESOURCE, FORMAT, "the NLP4J named-entity model", Nlp4jNerModels::read);
    }

    private static Loaded read(ObjectInputStream in) throws IOException, ClassNotFoundException {
        NLPComponent<NLPNode> ner = Nlp4jCompactFile.decoder(in);
        Nlp4jGazetteer gazetteer = new Nlp4jGazetteer(Nlp4jWordTable.of((long[]) in.readObject()),
                (char[]) in.readObject(), (String[]) in.readObject());
        Nlp4jEmbeddings embeddings = new Nlp4jEmbeddings(Nlp4jWordTable.of((long[]) in.readObject()),
                (int[]) in.readObject(), (byte[]) in.readObject(), (float[]) in.readObject());
        return new Loaded(ner, gazetteer, embeddings);
    }

    private static final class Holder {
        static final Loaded LOADED = load();
    }
}
