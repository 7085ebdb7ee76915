package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.parley.core.AnalyzedText;
import org.parley.core.CharSpan;
import org.parley.core.Sentence;
import org.parley.core.Token;

/**
 * The OpenNLP text analyzer: sentences, tokens with offsets, Penn POS tags, lemmas and BIO chunks, on the UD
 * English models with repaired sentence and token boundaries ("Putin’s" gives "Putin" + "’s") and UD tags refined
 * to Penn; optionally the sentences a predicate chooses are parsed by a {@link SentenceParser} (the others keep a
 * null tree). Thread-safe: models are shared ({@link OpenNlpModels}), the OpenNLP decoders are held per thread.
 * <pre>{@code AnalyzedText a = new OpenNlpTextAnalyzer().analyze(article.body());
 * AnalyzedText parsed = new OpenNlpTextAnalyzer(Profile.FAST, new Nlp4jDependencyParser(), s -> holdsTrigger(s))
 *         .analyze(article.body());}</pre>
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {

    /** How lemmas and chunks are made; both give the same record shape. */
    public enum Profile {
        /** Rule lemmatizer (Penn tag driven) and POS-pattern chunks: close to the cost of bare POS tagging. */
        FAST,
        /** OpenNLP's statistical UD lemmatizer and the 1.5 maxent chunker: several times slower. */
        FULL
    }

    private final Profile profile;
    private final SentenceParser parser;
    private final Predicate<Sentence> parseWhen;
    private final ThreadLocal<Decoders> decoders;

    /** A FAST analyzer. */
    public OpenNlpTextAnalyzer() {
        this(Profile.FAST);
    }

    /** Loads the models the profile needs (once per JVM) and fails here if one is missing. */
    public OpenNlpTextAnalyzer(Profile profile) {
        this(profile, null, sentence -> false);
    }

    /**
     * An analyzer that parses the sentences {@code parseWhen} accepts.
     *
     * @param parser    the parser, or null to parse nothing
     * @param parseWhen chooses, from a sentence with its tokens (and no tree yet), whether to parse it; called on
     *                  many threads at once
     */
    public OpenNlpTextAnalyzer(Profile profile, SentenceParser parser, Predicate<Sentence> parseWhen) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.parser = parser;
        this.parseWhen = Objects.requireNonNull(parseWhen, "parseWhen");
        this.decoders = ThreadLocal.withInitial(() -> new Decoders(profile));
        decoders.get();
    }

    public Profile profile() {
        return profile;
    }

    /** @param text an article body, not null; offsets of the result point into it */
    @Override
    public AnalyzedText analyze(String text) {
        Objects.requireNonNull(text, "text");
        Decoders d = decoders.get();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            analyzeParagraph(d, text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return new AnalyzedText(text, sentences);
    }

    /** Sentences never cross a line break: news bodies hold one paragraph (or headline) per line. */
    private void analyzeParagraph(Decoders d, String text, int begin, int end, List<Sentence> out) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin == end) {
            return;
        }
        String paragraph = text.substring(begin, end);
        for (Span s : SentenceRules.repair(paragraph, d.sentences.sentPosDetect(paragraph))) {
            int sb = s.getStart();
            int se = s.getEnd();
            while (sb < se && Character.isWhitespace(paragraph.charAt(sb))) {
                sb++;
            }
            while (se > sb && Character.isWhitespace(paragraph.charAt(se - 1))) {
                se--;
            }
            if (sb < se) {
                Sentence sentence = analyzeSentence(d, text, begin + sb, paragraph.substring(sb, se), out.size());
                if (!sentence.tokens().isEmpty()) {
                    out.add(parser != null && parseWhen.test(sentence)
                            ? sentence.withTree(parser.parse(sentence.tokens())) : sentence);
                }
            }
        }
    }

    private Sentence analyzeSentence(Decoders d, String text, int offset, String sentence, int index) {
        List<Span> spans = TokenRules.repair(sentence, d.tokenizer.tokenizePos(sentence));
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = sentence.substring(spans.get(i).getStart(), spans.get(i).getEnd());
        }
        String[] ud = d.tagger.tag(words);
        String[] penn = PennTags.refine(sentence, spans, words, ud);
        String[] lemmas = new String[words.length];
        String[] chunks;
        if (profile == Profile.FULL) {
            String[] model = d.lemmatizer.lemmatize(words, ud);
            for (int i = 0; i < words.length; i++) {
                lemmas[i] = usable(model[i])
                        ? model[i].toLowerCase(Locale.ROOT) : EnglishLemmatizer.lemma(words[i], penn[i]);
            }
            chunks = d.chunker.chunk(words, penn);
        } else {
            for (int i = 0; i < words.length; i++) {
                lemmas[i] = EnglishLemmatizer.lemma(words[i], penn[i]);
            }
            chunks = PatternChunker.chunk(words, penn);
        }
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            CharSpan span = new CharSpan(offset + spans.get(i).getStart(), offset + spans.get(i).getEnd());
            tokens.add(new Token(span, words[i], penn[i], lemmas[i], chunks[i]));
        }
        return new Sentence(index, new CharSpan(offset, offset + sentence.length()), tokens);
    }

    /** The statistical lemmatizer answers "O" or nothing when no edit script fits. */
    private static boolean usable(String lemma) {
        return lemma != null && !lemma.isEmpty() && !lemma.equals("O") && !lemma.equals("_") && lemma.indexOf('+') < 0;
    }

    /** The OpenNLP decoders of one thread. */
    private static final class Decoders {
        final SentenceDetectorME sentences;
        final TokenizerME tokenizer;
        final POSTaggerME tagger;
        final LemmatizerME lemmatizer;
        final ChunkerME chunker;

        Decoders(Profile profile) {
            sentences = new SentenceDetectorME(OpenNlpModels.sentence());
            tokenizer = new TokenizerME(OpenNlpModels.tokens());
            tagger = new POSTaggerME(OpenNlpModels.pos(), POSTagFormat.UD);
            lemmatizer = profile == Profile.FULL ? new LemmatizerME(OpenNlpModels.lemmas()) : null;
            chunker = profile == Profile.FULL ? new ChunkerME(OpenNlpModels.chunker()) : null;
        }
    }
}
