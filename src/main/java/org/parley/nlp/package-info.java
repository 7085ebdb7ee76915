/**
 * The NLP stage, the only package that uses OpenNLP. In: an article body ({@code String}). Out:
 * {@link org.parley.core.AnalyzedText} (sentences; tokens with character offsets, Penn POS tags, lower-case
 * lemmas, BIO chunks) from {@link org.parley.nlp.OpenNlpTextAnalyzer}, and a language guess from
 * {@link org.parley.nlp.OpenNlpLanguageDetector}. Models load once ({@link org.parley.nlp.OpenNlpModels});
 * decoders are per thread.
 */
package org.parley.nlp;
