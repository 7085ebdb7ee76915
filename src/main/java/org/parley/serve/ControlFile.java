package org.parley.serve;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The file a server leaves in the store folder it serves ({@value #NAME}): its URL, its process id and the token of
 * its backup endpoint, readable by the owner only. Other commands read it to reach the server that holds the store.
 *
 * @param url   the server's base URL, {@code http://host:port/}
 * @param pid   the server's process id
 * @param token the backup token
 */
public record ControlFile(String url, long pid, String token) {

    public static final String NAME = "serving.properties";

    /** Writes this file into {@code storeFolder}, readable by its owner only. */
    public void write(Path storeFolder) {
        Path file = storeFolder.resolve(NAME);
        Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("token", token);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions apply
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
                p.store(w, "Parley server serving this store (deleted when it stops)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the server's control file: " + e.getMessage(), e);
        }
    }

    /** The control file in {@code storeFolder}, or empty when there is none (or it is unreadable or incomplete). */
    public static Optional<ControlFile> read(Path storeFolder) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(storeFolder.resolve(NAME), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return Optional.empty(); // none, or not ours to read: as if no server had left one
        }
        String url = p.getProperty("url");
        String token = p.getProperty("token");
        String pid = p.getProperty("pid", "-1");
        if (url == null || token == null || !pid.matches("-?\\d+")) {
            return Optional.empty();
        }
        return Optional.of(new ControlFile(url, Long.parseLong(pid), token));
    }

    /** Removes the control file from {@code storeFolder}, if it is there. */
    public static void delete(Path storeFolder) {
        try {
            Files.deleteIfExists(storeFolder.resolve(NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(storeFolder.resolve(NAME) + ": cannot delete: " + e.getMessage(), e);
        }
    }
}
