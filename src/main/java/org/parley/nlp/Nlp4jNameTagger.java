package org.parley.nlp;

import edu.emory.mathcs.nlp.common.util.Language;
import edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.NameTagger;
import org.parley.core.Token;

/**
 * NLP4J's English named-entity tagger (OntoNotes types: PERSON, ORG, GPE, LOC, NORP, ...) on our tokens. As for the
 * parser, NLP4J's own POS tagger and lemmatizer run first, since the model was trained on them; the model reads
 * the Brown clusters (shared with the parser), the gazetteers and the word embeddings, both kept compact
 * ({@link Nlp4jNerCompactor}). Thread-safe: the models load once per JVM, on first construction.
 * <pre>{@code List<NameTagger.TaggedName> names = new Nlp4jNameTagger().tag(sentence.tokens());}</pre>
 */
public final class Nlp4jNameTagger implements NameTagger {

    private static final NLPComponent<NLPNode> LEMMAS = new MorphologicalAnalyzer<>(Language.ENGLISH);

    /** Loads the models unless this JVM already has them; fails here if a resource is missing. */
    public Nlp4jNameTagger() {
        Nlp4jModels.get();
        Nlp4jNerModels.get();
    }

    /** The model files, for provenance. */
    public static List<String> describe() {
        return List.of("edu.emory.mathcs.nlp:nlp4j-english:1.1.3/" + Nlp4jNerCompactor.NER
                + " (NLP4J named-entity tagger, with its gazetteers and word embeddings bounded to the Brown cluster"
                + " vocabulary and quantized at build time)");
    }

    @Override
    public List<TaggedName> tag(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        NLPNode[] nodes = new NLPNode[tokens.size() + 1];
        nodes[0] = new NLPNode().toRoot();
        for (int i = 0; i < tokens.size(); i++) {
            nodes[i + 1] = new NLPNode(i + 1, tokens.get(i).text());
        }
        Nlp4jModels.Loaded parser = Nlp4jModels.get();
        Nlp4jNerModels.Loaded names = Nlp4jNerModels.get();
        parser.lexica().process(nodes);
        names.gazetteer().tag(nodes);
        names.embeddings().embed(nodes);
        parser.pos().process(nodes);
        LEMMAS.process(nodes);
        names.ner().process(nodes);
        return spans(nodes);
    }

    /** The BILOU tags of {@code nodes} as spans; a B- without its L- of the same type is dropped. */
    private static List<TaggedName> spans(NLPNode[] nodes) {
        List<TaggedName> out = new ArrayList<>();
        int begin = -1;
        String type = null;
        for (int i = 1; i < nodes.length; i++) {
            String tag = nodes[i].getNamedEntityTag();
            if (tag == null || tag.length() < 3 || tag.charAt(1) != '-') {
                begin = -1;
                continue;
            }
            char part = tag.charAt(0);
            String label = tag.substring(2);
            if (part == 'U') {
                out.add(new TaggedName(i - 1, i, label));
                begin = -1;
            } else if (part == 'B') {
                begin = i;
                type = label;
            } else if (part == 'L' && begin > 0 && label.equals(type)) {
                out.add(new TaggedName(begin - 1, i, label));
                begin = -1;
            } else if (part != 'I' || !label.equals(type)) {
                begin = -1;
            }
        }
        return List.copyOf(out);
    }
}
