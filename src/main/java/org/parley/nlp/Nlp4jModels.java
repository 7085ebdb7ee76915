package org.parley.nlp;

import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.Field;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexicon;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.template.util.NLPFlag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NLP4J's English POS and dependency models and the lexica they read, from the compact file the build writes
 * ({@link Nlp4jModelCompactor}); loaded once, on first use, and shared by all threads (NLP4J's decoders keep
 * their state in the node arrays they are given). The flag that puts a component in decoding mode is not
 * serialized, so it is set here, as NLP4J's own loader does.
 */
final class Nlp4jModels {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.nlp");

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

    @SuppressWarnings("unchecked")
    private static Loaded load() {
        long start = System.nanoTime();
        try (ObjectInputStream in = Nlp4jCompactFile.open(RESOURCE, FORMAT)) {
            OnlineComponent<NLPNode, ?> pos = (OnlineComponent<NLPNode, ?>) in.readObject();
            OnlineComponent<NLPNode, ?> dep = (OnlineComponent<NLPNode, ?>) in.readObject();
            pos.setFlag(NLPFlag.DECODE);
            dep.setFlag(NLPFlag.DECODE);
            Map<String, Set<String>> clusters = (Map<String, Set<String>>) in.readObject();
            Map<String, List<String>> classes = (Map<String, List<String>>) in.readObject();
            GlobalLexica<NLPNode> lexica = new GlobalLexica<>(new ByteArrayInputStream(
                    "<configuration><lexica/></configuration>".getBytes(StandardCharsets.UTF_8)));
            lexica.setWordClusters(new GlobalLexicon<>(clusters, Field.word_form_simplified_lowercase, "word_clusters"));
            lexica.setAmbiguityClasses(
                    new GlobalLexicon<>(classes, Field.word_form_simplified_lowercase, "ambiguity_classes"));
            LOG.info("loaded the NLP4J models in {} ms", (System.nanoTime() - start) / 1_000_000);
            return new Loaded(lexica, pos, dep);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("classpath:" + RESOURCE + ": cannot read: " + e, e);
        }
    }

    private static final class Holder {
        static final Loaded LOADED = load();
    }
}
