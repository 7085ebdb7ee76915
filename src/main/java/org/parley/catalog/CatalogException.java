package org.parley.catalog;

/** A catalog file that cannot be read, with the file and line in the message. */
public class CatalogException extends Exception {

    public CatalogException(String message) {
        super(message);
    }
}
