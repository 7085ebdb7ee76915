package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.emory.mathcs.nlp.common.collection.tree.PrefixTree;
import edu.emory.mathcs.nlp.component.template.feature.Field;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexicon;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The compact gazetteer and the compact embeddings against NLP4J's own lexica, on phrases and words made up here. */
class Nlp4jGazetteerTest {

    private static final List<String> SENTENCE = List.of("Delegates", "of", "the", "Harbour", "Workers", "Alliance",
            "met", "Quentin", "Marlowe", "in", "Port", "Elsmore", ".");

    private static PrefixTree<String, Set<String>> tree() {
        PrefixTree<String, Set<String>> tree = new PrefixTree<>();
        Map<String, Set<String>> phrases = Map.of(
                "Harbour Workers Alliance", Set.of("4"),
                "Harbour Workers", Set.of("2", "4"),
                "Workers", Set.of("7"),
                "Quentin Marlowe", Set.of("11"),
                "Quentin", Set.of("11", "12"),
                "Port Elsmore", Set.of("0"),
                "Elsmore Bay", Set.of("0"));
        phrases.forEach((phrase, lists) -> tree.set(phrase.split(" "), lists, Function.identity()));
        return tree;
    }

    private static NLPNode[] nodes() {
        NLPNode[] nodes = new NLPNode[SENTENCE.size() + 1];
        nodes[0] = new NLPNode().toRoot();
        for (int i = 0; i < SENTENCE.size(); i++) {
            nodes[i + 1] = new NLPNode(i + 1, SENTENCE.get(i));
        }
        return nodes;
    }

    @Test
    void everyWordGetsTheTagsNlp4jGivesIt() {
        GlobalLexica<NLPNode> nlp4j = new GlobalLexica<>(new ByteArrayInputStream(
                "<configuration><lexica/></configuration>".getBytes(StandardCharsets.UTF_8)));
        nlp4j.setNamedEntityGazetteers(new GlobalLexicon<>(tree(), Field.word_form_simplified, "gazetteers"));
        NLPNode[] expected = nodes();
        nlp4j.processNamedEntityGazetteers(expected);
        NLPNode[] actual = nodes();
        Nlp4jGazetteer.of(tree()).tag(actual);
        for (int i = 1; i < expected.length; i++) {
            assertEquals(tags(expected[i]), tags(actual[i]), SENTENCE.get(i - 1));
        }
        assertEquals(Set.of("B-4"), tags(actual[4]), "the longest phrase from a word only");
        assertEquals(Set.of("I-4", "U-7"), tags(actual[5]));
        assertEquals(Set.of("B-11"), tags(actual[8]));
        assertEquals(Set.of(), tags(actual[1]));
    }

    @Test
    void aCompactGazetteerReadBackTagsTheSame() {
        Nlp4jGazetteer g = Nlp4jGazetteer.of(tree());
        Nlp4jGazetteer copy = new Nlp4jGazetteer(Nlp4jWordTable.of(g.keys().clone()), g.lists().clone(), g.names());
        NLPNode[] a = nodes();
        NLPNode[] b = nodes();
        g.tag(a);
        copy.tag(b);
        for (int i = 1; i < a.length; i++) {
            assertEquals(tags(a[i]), tags(b[i]));
        }
    }

    @Test
    void embeddingsKeepTheVocabularyWordsWithinAQuantizationStep() {
        Map<String, float[]> vectors = new HashMap<>();
        vectors.put("Harbour", new float[] {0.5f, -1.25f, 0.003f});
        vectors.put("Elsmore", new float[] {2f, 0f, -0.7f});
        vectors.put("met", new float[] {0f, 0f, 0f});
        Nlp4jEmbeddings e = Nlp4jEmbeddings.of(vectors, Set.of("harbour", "met"));
        NLPNode[] nodes = nodes();
        e.embed(nodes);
        float[] harbour = nodes[4].getWordEmbedding();
        for (int d = 0; d < 3; d++) {
            assertEquals(vectors.get("Harbour")[d], harbour[d], 1.25f / 127 / 2 + 1e-6f, "dimension " + d);
        }
        assertArrayEquals(new float[3], nodes[7].getWordEmbedding());
        assertTrue(Arrays.stream(nodes).skip(1).filter(n -> n.getWordEmbedding() != null).count() == 2,
                "Elsmore is outside the vocabulary and gets no vector");
    }

    private static Set<String> tags(NLPNode node) {
        Set<String> s = node.getNamedEntityGazetteerSet();
        return s == null ? Set.of() : new TreeSet<>(s);
    }
}
