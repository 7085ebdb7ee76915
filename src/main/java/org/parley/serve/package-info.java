/**
 * Serving: a store's dataset in, a read-only SPARQL endpoint over HTTP out (embedded Fuseki,
 * {@link org.parley.serve.ParleyServer}), with a query page and the query library ({@code queries/*.rq}),
 * behind the limits of {@link org.parley.serve.ServingLimits}; optionally a write endpoint that hands
 * uploads to an {@link org.parley.serve.ArticleIntake}, a backup endpoint, and their client
 * ({@link org.parley.serve.ParleyClient}).
 */
package org.parley.serve;
