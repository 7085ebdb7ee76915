/**
 * Entity mentions: catalog names, aliases, demonyms and metonyms plus proper-noun phrases typed by their context,
 * resolved within the article. Input: the article and its analysis; output: mentions in text order, each with its
 * entity and the id of the rule that found it ({@link org.parley.extract.mention.CatalogMentionFinder} composes the
 * pieces). Each piece has one job: {@code CatalogMatcher} (catalog names by n-gram hash look-ups),
 * {@code NameRuns} and {@code TitledName} (where a name starts and ends), {@code CatalogSenses} and
 * {@code CapitalSense} (which entry and sense of a catalog name), {@code PhraseTyper} (the decision list of
 * {@code phrase-types.tsv} over the named tests of {@code PhraseTests}: organization, person and place cues),
 * {@code ShortForms}, {@code Descriptions}, {@code OfficeHolders} and {@code PersonResolver}. Word lists come from
 * the lexicon ({@code Words}).
 */
package org.parley.extract.mention;
