package org.parley.serve;

import java.util.Objects;

/**
 * A SPARQL query from the query library ({@code queries/*.rq}).
 *
 * @param name        file name without {@code .rq}; never null
 * @param title       from a {@code # title:} comment line, else the name; never null
 * @param description from a {@code # description:} comment line, else empty; never null
 * @param text        the whole query text, comments included; never null
 */
public record NamedQuery(String name, String title, String description, String text) {

    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(text, "text");
    }
}
