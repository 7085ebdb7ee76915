package org.parley.extract.mention;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The lines of a table shipped with the mention rules (UTF-8), read the same way by every class that has one. */
final class ResourceLines {

    private ResourceLines() {
    }

    /** The lines of {@code resource}; {@code what} names the table in the message when it is missing. */
    static List<String> read(String resource, String what) {
        try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + what + " " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
