/**
 * Serving: a store's dataset in, a read-only SPARQL endpoint over HTTP out (embedded Fuseki,
 * {@link org.parley.serve.ParleyServer}), with a query page and the query library ({@code queries/*.rq}).
 */
package org.parley.serve;
