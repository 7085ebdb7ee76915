package org.parley.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a text table shipped with the nlp package (UTF-8, blank lines and {@code #} comments skipped), read
 * the same way by each class that has one ({@link PennHeadRules}, {@link WordListFile}). Stateless.
 */
final class ClasspathLines {

    private ClasspathLines() {
    }

    /** What a table's reader does with one of its lines. */
    interface LineReader {
        /** {@code line} is stripped; {@code lineNo} counts from 1, comments and blank lines included. */
        void line(int lineNo, String line);
    }

    /**
     * Hands each line of the classpath file {@code resource} that is neither blank nor a comment to {@code reader}.
     *
     * @throws IllegalStateException when the file is missing or cannot be read
     */
    static void read(String resource, LineReader reader) {
        try (InputStream in = ClasspathLines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + resource + ": not found");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    reader.line(lineNo, l);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("classpath:" + resource + ": " + e.getMessage(), e);
        }
    }
}
