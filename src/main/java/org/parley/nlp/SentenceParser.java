package org.parley.nlp;

import java.util.List;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * Parses one sentence's tokens (ours, with their Penn POS tags; never re-tokenized) into a dependency tree with
 * the labels listed in {@link DependencyTree}. Implementations are thread-safe: models are loaded once and shared,
 * decoders are per thread.
 * <pre>{@code DependencyTree tree = parser.parse(sentence.tokens());}</pre>
 */
public interface SentenceParser {

    /**
     * @param tokens one sentence's tokens, not empty
     * @return a tree with one node per token, in the same order
     */
    DependencyTree parse(List<Token> tokens);

    /**
     * A parser for news sentences: {@code parser} with the parts it misreads parsed apart, a wire dateline
     * ({@link DatelineAwareParser}), an opening attribution ({@link AttributionAwareParser}), a closing one that
     * it left without a speaker ({@link TrailingAttributionParser}) and a relative clause on the subject that left the
     * main verb without one ({@link RelativeClauseAwareParser}), a short phrase set off by commas after the subject
     * ("The army, for its part, called on ...": {@link ParentheticalAwareParser}), a relative clause on an object that
     * took the infinitive after it ({@link InfinitiveAfterClauseParser}); then the words it hung on an auxiliary moved
     * to the auxiliary's verb ({@link AuxiliaryDependentsParser}), a name it joined to the date of an opening "on"
     * made the subject again ({@link DatedSubjectParser}) and a reporting verb's conjunct that it hung inside the
     * reported clause put back ({@link ReportedConjunctParser}).
     */
    static SentenceParser forNews(SentenceParser parser) {
        return new ReportedConjunctParser(new DatedSubjectParser(new AuxiliaryDependentsParser(new DatelineAwareParser(
                new AttributionAwareParser(new TrailingAttributionParser(new InfinitiveAfterClauseParser(
                        new ParentheticalAwareParser(new RelativeClauseAwareParser(parser)))))))));
    }
}
