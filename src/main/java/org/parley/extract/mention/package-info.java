/**
 * Entity mentions: catalog names, aliases, demonyms and metonyms plus proper-noun phrases typed by their context,
 * resolved within the article. Input: the article and its analysis (tokens, tags; no dependency tree); output:
 * mentions in text order, each with its entity, its surface string and the id of the rule that found it
 * ({@link org.parley.extract.mention.CatalogMentionFinder} composes the pieces, ids in {@code Rules}). Each piece has
 * one job:
 * <ul>
 *   <li>the sentence cut into word pieces: {@code SentencePieces}, {@code Piece}, {@code NameText};</li>
 *   <li>one pass per sentence: {@code SentenceScan}, collecting into {@code SentenceMentions} and the article's
 *       {@code KnownNames};</li>
 *   <li>catalog names: {@code NameIndex} and {@code CatalogMatcher} (n-gram hash look-ups), other spellings by
 *       {@code NameSpellings} and {@code NameSkeletons};</li>
 *   <li>where a name starts and ends: {@code NameRuns}, {@code TitledName};</li>
 *   <li>which entry and sense of a catalog name: {@code CatalogSenses}, {@code CapitalSense}, {@code PlaceCue},
 *       {@code PlaceLists}, and one sense per article by {@code PlaceSenses};</li>
 *   <li>unknown phrases typed by the decision list {@code phrase-types.tsv} ({@code PhraseTyper}) over the named
 *       tests of {@code PhraseTests}: {@code OrganizationCues}, {@code PersonCues}, {@code PlaceCues};</li>
 *   <li>across the article: {@code ShortForms} (acronyms), {@code Descriptions} ("the alliance"),
 *       {@code OfficeHolders} ("the Russian president") and {@code PersonResolver} (surnames, titles).</li>
 * </ul>
 * Word lists come from the lexicon ({@code Words}). May use {@code core}, {@code catalog} and {@code extract}.
 */
package org.parley.extract.mention;
