package org.parley.cli;

/** A problem with what the user gave (a file, a store folder, a query): one line, exit code 2. */
final class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message);
    }
}
