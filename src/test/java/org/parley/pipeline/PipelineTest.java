package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.parley.store.Tdb2GraphStore;

class PipelineTest {

    private static Article article(String name, String body) {
        return new Article(Article.identityOf(null, body), name, name + ".txt", null, null, null, List.of(), null, body);
    }

    @Test
    void anArticleWhoseExtractionOverflowsTheStackIsSkippedAndTheOthersAreStored() {
        LanguageDetector english = text -> new LanguageDetector.Guess("eng", 0.99);
        StatementExtractor overflowing = (article, analysis, mentions) -> {
            if (article.docName().equals("deep")) {
                throw new StackOverflowError();
            }
            return List.of();
        };
        StageTimer timer = new StageTimer();
        ArticleProcessor processor = new ArticleProcessor(english, text -> new AnalyzedText(text, List.of()),
                (article, analysis) -> List.of(), overflowing, new StandardRdfMapper(new IriMinter(IriMinter.DEFAULT_BASE)),
                new ExtractionRun("r", "test", Instant.EPOCH, List.of()), timer);
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
