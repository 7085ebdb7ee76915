package org.parley.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why an input (a file, a line of a file, an article) was not taken, in one line. Serializable, as {@link Article}.
 *
 * @param location {@code file} or {@code file:line}; never null
 * @param message  what is wrong and, where it helps, what was expected; never null
 */
public record InputProblem(String location, String message) implements Serializable {

    public InputProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
