/**
 * The import of open reference lists into the catalog. Input: {@code regions.tsv}, {@code cities.tsv} and
 * {@code countries.tsv} of the countries-states-cities database (ODbL 1.0) and the hand-made catalog entries.
 * Output: catalog entries for divisions and towns, named as news names them, with cue names, population and
 * divisions ({@link org.parley.catalog.reference.ReferenceImport}), and a report of every id checked and every
 * disagreement with the hand-made catalog ({@link org.parley.catalog.reference.ImportReport}). The rules and word
 * lists are data in {@code org/parley/catalog/reference/}. May use {@code catalog} and {@code core}.
 */
package org.parley.catalog.reference;
