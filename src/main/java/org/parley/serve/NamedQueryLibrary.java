package org.parley.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads the query library: {@code *.rq} files with optional {@code # title:} and {@code # description:} comment lines. */
public final class NamedQueryLibrary {

    /** The classpath folder the build copies {@code queries/} into. */
    public static final String CLASSPATH_FOLDER = "queries";

    private NamedQueryLibrary() {
    }

    /** The queries in {@code queries/} on the classpath (folders and jars), sorted by name; empty when there are none. */
    public static List<NamedQuery> fromClasspath() {
        Map<String, NamedQuery> byName = new LinkedHashMap<>();
        try {
            Enumeration<URL> roots = NamedQueryLibrary.class.getClassLoader().getResources(CLASSPATH_FOLDER);
            for (URL url : Collections.list(roots)) {
                for (NamedQuery q : fromUri(url.toURI())) {
                    byName.putIfAbsent(q.name(), q);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("classpath " + CLASSPATH_FOLDER + "/: cannot list queries: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("classpath " + CLASSPATH_FOLDER + "/: bad resource URL: " + e.getMessage(), e);
        }
        List<NamedQuery> out = new ArrayList<>(byName.values());
        out.sort(Comparator.comparing(NamedQuery::name));
        return out;
    }

    /**
     * The query {@code name} ({@code queries/NAME.rq} on the classpath), read alone: listing the library opens the jar
     * as a file system, which a command that runs one query need not pay for.
     */
    public static Optional<NamedQuery> findZeroOrOne(String name) {
        if (name.isEmpty() || name.contains("/")) {
            return Optional.empty();
        }
        try (InputStream in = NamedQueryLibrary.class.getClassLoader()
                .getResourceAsStream(CLASSPATH_FOLDER + "/" + name + ".rq")) {
            return in == null ? Optional.empty()
                    : Optional.of(parse(name + ".rq", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("classpath " + CLASSPATH_FOLDER + "/" + name + ".rq: cannot read: "
                    + e.getMessage(), e);
        }
    }

    /** The queries in a classpath folder given as a {@code file:} or {@code jar:} URI. */
    static List<NamedQuery> fromUri(URI uri) throws IOException {
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return fromFolder(fs.provider().getPath(uri));
        }
        return fromFolder(Path.of(uri));
    }

    /** The {@code *.rq} files directly in {@code folder}, sorted by name. */
    public static List<NamedQuery> fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<NamedQuery> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot read queries: " + e.getMessage(), e);
        }
    }

    /** Reads title and description from the leading comment lines of a query file's text. */
    public static NamedQuery parse(String fileName, String text) {
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        String title = null;
        String description = null;
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!s.startsWith("#")) {
                break;
            }
            String c = s.substring(1).strip();
            if (title == null && c.regionMatches(true, 0, "title:", 0, 6)) {
                title = c.substring(6).strip();
            } else if (description == null && c.regionMatches(true, 0, "description:", 0, 12)) {
                description = c.substring(12).strip();
            }
        }
        return new NamedQuery(name, title == null || title.isEmpty() ? name : title,
                description == null ? "" : description, text);
    }
}
