package org.parley.spark;

/** A problem with what the user gave the job (an output folder that exists, a bad catalog): one line, exit code 2. */
final class JobInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JobInputException(String message) {
        super(message);
    }
}
