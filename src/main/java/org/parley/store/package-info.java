/**
 * Storage: named graphs in, durable TDB2 store out. Input: {@link org.parley.store.GraphStore.NamedGraph}
 * batches (one graph per article); output: a TDB2 folder whose default graph, for queries, is the union of
 * the named graphs, query results ({@link org.parley.store.SparqlRunner}) and backups
 * ({@link org.parley.store.StoreBackup}). The only package with transactions. May use {@code core}; uses no other
 * package of the project.
 */
package org.parley.store;
