package org.parley.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Jackson's streaming calls for the JSON writers ({@link JsonLdWriter}, {@link NetworkJsonWriter}) with their
 * {@link IOException} made unchecked, as the sinks they implement declare none. Stateless.
 */
final class JsonCalls {

    private JsonCalls() {
    }

    /** A run of generator calls that may fail on the stream. */
    interface JsonAction {
        void run() throws IOException;
    }

    /** A UTF-8 generator writing to {@code out}. */
    static JsonGenerator generator(OutputStream out) {
        try {
            return new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code action}, its {@link IOException} rethrown unchecked. */
    static void write(JsonAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
