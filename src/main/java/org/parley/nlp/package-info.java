/**
 * The NLP stage, the only package that uses OpenNLP and NLP4J. In: an article body ({@code String}). Out:
 * {@link org.parley.core.AnalyzedText} (sentences; tokens with character offsets, Penn POS tags, lower-case
 * lemmas, BIO chunks; a {@link org.parley.core.DependencyTree} for the sentences a predicate chooses) from
 * {@link org.parley.nlp.OpenNlpTextAnalyzer}, and a language guess from
 * {@link org.parley.nlp.EnglishFirstLanguageDetector} (English function words, else
 * {@link org.parley.nlp.OpenNlpLanguageDetector}). Sentence parsers ({@link org.parley.nlp.SentenceParser}):
 * {@link org.parley.nlp.Nlp4jDependencyParser} and {@link org.parley.nlp.OpenNlpConstituencyParser}, scored by
 * {@link org.parley.nlp.ParserEvaluator}. Models load once ({@link org.parley.nlp.OpenNlpModels}); decoders are
 * per thread. May use {@code core} only.
 */
package org.parley.nlp;
