package org.parley.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.parley.store.SparqlRunner;

/** Loads and parses a query the build copies from {@code queries/} into the jar. */
public final class BundledQuery {

    private BundledQuery() {
    }

    /** The parsed query of a classpath resource such as {@code queries/actor-network.rq}. */
    public static Query load(String resource) {
        try (InputStream in = BundledQuery.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath " + resource + ": missing (the build should copy queries/)");
            }
            return SparqlRunner.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("classpath " + resource + ": " + e.getMessage(), e);
        }
    }
}
