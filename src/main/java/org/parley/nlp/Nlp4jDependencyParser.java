package org.parley.nlp;

import edu.emory.mathcs.nlp.common.util.Language;
import edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * NLP4J's English dependency parser (ClearNLP labels) on our tokens. Before parsing, NLP4J's own POS tagger retags
 * the tokens and its rule lemmatizer lemmatizes them, because its model was trained on those (our Penn tags cost 3
 * points of key-relation accuracy, see docs/DESIGN.md); a bare verb of a subjunctive clause it took for a noun is
 * retagged ({@link SubjunctiveTags}); the tokens keep their own tags and the tree carries NLP4J's. The models read the Brown
 * word clusters and ambiguity classes, never the word embeddings. Thread-safe: the models load once per JVM
 * ({@link Nlp4jModels}, on first construction: under a second, about 0.2 GB of heap) and are shared; each call works
 * on its own node array.
 * <pre>{@code DependencyTree tree = new Nlp4jDependencyParser().parse(sentence.tokens());}</pre>
 */
public final class Nlp4jDependencyParser implements SentenceParser {

    private static final NLPComponent<NLPNode> LEMMAS = new MorphologicalAnalyzer<>(Language.ENGLISH);

    /** Loads the models unless this JVM already has them; fails here if a resource is missing. */
    public Nlp4jDependencyParser() {
        Nlp4jModels.get();
    }

    /** The model files, for provenance. */
    public static List<String> describe() {
        return List.of("edu.emory.mathcs.nlp:nlp4j-english:1.1.3/" + Nlp4jModelCompactor.POS + ", "
                + Nlp4jModelCompactor.DEP + " (NLP4J POS tagger and dependency parser, with Brown clusters and"
                + " ambiguity classes; compacted losslessly at build time)");
    }

    @Override
    public DependencyTree parse(List<Token> tokens) {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("cannot parse an empty sentence");
        }
        NLPNode[] nodes = new NLPNode[tokens.size() + 1];
        nodes[0] = new NLPNode().toRoot();
        for (int i = 0; i < tokens.size(); i++) {
            nodes[i + 1] = new NLPNode(i + 1, tokens.get(i).text());
        }
        Nlp4jModels.Loaded models = Nlp4jModels.get();
        models.lexica().process(nodes);
        models.pos().process(nodes);
        repairTags(nodes);
        LEMMAS.process(nodes);
        models.dependencies().process(nodes);
        List<Integer> heads = new ArrayList<>(tokens.size());
        List<String> relations = new ArrayList<>(tokens.size());
        List<String> tags = new ArrayList<>(tokens.size());
        List<String> lemmas = new ArrayList<>(tokens.size());
        for (int i = 1; i < nodes.length; i++) {
            NLPNode head = nodes[i].getDependencyHead();
            boolean root = head == null || head.getID() == 0;
            heads.add(root ? -1 : head.getID() - 1);
            relations.add(root ? DependencyTree.ROOT : nodes[i].getDependencyLabel());
            tags.add(nodes[i].getPartOfSpeechTag());
            String lemma = nodes[i].getLemma();
            lemmas.add(lemma == null ? tokens.get(i - 1).lemma() : lemma.toLowerCase(Locale.ROOT));
        }
        return new DependencyTree(heads, relations, tags, lemmas);
    }

    /**
     * Bare verbs of a subjunctive clause the tagger took for nouns ({@link SubjunctiveTags}) become {@code VB}; the
     * participle that opens a condition ({@link ConditionMarkerTags}) {@code VBN} or {@code VBG}; the participle that
     * must be the main verb of a sentence with no finite verb ({@link MainVerbTags}) {@code VBD}.
     */
    private static void repairTags(NLPNode[] nodes) {
        List<String> words = new ArrayList<>(nodes.length - 1);
        List<String> tags = new ArrayList<>(nodes.length - 1);
        for (int i = 1; i < nodes.length; i++) {
            words.add(nodes[i].getWordForm());
            tags.add(nodes[i].getPartOfSpeechTag());
        }
        for (int i : SubjunctiveTags.bareVerbs(words, tags)) {
            nodes[i + 1].setPartOfSpeechTag("VB");
        }
        for (int i : ConditionMarkerTags.participles(words, tags)) {
            nodes[i + 1].setPartOfSpeechTag(ConditionMarkerTags.tag(words.get(i)));
        }
        int main = MainVerbTags.mainVerb(words, tags);
        if (main >= 0) {
            nodes[main + 1].setPartOfSpeechTag("VBD");
        }
    }
}
