package org.parley.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.parser.AbstractBottomUpParser;
import opennlp.tools.parser.Parse;
import opennlp.tools.parser.Parser;
import opennlp.tools.parser.ParserFactory;
import opennlp.tools.parser.ParserModel;
import opennlp.tools.util.Span;
import org.parley.core.DependencyTree;
import org.parley.core.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenNLP's 1.5 chunking parser (Penn Treebank constituency trees) on our tokens, converted to dependencies with
 * the ClearNLP labels of {@link DependencyTree} by {@link PennDependencyConverter}. The parser tags the tokens with
 * its own POS model (the tokens keep theirs); quotes are given in Treebank spelling. Thread-safe: the
 * model loads once per JVM (on first construction) and is shared; the parser objects are held per thread.
 * <pre>{@code DependencyTree tree = new OpenNlpConstituencyParser().parse(sentence.tokens());}</pre>
 */
public final class OpenNlpConstituencyParser implements SentenceParser {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.nlp");

    static final String MODEL_FILE = "en-parser-chunking.bin";

    private final ThreadLocal<Parser> parsers = ThreadLocal.withInitial(() -> ParserFactory.create(Holder.MODEL));
    private final PennDependencyConverter converter =
            new PennDependencyConverter(PennHeadRules.bundled(), WordListFile.penn());

    /** Loads the model unless this JVM already has it; fails here if it is missing. */
    public OpenNlpConstituencyParser() {
        parsers.get();
    }

    /** The model file, for provenance. */
    public static List<String> describe() {
        return List.of("edu.washington.cs.knowitall:opennlp-parse-models:1.5/" + MODEL_FILE
                + " (OpenNLP 1.5 chunking parser; Penn trees converted to dependencies by Parley's head rules)");
    }

    @Override
    public DependencyTree parse(List<Token> tokens) {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("cannot parse an empty sentence");
        }
        List<String> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            words.add(treebankWord(t));
        }
        String text = String.join(" ", words);
        Parse sentence = new Parse(text, new Span(0, text.length()), AbstractBottomUpParser.INC_NODE, 1, 0);
        int start = 0;
        for (int i = 0; i < words.size(); i++) {
            int end = start + words.get(i).length();
            sentence.insert(new Parse(text, new Span(start, end), AbstractBottomUpParser.TOK_NODE, 0, i));
            start = end + 1;
        }
        Parse parsed = parsers.get().parse(sentence);
        int[] tokenAt = new int[text.length() + 1];
        for (int i = 0, offset = 0; i < words.size(); offset += words.get(i).length() + 1, i++) {
            tokenAt[offset] = i;
        }
        PhraseNode root = node(parsed, tokenAt);
        if (root.label().equals(AbstractBottomUpParser.TOP_NODE) && root.children().size() == 1) {
            root = root.children().get(0);
        }
        return converter.convert(root, tokens.stream().map(Token::text).toList());
    }

    /** Quotes in Treebank spelling, `` or '' by our tag (the model knows no straight quote); brackets stay. */
    private static String treebankWord(Token t) {
        String w = t.text();
        if (w.equals("\"") || w.equals("“") || w.equals("”")) {
            return t.pos().equals("``") ? "``" : "''";
        }
        return w;
    }

    private static PhraseNode node(Parse p, int[] tokenAt) {
        Parse[] children = p.getChildren();
        if (children.length == 1 && children[0].getType().equals(AbstractBottomUpParser.TOK_NODE)) {
            return PhraseNode.preterminal(p.getType(), tokenAt[children[0].getSpan().getStart()]);
        }
        List<PhraseNode> out = new ArrayList<>(children.length);
        for (Parse c : children) {
            out.add(node(c, tokenAt));
        }
        return PhraseNode.phrase(p.getType(), out);
    }

    private static final class Holder {
        static final ParserModel MODEL = load();

        private static ParserModel load() {
            long start = System.nanoTime();
            try (InputStream in = OpenNlpConstituencyParser.class.getClassLoader().getResourceAsStream(MODEL_FILE)) {
                if (in == null) {
                    throw new IllegalStateException("classpath:" + MODEL_FILE
                            + ": model not found; expected the opennlp-parse-models jar on the classpath");
                }
                ParserModel model = new ParserModel(in);
                LOG.info("loaded the OpenNLP parser model in {} ms", (System.nanoTime() - start) / 1_000_000);
                return model;
            } catch (IOException e) {
                throw new IllegalStateException("classpath:" + MODEL_FILE + ": cannot read model: " + e.getMessage(), e);
            }
        }
    }
}
