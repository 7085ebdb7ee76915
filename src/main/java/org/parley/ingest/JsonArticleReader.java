package org.parley.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.core.Article;
import org.parley.core.InputProblem;

/**
 * Reads articles from JSON: {@code .jsonl} / {@code .ndjson} hold one object per line (streamed; the
 * size limit applies per line), {@code .json} one object or an array of objects. Fields: {@code url},
 * {@code title}, {@code published} (or {@code date}, {@code datePublished}), {@code authors} (or
 * {@code author}; an array or one string), {@code publisher}, {@code text} (or {@code body}). Thread-safe.
 */
public final class JsonArticleReader implements ArticleReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final int BINARY_SNIFF_BYTES = 8192;

    private final ArticleChecks checks;

    public JsonArticleReader() {
        this(IngestLimits.DEFAULT);
    }

    public JsonArticleReader(IngestLimits limits) {
        this(new ArticleChecks(limits, Clock.systemDefaultZone()));
    }

    JsonArticleReader(ArticleChecks checks) {
        this.checks = checks;
    }

    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            readLines(file, articles, problems);
        } else {
            readDocument(file, articles, problems);
        }
    }

    private void readDocument(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
        String location = file.toString();
        Optional<String> text = SourceText.readText(file, checks.limits(), problems);
        if (text.isEmpty()) {
            return;
        }
        if (text.get().isBlank()) {
            problems.accept(new InputProblem(location, "empty file (expected a JSON object or an array of objects)"));
            return;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text.get());
        } catch (JsonProcessingException e) {
            problems.accept(malformed(location, e));
            return;
        }
        if (root.isArray()) {
            if (root.isEmpty()) {
                problems.accept(new InputProblem(location, "empty array: no articles"));
            }
            for (int i = 0; i < root.size(); i++) {
                toArticle(file, location + "[" + i + "]", root.get(i), problems).ifPresent(articles);
            }
        } else {
            toArticle(file, location, root, problems).ifPresent(articles);
        }
    }

    private void readLines(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
        String location = file.toString();
        long maxLine = checks.limits().maxFileBytes();
        try (InputStream in = Files.newInputStream(file)) {
            LineSplitter lines = new LineSplitter(in, maxLine);
            int count = 0;
            for (LineSplitter.Line line = lines.next(); line != null; line = lines.next()) {
                String source = location + ":" + line.number();
                if (!line.tooLong() && isBlank(line)) {
                    continue;
                }
                count++;
                if (line.tooLong()) {
                    problems.accept(new InputProblem(source, "line too large: more than the limit of "
                            + maxLine + " bytes"));
                    continue;
                }
                int nul = SourceText.indexOfNul(line.bytes(), 0, line.length());
                if (nul >= 0) {
                    if (line.number() == 1 && line.startOffset() < BINARY_SNIFF_BYTES) {
                        problems.accept(new InputProblem(location, SourceText.binary(nul)));
                        return; // a binary file, not one bad line: one problem is enough
                    }
                    problems.accept(new InputProblem(source, SourceText.binary(nul)));
                    continue;
                }
                Optional<String> text = SourceText.decode(line.bytes(), 0, line.length(), StandardCharsets.UTF_8,
                        source, problems);
                if (text.isEmpty()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(text.get());
                } catch (JsonProcessingException e) {
                    problems.accept(new InputProblem(source, "malformed JSON" + column(e) + ": " + reason(e)));
                    continue;
                }
                toArticle(file, source, node, problems).ifPresent(articles);
            }
            if (count == 0) {
                problems.accept(new InputProblem(location, "empty file: no JSON lines"));
            }
        } catch (NoSuchFileException e) {
            problems.accept(new InputProblem(location, "no such file"));
        } catch (AccessDeniedException e) {
            problems.accept(new InputProblem(location, "cannot read file: permission denied"));
        } catch (IOException e) {
            problems.accept(new InputProblem(location, "cannot read file: " + SourceText.oneLine(e)));
        }
    }

    private static boolean isBlank(LineSplitter.Line line) {
        for (int i = 0; i < line.length(); i++) {
            byte b = line.bytes()[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private Optional<Article> toArticle(Path file, String source, JsonNode node, Consumer<InputProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.accept(new InputProblem(source, "expected a JSON object, found " + kind(node)));
            return Optional.empty();
        }
        try {
            String body = text(node, "text", "body");
            if (body == null) {
                problems.accept(new InputProblem(source, "missing field 'text' (or 'body'): the article text"));
                return Optional.empty();
            }
            String dateField = present(node, "published", "date", "datePublished");
            String dateValue = dateField == null ? null : node.get(dateField).isValueNode()
                    ? node.get(dateField).asText() : node.get(dateField).toString();
            ArticleFields fields = new ArticleFields(text(node, "url"), text(node, "title"), dateField, dateValue,
                    authors(node), text(node, "publisher"), body);
            return checks.toArticle(file, source, fields, problems);
        } catch (WrongType e) {
            problems.accept(new InputProblem(source, e.getMessage()));
            return Optional.empty();
        }
    }

    private static List<String> authors(JsonNode node) throws WrongType {
        String field = present(node, "authors", "author");
        if (field == null) {
            return List.of();
        }
        JsonNode value = node.get(field);
        if (value.isTextual()) {
            return AuthorNames.split(value.asText());
        }
        List<String> names = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                JsonNode name = item.isObject() ? item.get("name") : item;
                if (name == null || !name.isTextual()) {
                    throw new WrongType("field '" + field + "' must be a string or an array of strings, found "
                            + DateValue.quote(value.toString()));
                }
                String clean = AuthorNames.clean(name.asText());
                if (clean != null) {
                    names.add(clean);
                }
            }
            return names;
        }
        if (value.isObject() && value.path("name").isTextual()) {
            return AuthorNames.split(value.get("name").asText());
        }
        throw new WrongType("field '" + field + "' must be a string or an array of strings, found "
                + DateValue.quote(value.toString()));
    }

    /** The first of {@code names} present with a non-null value, or null. */
    private static String present(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                return name;
            }
        }
        return null;
    }

    /** The string value of the first present field of {@code names}; null when none is present. */
    private static String text(JsonNode node, String... names) throws WrongType {
        String field = present(node, names);
        if (field == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            throw new WrongType("field '" + field + "' must be a string, found " + kind(value));
        }
        return value.asText();
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static InputProblem malformed(String location, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        if (where != null && where.getLineNr() > 0) {
            return new InputProblem(location + ":" + where.getLineNr(), "malformed JSON" + column(e) + ": " + reason(e));
        }
        return new InputProblem(location, "malformed JSON: " + reason(e));
    }

    private static String column(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        return where != null && where.getColumnNr() > 0 ? " at column " + where.getColumnNr() : "";
    }

    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int newline = message.indexOf('\n');
        return (newline >= 0 ? message.substring(0, newline) : message).strip();
    }

    /** A field of the wrong JSON type; its message is ready for an {@link InputProblem}. */
    private static final class WrongType extends Exception {
        private static final long serialVersionUID = 1L;

        WrongType(String message) {
            super(message, null, false, false);
        }
    }
}
