/**
 * The {@code parley} command line (picocli): arguments in, exit codes out (0 ok, 1 internal failure,
 * 2 bad input). No pipeline logic lives here; nothing depends on this package. May use {@code pipeline} for the
 * work, and the packages below it ({@code serve}, {@code export}, {@code store}, {@code rdf}, {@code ingest},
 * {@code catalog}, {@code core}) for their options and results.
 */
package org.parley.cli;
