/**
 * The {@code parley} command line (picocli): arguments in, exit codes out (0 ok, 1 internal failure,
 * 2 bad input). No pipeline logic lives here; nothing depends on this package.
 */
package org.parley.cli;
