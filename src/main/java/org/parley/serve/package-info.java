/**
 * Serving: a store's dataset in, a read-only SPARQL endpoint over HTTP out (embedded Fuseki,
 * {@link org.parley.serve.ParleyServer}), with the query library ({@code queries/*.rq}), our pages (query page,
 * graph view, entity pages) and the JSON behind them, the exports of {@code export}, and the Fuseki UI; behind the
 * limits of {@link org.parley.serve.ServingLimits}; optionally a write endpoint that hands uploads to an
 * {@link org.parley.serve.ArticleIntake}, a backup endpoint, and their client ({@link org.parley.serve.ParleyClient}).
 * May use {@code export}, {@code store} and {@code core}; uploads reach the pipeline through the
 * {@code ArticleIntake} interface it implements, so this package never uses {@code pipeline}.
 */
package org.parley.serve;
