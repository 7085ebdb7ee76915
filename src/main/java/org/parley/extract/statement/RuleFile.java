package org.parley.extract.statement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a rule file shipped beside the statement rules ({@code org/parley/extract/statement/rules/}), with
 * their line numbers: UTF-8, {@code #} starts a comment line, blank lines are skipped.
 */
final class RuleFile {

    static final String FOLDER = "/org/parley/extract/statement/rules/";

    /** One content line and where it is. */
    record Line(String file, int number, String text) {
        /** "file:line: " for messages. */
        String where() {
            return file + ":" + number + ": ";
        }
    }

    private RuleFile() {
    }

    /** The content lines of {@code name}; a missing file is a build error. */
    static List<Line> read(String name) {
        String resource = FOLDER + name;
        try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file " + resource);
            }
            List<String> raw = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<Line> out = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                String t = raw.get(i).strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(new Line(resource, i + 1, t));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
