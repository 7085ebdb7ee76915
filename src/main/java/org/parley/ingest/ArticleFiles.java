package org.parley.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.core.Article;
import org.parley.core.InputProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the ingest stage: reads files and folders (recursively, in sorted order, skipping hidden
 * entries and, inside folders, files of other types such as a README), choosing a reader by extension.
 * A file named explicitly with an unsupported extension is a problem. Never throws for bad input; every problem goes to {@code problems}.
 * <pre>{@code ArticleFiles.read(List.of(Path.of("news")), articles::add, p -> log.warn("{}", p));}</pre>
 */
public final class ArticleFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleFiles.class);

    /** The extensions read, lower case, without the dot. */
    public static final List<String> EXTENSIONS = List.of("txt", "text", "json", "jsonl", "ndjson", "html", "htm");

    private ArticleFiles() {
    }

    /** Reads every article of {@code paths} (files or folders) with {@link IngestLimits#DEFAULT}. */
    public static void read(List<Path> paths, Consumer<Article> articles, Consumer<InputProblem> problems) {
        read(paths, IngestLimits.DEFAULT, articles, problems);
    }

    /** Reads every article of {@code paths} (files or folders) within {@code limits}. */
    public static void read(List<Path> paths, IngestLimits limits, Consumer<Article> articles,
                            Consumer<InputProblem> problems) {
        Readers readers = new Readers(limits);
        for (Path file : files(paths, problems)) {
            Optional<ArticleReader> reader = readers.forFile(file);
            if (reader.isEmpty()) {
                problems.accept(new InputProblem(file.toString(), "unsupported file type (expected one of ."
                        + String.join(", .", EXTENSIONS) + ")"));
                continue;
            }
            LOG.debug("reading {}", file);
            reader.get().read(file, articles, problems);
        }
    }

    /**
     * How many inputs {@link #read} will report (articles and problems), counted without parsing: one per file, one
     * per non-blank line of a JSON Lines file, one per missing path; -1 when a JSON file holds an array (unknown).
     * Reads every JSON Lines file once, so a progress line runs it beside the ingest.
     */
    public static long countInputs(List<Path> paths) {
        long[] missing = {0};
        long total = 0;
        for (Path file : files(paths, p -> missing[0]++)) {
            long n = inputsIn(file);
            if (n < 0) {
                return -1;
            }
            total += n;
        }
        return total + missing[0];
    }

    private static long inputsIn(Path file) {
        String ext = extension(file);
        try {
            if (ext.equals("jsonl") || ext.equals("ndjson")) {
                try (Stream<String> lines = Files.lines(file)) {
                    return lines.filter(l -> !l.isBlank()).count();
                }
            }
            if (ext.equals("json")) {
                try (var in = Files.newBufferedReader(file)) {
                    int c;
                    do {
                        c = in.read();
                    } while (c >= 0 && Character.isWhitespace(c));
                    return c == '[' ? -1 : 1;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return 1;  // the reader will report it as one problem
        }
        return 1;
    }

    /** The reader for {@code file}'s extension, or empty when the extension is not supported. */
    public static Optional<ArticleReader> readerFor(Path file, IngestLimits limits) {
        return new Readers(limits).forFile(file);
    }

    /**
     * The files named by {@code paths}: a file as given, a folder as its non-hidden files of a supported type,
     * recursively, sorted by name. A missing or unlistable path is one problem.
     */
    static List<Path> files(List<Path> paths, Consumer<InputProblem> problems) {
        List<Path> files = new ArrayList<>();
        Set<Path> visited = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walk(path, files, visited, problems);
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                problems.accept(new InputProblem(path.toString(), "no such file or folder"));
            }
        }
        return files;
    }

    private static void walk(Path folder, List<Path> files, Set<Path> visited, Consumer<InputProblem> problems) {
        try {
            if (!visited.add(folder.toRealPath())) {
                return; // a link back to a folder already read
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(folder.toString(), "cannot read folder: " + SourceText.oneLine(e)));
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(p -> !isHidden(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException | RuntimeException e) {
            problems.accept(new InputProblem(folder.toString(), "cannot read folder: " + SourceText.oneLine(e)));
            return;
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                walk(entry, files, visited, problems);
            } else if (Files.isRegularFile(entry) && EXTENSIONS.contains(extension(entry))) {
                files.add(entry);
            } else {
                LOG.debug("ignoring {} in a folder walk: not an article file type", entry);
            }
        }
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static String extension(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** One reader of each kind, sharing the limits. */
    private static final class Readers {
        private final ArticleReader text;
        private final ArticleReader json;
        private final ArticleReader html;

        Readers(IngestLimits limits) {
            text = new PlainTextArticleReader(limits);
            json = new JsonArticleReader(limits);
            html = new HtmlArticleReader(limits);
        }

        Optional<ArticleReader> forFile(Path file) {
            return switch (extension(file)) {
                case "txt", "text" -> Optional.of(text);
                case "json", "jsonl", "ndjson" -> Optional.of(json);
                case "html", "htm" -> Optional.of(html);
                default -> Optional.empty();
            };
        }
    }
}
