package org.parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.core.AnalyzedText;
import org.parley.core.Article;
import org.parley.core.DroppedTrigger;
import org.parley.core.ArticleExtraction;
import org.parley.core.ExtractionRun;
import org.parley.core.InputProblem;
import org.parley.core.Mention;
import org.parley.core.Statement;
import org.parley.extract.MentionFinder;
import org.parley.extract.StatementExtractor;
import org.parley.nlp.LanguageDetector;
import org.parley.nlp.TextAnalyzer;
import org.parley.pipeline.StageTimer.Stage;
import org.parley.rdf.RdfMapper;
import org.parley.store.GraphStore.NamedGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pure part of the pipeline: one article in, its named graph out, with no store access, so the
 * same code can run in parallel here or inside a distributed job. Thread-safe.
 *
 * <pre>{@code
 * ArticleProcessor.Result r = processor.process(article);
 * if (r.problem() == null) store.replaceGraphs(List.of(r.graph()));
 * }</pre>
 */
public final class ArticleProcessor {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.pipeline");

    /** Below this confidence a non-English guess is not trusted on its own. */
    static final double LANGUAGE_CONFIDENCE = 0.5;

    private final LanguageDetector languageDetector;
    private final TextAnalyzer analyzer;
    private final MentionFinder mentionFinder;
    private final StatementExtractor statementExtractor;
    private final RdfMapper mapper;
    private final ExtractionRun run;
    private final StageTimer timer;

    /**
     * The outcome for one article: either its graph and counts, or the problem that kept it out.
     *
     * @param article    the article
     * @param graph      its named graph, or null when skipped
     * @param extraction what was extracted, or null when skipped
     * @param problem    why it was skipped, or null
     */
    public record Result(Article article, NamedGraph graph, ArticleExtraction extraction, InputProblem problem) {
    }

    public ArticleProcessor(LanguageDetector languageDetector, TextAnalyzer analyzer, MentionFinder mentionFinder,
                            StatementExtractor statementExtractor, RdfMapper mapper, ExtractionRun run,
                            StageTimer timer) {
        this.languageDetector = Objects.requireNonNull(languageDetector);
        this.analyzer = Objects.requireNonNull(analyzer);
        this.mentionFinder = Objects.requireNonNull(mentionFinder);
        this.statementExtractor = Objects.requireNonNull(statementExtractor);
        this.mapper = Objects.requireNonNull(mapper);
        this.run = Objects.requireNonNull(run);
        this.timer = Objects.requireNonNull(timer);
    }

    public Result process(Article article) {
        long t0 = System.nanoTime();
        LanguageDetector.Guess guess = languageDetector.detect(article.body());
        long t1 = System.nanoTime();
        timer.add(Stage.LANGUAGE, t1 - t0);
        if (!"eng".equals(guess.iso639_3()) && guess.confidence() >= LANGUAGE_CONFIDENCE) {
            return new Result(article, null, null, new InputProblem(article.source(),
                    "not English (detected language '" + guess.iso639_3() + "', confidence "
                            + String.format("%.2f", guess.confidence()) + "); Parley reads English articles only"));
        }
        AnalyzedText analysis = analyzer.analyze(article.body());
        long t2 = System.nanoTime();
        timer.add(Stage.NLP, t2 - t1);
        timer.addAnalysis(analysis);
        List<Mention> mentions = mentionFinder.find(article, analysis);
        long t3 = System.nanoTime();
        timer.add(Stage.MENTIONS, t3 - t2);
        List<DroppedTrigger> drops = new ArrayList<>();
        List<Statement> statements = statementExtractor.extract(article, analysis, mentions, drops::add);
        long t4 = System.nanoTime();
        timer.add(Stage.STATEMENTS, t4 - t3);
        ArticleExtraction extraction = new ArticleExtraction(article, analysis, mentions, statements, drops);
        GraphCollector collector = new GraphCollector();
        mapper.map(extraction, run, collector);
        timer.add(Stage.RDF, System.nanoTime() - t4);
        return new Result(article, collector.toNamedGraph(article.source()), extraction, null);
    }

    /**
     * As {@link #process}, but an extraction that throws (a rule that recurses too deep on one odd sentence) costs that
     * article only: it comes back as a problem, not as an exception.
     */
    public Result processSafely(Article article) {
        try {
            return process(article);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("extraction failed for {}", article.source(), e);
            return new Result(article, null, null, new InputProblem(article.source(), "extraction failed: " + e));
        }
    }
}
