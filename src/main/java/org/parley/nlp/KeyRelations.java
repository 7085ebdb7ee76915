package org.parley.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.Token;

/**
 * A set of sentences with the dependency relations each must have, read from a resource file (format in
 * {@code parser-key-relations.txt}): a sentence at the left margin, an indented line of {@code label(head, dependent)}.
 *
 * @param sentences the sentences in file order
 */
public record KeyRelations(List<Item> sentences) {

    /** The bundled set: news sentences about demands, offers and rejections. */
    public static final String BUNDLED = "org/parley/nlp/parser-key-relations.txt";

    private static final Pattern RELATION = Pattern.compile("([a-z*]+)\\(([^,()\\s]+),\\s*([^,()\\s]+)\\)");

    public KeyRelations {
        sentences = List.copyOf(sentences);
    }

    /**
     * One expected relation, by words: {@code word~2} is a word's second occurrence, head {@code ROOT} marks the
     * sentence's root, label {@code *} accepts any label.
     */
    public record Relation(String label, String head, String dependent) {

        public Relation {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(head, "head");
            Objects.requireNonNull(dependent, "dependent");
        }

        public boolean anyLabel() {
            return label.equals("*");
        }

        /** The token index of the head (-1 for ROOT); fails when the sentence has no such token. */
        public int headIndex(List<Token> tokens) {
            return head.equals("ROOT") ? -1 : indexOf(head, tokens);
        }

        public int dependentIndex(List<Token> tokens) {
            return indexOf(dependent, tokens);
        }

        private static int indexOf(String word, List<Token> tokens) {
            int tilde = word.lastIndexOf('~');
            String text = tilde < 0 ? word : word.substring(0, tilde);
            int occurrence = tilde < 0 ? 1 : Integer.parseInt(word.substring(tilde + 1));
            for (int i = 0, seen = 0; i < tokens.size(); i++) {
                if (tokens.get(i).text().equals(text) && ++seen == occurrence) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no token '" + word + "' in "
                    + tokens.stream().map(Token::text).toList());
        }

        @Override
        public String toString() {
            return label + "(" + head + ", " + dependent + ")";
        }
    }

    /** A sentence and its expected relations. */
    public record Item(String text, List<Relation> relations) {

        public Item {
            Objects.requireNonNull(text, "text");
            relations = List.copyOf(relations);
        }
    }

    /** The bundled set. */
    public static KeyRelations bundled() {
        try (InputStream in = KeyRelations.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + BUNDLED + ": not found");
            }
            return read(in, BUNDLED);
        } catch (IOException e) {
            throw new IllegalStateException("classpath:" + BUNDLED + ": " + e.getMessage(), e);
        }
    }

    /** Reads a set; {@code name} names the source in errors ({@code name:line: problem}). */
    public static KeyRelations read(InputStream in, String name) throws IOException {
        List<Item> items = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String pending = null;
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                if (pending != null) {
                    throw new IOException(name + ":" + lineNo + ": sentence before the relations of: " + pending);
                }
                pending = line.strip();
            } else if (pending == null) {
                throw new IOException(name + ":" + lineNo + ": relations without a sentence");
            } else {
                items.add(new Item(pending, relations(line.strip(), name + ":" + lineNo)));
                pending = null;
            }
        }
        if (pending != null) {
            throw new IOException(name + ": the last sentence has no relations: " + pending);
        }
        return new KeyRelations(items);
    }

    private static List<Relation> relations(String line, String where) throws IOException {
        List<Relation> out = new ArrayList<>();
        Matcher m = RELATION.matcher(line);
        int end = 0;
        while (m.find()) {
            if (!line.substring(end, m.start()).isBlank()) {
                throw new IOException(where + ": expected label(head, dependent), found: " + line.substring(end, m.start()));
            }
            out.add(new Relation(m.group(1), m.group(2), m.group(3)));
            end = m.end();
        }
        if (out.isEmpty() || !line.substring(end).isBlank()) {
            throw new IOException(where + ": expected label(head, dependent), found: " + line.substring(end));
        }
        return out;
    }
}
