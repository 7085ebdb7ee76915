package org.parley.nlp;

import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.feature.Field;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexicon;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NLP4J's English POS and dependency models and the lexica they read, from the compact file the build writes
 * ({@link Nlp4jModelCompactor}); loaded once, on first use, and shared by all threads (NLP4J's decoders keep
 * their state in the node arrays they are given), each component in decoding mode
 * ({@link Nlp4jCompactFile#decoder}).
 */
final class Nlp4jModels {

    /** The compact file, on the classpath. */
    static final String RESOURCE = "org/parley/nlp/nlp4j-en.ser";
    /** Written first in the file; a file of another format is refused. */
    static final String FORMAT = "parley-nlp4j-1.1.3-pos-dep-clusters-classes-v5-string-fingerprints";

    private Nlp4jModels() {
    }

    /** The lexica, POS model and dependency model, in that order of use. */
    record Loaded(GlobalLexica<NLPNode> lexica, NLPComponent<NLPNode> pos, NLPComponent<NLPNode> dependencies) {
    }

    static Loaded get() {
        return Holder.LOADED;
    }

    private static Loaded load() {
        return Nlp4jCompactFile.load(RESOURCE, FORMAT, "the NLP4J models", Nlp4jModels::read);
    }

    @SuppressWarnings("unchecked")
    private static Loaded read(ObjectInputStream in) throws IOException, ClassNotFoundException {
        NLPComponent<NLPNode> pos = Nlp4jCompactFile.decoder(in);
        NLPComponent<NLPNode> dep = Nlp4jCompactFile.decoder(in);
        Map<String, Set<String>> clusters = (Map<String, Set<String>>) in.readObject();
        Map<String, List<String>> classes = (Map<String, List<String>>) in.readObject();
        GlobalLexica<NLPNode> lexica = new GlobalLexica<>(new ByteArrayInputStream(
                "<configuration><lexica/></configuration>".getBytes(StandardCharsets.UTF_8)));
        lexica.setWordClusters(new GlobalLexicon<>(clusters, Field.word_form_simplified_lowercase, "word_clusters"));
        lexica.setAmbiguityClasses(
                new GlobalLexicon<>(classes, Field.word_form_simplified_lowercase, "ambiguity_classes"));
        return new Loaded(lexica, pos, dep);
    }

    private static final class Holder {
        static final Loaded LOADED = load();
    }
}
