package org.parley.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
 * Folder entries that cannot be read (dangling links, link loops, links back to a folder read already,
 * unreadable entries, devices and pipes with an article's extension) are each one problem.
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
    public static List<Path> files(List<Path> paths, Consumer<InputProblem> problems) {
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
            Path real = folder.toRealPath();
            if (!visited.add(real)) {
                problems.accept(new InputProblem(folder.toString(), "folder " + real
                        + " is read already (through a link loop, or named twice): not read again"));
                return;
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
            BasicFileAttributes target;
            try {
                target = Files.readAttributes(entry, BasicFileAttributes.class);
            } catch (IOException e) {
                String ext = extension(entry);
                if (ext.isEmpty() || EXTENSIONS.contains(ext)) { // an article or a folder we cannot see
                    problems.accept(new InputProblem(entry.toString(), unreadable(entry, e)));
                }
                continue;
            }
            if (target.isDirectory()) {
                walk(entry, files, visited, problems);
            } else if (!EXTENSIONS.contains(extension(entry))) {
                LOG.debug("ignoring {} in a folder walk: not an article file type", entry);
            } else if (target.isRegularFile()) {
                files.add(entry);
            } else {
                problems.accept(new InputProblem(entry.toString(), "not a regular file (a device, pipe or socket)"));
            }
        }
    }

    /** Why a folder entry cannot be read: a dangling link, a link loop, or the file system's reason. */
    private static String unreadable(Path entry, IOException e) {
        if (Files.isSymbolicLink(entry)) {
            String target;
            try {
                target = Files.readSymbolicLink(entry).toString();
            } catch (IOException | UnsupportedOperationException ex) {
                target = "?";
            }
            return e instanceof NoSuchFileException
                    ? "dangling link: its target " + target + " does not exist"
                    : "link that cannot be followed (to " + target + "; a loop of links?): " + SourceText.oneLine(e);
        }
        return "cannot read: " + SourceText.oneLine(e);
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
