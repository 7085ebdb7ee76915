package org.parley.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of one kind in a test resource folder beside a test class, read as lines: the rule rows of the mention
 * and the statement rules ({@code rows/*.rows}) and the statement coverage rows ({@code coverage/*.cov}).
 */
public final class ResourceFolder {

    private ResourceFolder() {
    }

    /**
     * The files whose names end in {@code ending} in the folder {@code folder} beside {@code anchor}, by name in name
     * order, each with its lines; fails when there is no such folder.
     */
    public static Map<String, List<String>> read(Class<?> anchor, String folder, String ending) {
        URL url = anchor.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no " + folder + "/ folder beside " + anchor.getName());
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path f : files.filter(p -> p.toString().endsWith(ending)).sorted().toList()) {
                out.put(f.getFileName().toString(), Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read " + url + ": " + e.getMessage(), e);
        }
        return out;
    }
}
