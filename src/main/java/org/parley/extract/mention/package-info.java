/**
 * Entity mentions: catalog names, aliases, demonyms and metonyms plus proper-noun phrases typed by their context,
 * resolved within the article ({@link org.parley.extract.mention.CatalogMentionFinder}). Input: the article and its
 * analysis; output: mentions in text order, each with its entity and the id of the rule that found it.
 */
package org.parley.extract.mention;
