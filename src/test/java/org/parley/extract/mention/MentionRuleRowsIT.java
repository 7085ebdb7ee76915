package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parley.core.Mention;
import org.parley.nlp.OpenNlpTextAnalyzer;

/**
 * The rule rows ({@link RuleRows}) again, over the real OpenNLP analysis instead of their hand tags: a rule that
 * holds only on ideal tags shows up here. Rows marked {@code models: differ} (a tag no tagger would give, kept to
 * test one rule alone) are left out.
 */
class MentionRuleRowsIT {

    private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();

    @TestFactory
    Stream<DynamicTest> everyRowOverTheRealAnalysis() {
        return RuleRows.all().stream().filter(RuleRows::sameWithModels).map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
            List<Mention> ms = MentionRuleRowsTest.finder(row).find(MentionTestTexts.article(row.text(), row.date()),
                    ANALYZER.analyze(row.text()));
            assertEquals(row.want(), RuleRows.describe(ms), row.toString());
        }));
    }
}
