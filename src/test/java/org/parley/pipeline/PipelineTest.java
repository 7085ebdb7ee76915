package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.AnalyzedText;
import org.parley.core.Article;
import org.parley.core.ExtractionRun;
import org.parley.core.InputProblem;
import org.parley.extract.StatementExtractor;
import org.parley.nlp.LanguageDetector;
import org.parley.rdf.IriMinter;
import org.parley.rdf.StandardRdfMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.parley.store.GraphIndex;
import org.parley.store.GraphStore;
import org.parley.store.Tdb2GraphStore;

class PipelineTest {

    private static Article article(String name, String body) {
        return new Article(Article.identityOf(null, body), name, name + ".txt", null, null, null, List.of(), null, body);
    }

    /** A store whose every write fails, as a full disk would make it. */
    private static final class FullDisk implements GraphStore {
        @Override
        public void replaceGraphs(List<NamedGraph> graphs) {
            throw new UncheckedIOException(new IOException("No space left on device"));
        }

        @Override
        public boolean containsGraph(Node name) {
            return false;
        }

        @Override
        public boolean contains(Quad quad) {
            return false;
        }

        @Override
        public GraphStore withIndex(GraphIndex index) {
            return this;
        }

        @Override
        public void close() {
        }
    }

    private static ArticleProcessor processor(StatementExtractor statements, StageTimer timer) {
        LanguageDetector english = text -> new LanguageDetector.Guess("eng", 0.99);
        return new ArticleProcessor(english, text -> new AnalyzedText(text, List.of()),
                (article, analysis) -> List.of(), statements, new StandardRdfMapper(new IriMinter(IriMinter.DEFAULT_BASE)),
                new ExtractionRun("r", "test", Instant.EPOCH, List.of()), timer);
    }

    @Test
    void aStoreFailureOnTheLastBatchIsReportedNotWaitedOn() {
        StageTimer timer = new StageTimer();
        ArticleProcessor processor = processor((article, analysis, mentions) -> List.of(), timer);
        // three articles in batches of eight: the only batch is written after the end of the input was taken
        UncheckedIOException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                UncheckedIOException.class, () -> new Pipeline(processor, timer, 2, 8).run((articles, sink) -> {
                    articles.accept(article("first", "One text about talks."));
                    articles.accept(article("second", "A text about a truce."));
                    articles.accept(article("third", "Another text about a truce."));
                }, new FullDisk(), null, p -> { }, false)));
        assertTrue(e.getMessage().contains("No space left"), e::getMessage);
    }

    @Test
    void anArticleWhoseExtractionOverflowsTheStackIsSkippedAndTheOthersAreStored() {
        StatementExtractor overflowing = (article, analysis, mentions) -> {
            if (article.docName().equals("deep")) {
                throw new StackOverflowError();
            }
            return List.of();
        };
        StageTimer timer = new StageTimer();
        ArticleProcessor processor = processor(overflowing, timer);
        List<InputProblem> problems = new ArrayList<>();
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            IngestSummary summary = new Pipeline(processor, timer, 2, 8).run((articles, sink) -> {
                articles.accept(article("first", "One text about talks."));
                articles.accept(article("deep", "A text whose rules recurse too deep."));
                articles.accept(article("last", "Another text about a truce."));
            }, store, null, problems::add, false);
            assertEquals(2, summary.stored(), summary.describe());
            assertEquals(1, problems.size(), problems::toString);
            assertTrue(problems.get(0).message().contains("StackOverflowError"), problems::toString);
        }
    }
}
