/**
 * The entity catalog. Input: TSV files (bundled under {@code org/parley/catalog/}, listed in
 * {@code index.txt}, plus user files), and Wikidata SPARQL JSON results to import. Output: an
 * immutable {@link org.parley.catalog.Catalog} of {@link org.parley.catalog.CatalogEntry} (names,
 * aliases, demonyms, metonyms, part_of, offices, groups) for the mention finder and the statement
 * extractor, and {@link org.parley.catalog.CatalogProblem} lists from the validator. May use {@code core} (and
 * Jackson for the Wikidata JSON).
 */
package org.parley.catalog;
