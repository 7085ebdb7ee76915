package org.parley.cli;

import org.apache.jena.query.QueryException;
import org.parley.store.StoreOpenException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one line on stderr and an exit code: 2 for bad input (a store folder TDB2 cannot open among
 * them), 1 for internal failures.
 */
final class Failures implements IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int INTERNAL = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        boolean verbose = parsed.hasMatchedOption("-v") || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("-v"));
        if (e instanceof BadInputException || e instanceof QueryException) {
            cl.getErr().println("parley: " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof StoreOpenException) {
            // the folder given holds a store TDB2 cannot open: one line, the trace only on request
            cl.getErr().println("parley: " + e.getMessage() + (verbose ? "" : " (run with -v for the stack trace; "
                    + "'parley restore' builds a new store from a backup)"));
            if (verbose) {
                e.printStackTrace(cl.getErr());
            }
            return BAD_INPUT;
        }
        cl.getErr().println("parley: internal failure: " + e + (verbose ? "" : " (run with -v for the stack trace)"));
        if (verbose) {
            e.printStackTrace(cl.getErr());
        }
        return INTERNAL;
    }
}
